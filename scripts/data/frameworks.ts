/** Frameworks: one CSV per framework (a tree of items with maximum points), file name = framework_id. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ITEM_KINDS, ITEM_LEVELS } from '../../src/schema/index.ts';
import type { InputFile } from './csv-file.ts';
import type { ErrorList } from './errors.ts';
import { FRAMEWORK_HEADER } from './headers.ts';
import { foldName } from './normalise.ts';
import { readTable } from './read-table.ts';
import type { Framework, FrameworkItem } from './framework-item.ts';
import { checkTree } from './framework-tree.ts';

/** The frameworks that passed their checks, and the ids of every framework file (valid or not). */
export interface Frameworks {
  valid: Map<string, Framework>;
  ids: Set<string>;
}

/**
 * Reads every `<dir>/*.csv` as a framework and checks its tree. A framework with errors is left out
 * of `valid` (its errors are reported once, not again for every score that uses it).
 */
export async function readFrameworks(dir: InputFile, errors: ErrorList): Promise<Frameworks> {
  const frameworks = new Map<string, Framework>();
  const ids = new Set<string>();
  let names: string[] = [];
  try {
    names = readdirSync(dir.abs)
      .filter((n) => n.endsWith('.csv'))
      .sort();
  } catch {
    errors.add(dir.rel, null, '-', '(missing)', 'frameworks folder not found');
  }
  for (const name of names) {
    const id = name.slice(0, -'.csv'.length);
    ids.add(id);
    const framework = await readFramework({ abs: path.join(dir.abs, name), rel: `${dir.rel}/${name}` }, id, errors);
    if (framework) frameworks.set(id, framework);
  }
  return { valid: frameworks, ids };
}

/**
 * Reads one framework file (the one parser of framework CSVs, used by the sample generator too) and
 * checks its tree; null when it has errors, which are in `errors`.
 */
export async function readFramework(file: InputFile, id: string, errors: ErrorList): Promise<Framework | null> {
  const before = errors.count;
  const rows = await readTable([file], FRAMEWORK_HEADER, errors, (r) => ({
    framework_id: id,
    item_code: r.text('item_code', true) ?? '',
    parent_code: r.text('parent_code'),
    item_level: r.oneOf('item_level', ITEM_LEVELS) ?? 'total',
    name_vi: r.text('name_vi', true) ?? '',
    name_en: r.text('name_en', true) ?? '',
    max_points: nonNegative(r.points('max_points'), () => r.report('max_points', 'negative maximum')),
    kind: r.oneOf('kind', ITEM_KINDS) ?? 'mixed',
    domain_code: null,
    sort_order: 0,
    aliases: r.list('aliases'),
    at: { file: file.rel, row: r.row },
    depth: 0,
    rollsUp: false,
  }));
  const items = checkTree(rows, file.rel, errors);
  return errors.count === before ? { id, file: file.rel, items } : null;
}

function nonNegative(value: number | null, report: () => void): number | null {
  if (value !== null && value < 0) report();
  return value;
}

/** Finds the item a source names ("Cải cách TTHC"), by name_vi or alias after NFC and case-folding. */
export function itemsNamed(framework: Framework, name: string): FrameworkItem[] {
  const folded = foldName(name);
  return [...framework.items.values()].filter((i) => [i.name_vi, ...i.aliases].some((n) => foldName(n) === folded));
}
