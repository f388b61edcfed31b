/** Reads the sample frameworks (data/frameworks/sample-*.csv): the leaf items the generator scores. */
import path from 'node:path';
import type { ItemKind } from '../../src/schema/index.ts';
import { ErrorList } from '../data/errors.ts';
import { readFramework as readFrameworkFile } from '../data/frameworks.ts';
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

/**
 * Reads one framework file with the data build's own reader (so the file passes the build's checks
 * before anything is generated from it) and keeps its sub-criteria, in file order.
 */
export async function readFramework(id: string, dir = FRAMEWORKS_DIR): Promise<SampleFramework> {
  const errors = new ErrorList();
  const framework = await readFrameworkFile({ abs: path.join(dir, `${id}.csv`), rel: `frameworks/${id}.csv` }, id, errors);
  if (!framework) throw new Error(`framework ${id} has errors:\n${errors.messages().join('\n')}`);
  const leaves = [...framework.items.values()]
    .filter((i) => i.item_level === 'sub_criterion')
    .map((i) => {
      if (i.max_points === null || i.domain_code === null)
        throw new Error(`${framework.file}: ${i.item_code} needs a maximum and a domain`);
      return { code: i.item_code, nameVi: i.name_vi, kind: i.kind, max: toHundredths(i.max_points), domain: i.domain_code };
    });
  return { id, leaves };
}

/** Every sample framework the generator may need, read once. */
export async function readSampleFrameworks(dir = FRAMEWORKS_DIR): Promise<Map<string, SampleFramework>> {
  const ids = ['departments', 'districts', 'communes'].flatMap((l) => [`sample-${l}-2021`, `sample-${l}-2025`]);
  const out = new Map<string, SampleFramework>();
  for (const id of ids) {
    if (id === 'sample-districts-2025') continue;
    out.set(id, await readFramework(id, dir));
  }
  return out;
}
