/**
 * The crosswalk between frameworks (data/reference/crosswalk.csv): which item of one framework
 * continues which item of the framework before it, with the relation (same, renamed, reweighted,
 * split, merged, new, ended) and a note where the meaning changed. Trend charts join a series across
 * two frameworks only where the relation is "same" or "renamed", so every framework change of an
 * index must say what became of each of its domains: a missing domain is an error, not a silent gap.
 */
import { CROSSWALK_RELATIONS, type CrosswalkRow } from '../../src/schema/index.ts';
import type { InputFile } from './csv-file.ts';
import type { ErrorList } from './errors.ts';
import type { Framework } from './framework-item.ts';
import type { HeaderSpec } from './headers.ts';
import { dropDuplicates, readTable, type Located } from './read-table.ts';
import type { RowReader } from './row-reader.ts';

const HEADER: HeaderSpec = {
  from_framework: { required: true },
  from_item: { required: true },
  to_framework: { required: true },
  to_item: { required: true },
  relation: { required: true },
  note_vi: { required: false },
  note_en: { required: false },
};

/** A crosswalk row as read, with where it came from. */
export interface CrosswalkRecord extends CrosswalkRow {
  at: Located;
}

/** One framework change of an index: the framework in force until `year - 1` and the one from `year`. */
export interface FrameworkChange {
  index_id: string;
  year: number;
  from: string;
  to: string;
}

/** A framework id that exists, or a report. */
function framework(r: RowReader, name: string, frameworks: ReadonlyMap<string, Framework>): Framework | null {
  const id = r.text(name, true);
  if (id === null) return null;
  const found = frameworks.get(id);
  if (!found) r.report(name, 'unknown framework (no such file in frameworks/, or it has errors)');
  return found ?? null;
}

/** An item code of `fw`: empty exactly when the relation says there is none on this side. */
function item(r: RowReader, name: string, fw: Framework | null, none: boolean, relation: string): string | null {
  const code = r.text(name);
  if (none && code !== null) r.report(name, `must be empty for relation "${relation}"`);
  if (!none && code === null) r.report(name, `required for relation "${relation}"`);
  if (code !== null && fw && !fw.items.has(code)) r.report(name, `unknown item code in ${fw.id}`);
  return none ? null : code;
}

/** Reads the crosswalk; codes must exist in their frameworks, relations in the vocabulary. */
export async function readCrosswalk(
  file: InputFile,
  frameworks: ReadonlyMap<string, Framework>,
  errors: ErrorList,
): Promise<CrosswalkRecord[]> {
  const records = await readTable([file], HEADER, errors, (r) => {
    const relation = r.oneOf('relation', CROSSWALK_RELATIONS) ?? 'same';
    const from = framework(r, 'from_framework', frameworks);
    const to = framework(r, 'to_framework', frameworks);
    if (from && to && from.id === to.id) r.report('to_framework', 'the same framework on both sides');
    return {
      from_framework: from?.id ?? '',
      from_item: item(r, 'from_item', from, relation === 'new', relation),
      to_framework: to?.id ?? '',
      to_item: item(r, 'to_item', to, relation === 'ended', relation),
      relation,
      note_vi: r.text('note_vi'),
      note_en: r.text('note_en'),
      at: { file: file.rel, row: r.row },
    };
  });
  const key = (c: CrosswalkRecord) => `${c.from_framework}|${c.from_item ?? ''}|${c.to_framework}|${c.to_item ?? ''}`;
  return dropDuplicates(records, key, 'from_item', (c) => c.from_item ?? '', errors, 'frameworks and items');
}

/** Every change of framework between consecutive years of an index, once per index and pair. */
export function frameworkChanges(indexYears: readonly { index_id: string; year: number; framework_id: string }[]): FrameworkChange[] {
  const byIndex = new Map<string, { year: number; framework_id: string }[]>();
  for (const y of indexYears) byIndex.set(y.index_id, [...(byIndex.get(y.index_id) ?? []), y]);
  const out: FrameworkChange[] = [];
  for (const [index_id, years] of byIndex) {
    const sorted = [...years].sort((a, b) => a.year - b.year);
    sorted.forEach((y, i) => {
      const prev = sorted[i - 1];
      if (prev && prev.framework_id !== y.framework_id) out.push({ index_id, year: y.year, from: prev.framework_id, to: y.framework_id });
    });
  }
  return out;
}

/** The domain codes of a framework. */
const domainsOf = (fw: Framework | undefined): string[] =>
  fw ? [...fw.items.values()].filter((i) => i.item_level === 'domain').map((i) => i.item_code) : [];

/**
 * Every framework change must say what became of each domain: each domain of the earlier framework
 * appears as `from_item` and each domain of the later one as `to_item` in a row of that pair.
 */
export function checkCoverage(
  file: string,
  records: readonly CrosswalkRecord[],
  changes: readonly FrameworkChange[],
  frameworks: ReadonlyMap<string, Framework>,
  errors: ErrorList,
): void {
  const seen = new Set<string>();
  for (const change of changes) {
    const pair = `${change.from}→${change.to}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    const rows = records.filter((r) => r.from_framework === change.from && r.to_framework === change.to);
    const from = new Set(rows.map((r) => r.from_item));
    const to = new Set(rows.map((r) => r.to_item));
    const where = `${change.index_id} ${change.year - 1}→${change.year}`;
    for (const code of domainsOf(frameworks.get(change.from))) {
      if (!from.has(code))
        errors.add(file, null, 'from_item', code, `no row for domain ${code} of ${change.from} → ${change.to} (${where})`);
    }
    for (const code of domainsOf(frameworks.get(change.to))) {
      if (!to.has(code))
        errors.add(file, null, 'to_item', code, `no row for domain ${code} of ${change.to}, from ${change.from} (${where})`);
    }
  }
}
