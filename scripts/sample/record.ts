/**
 * `generated.json` beside the sample's files: the seed and scale they were generated with, so that
 * `npm start` keeps a sample someone generated with `npm run data:sample -- --seed N` instead of
 * silently replacing it with the default seed. data/sources.json does not list it: the data build
 * never reads it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCALE_NAMES, type ScaleName } from './scales.ts';

/** Name of the record inside the sample's directory. */
export const RECORD_FILE = 'generated.json';

/** How the sample in a directory was generated. */
export interface SampleRecord {
  seed: number;
  scale: ScaleName;
}

/** Removes the record before generating, so a half-written sample never claims a seed. */
export function clearSampleRecord(outDir: string): void {
  rmSync(join(outDir, RECORD_FILE), { force: true });
}

export function writeSampleRecord(outDir: string, record: SampleRecord): void {
  writeFileSync(join(outDir, RECORD_FILE), `${JSON.stringify(record)}\n`);
}

/** The record of the sample in `outDir`; null when there is none or it is not one. */
export function readSampleRecord(outDir: string): SampleRecord | null {
  try {
    const parsed = JSON.parse(readFileSync(join(outDir, RECORD_FILE), 'utf8')) as Partial<SampleRecord>;
    const { seed, scale } = parsed;
    if (!Number.isInteger(seed) || !SCALE_NAMES.includes(scale as ScaleName)) return null;
    return { seed: seed as number, scale: scale as ScaleName };
  } catch {
    return null;
  }
}
