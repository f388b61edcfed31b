/** Reads the sample frameworks (data/frameworks/sample-*.csv): the leaf items the generator scores. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { ItemKind } from '../../src/schema/index.ts';
import { toHundredths } from './csv-format.ts';

/** A leaf item of a framework (a sub-criterion), with its maximum in hundredths of a point. */
export interface Leaf {
  code: string;
  nameVi: string;
  kind: ItemKind;
  /** Maximum points × 100 (exact integer arithmetic). */
  max: number;
  domain: string;
}

export interface SampleFramework {
  id: string;
  leaves: Leaf[];
}

/** The three sample indices, by the level of unit they rank. */
export const SAMPLE_LEVELS = ['departments', 'districts', 'communes'] as const;
export type SampleLevel = (typeof SAMPLE_LEVELS)[number];

/** The framework in force: the 2021 version up to 2024, the 2025 version from 2025 (districts had none). */
export function frameworkIdFor(level: SampleLevel, year: number): string {
  return `sample-${level}-${year >= 2025 ? 2025 : 2021}`;
}

/** The committed framework files, resolved from this module so the generator runs from any directory. */
export const FRAMEWORKS_DIR = path.resolve(import.meta.dirname, '../../data/frameworks');

interface FrameworkRow {
  item_code: string;
  parent_code: string;
  item_level: string;
  name_vi: string;
  max_points: string;
  kind: string;
}

/** Parses one framework file and keeps its sub-criteria, in file order. */
export function readFramework(id: string, dir = FRAMEWORKS_DIR): SampleFramework {
  const file = path.join(dir, `${id}.csv`);
  const parsed = Papa.parse<FrameworkRow>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]?.message}`);
  const leaves = parsed.data
    .filter((r) => r.item_level === 'sub_criterion')
    .map((r) => ({
      code: r.item_code,
      nameVi: r.name_vi.normalize('NFC'),
      kind: r.kind as ItemKind,
      max: toHundredths(Number(r.max_points)),
      domain: r.item_code.split('.')[0] ?? r.item_code,
    }));
  return { id, leaves };
}

/** Every sample framework the generator may need, read once. */
export function readSampleFrameworks(dir = FRAMEWORKS_DIR): Map<string, SampleFramework> {
  const ids = ['departments', 'districts', 'communes'].flatMap((l) => [`sample-${l}-2021`, `sample-${l}-2025`]);
  const out = new Map<string, SampleFramework>();
  for (const id of ids) {
    if (id === 'sample-districts-2025') continue;
    out.set(id, readFramework(id, dir));
  }
  return out;
}
