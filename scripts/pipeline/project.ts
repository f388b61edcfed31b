/** This project's build pipeline: its root, where the stamps live, and the options its commands share. */
import { join, resolve } from 'node:path';
import { Fingerprinter } from './fingerprint.ts';
import { StampFile } from './stamps.ts';
import type { Pipeline } from './run.ts';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/** Beside the precompression cache, so removing node_modules forgets both. */
export const STAMPS_FILE = join(ROOT, 'node_modules', '.cache', 'par-build', 'stamps.json');

/** The pipeline of the project at `root`, logging to stdout, and the fingerprinter its steps share. */
export async function openPipeline(root = ROOT, stampsFile = STAMPS_FILE): Promise<{ pipeline: Pipeline; fp: Fingerprinter }> {
  const stamps = await new StampFile(stampsFile).load();
  return { pipeline: { root, stamps, log: (line) => console.log(line) }, fp: new Fingerprinter(root) };
}

/** `--seed` as the sample generator accepts it: a whole number from 0 to 2^32 − 1. */
export function parseSeed(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const seed = Number(text);
  if (text.trim() === '' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new Error(`--seed must be a whole number from 0 to 4294967295, not "${text}"`);
  return seed;
}

/** Seconds since `started` (a performance.now() reading), for log lines. */
export function secondsSince(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}
