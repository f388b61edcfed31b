/**
 * The raw files an import writes: one per index, year and format under raw/imported/, merged with the
 * file already there. A value given again the same is unchanged; a value that differs is a change,
 * refused unless --replace; a cell the import leaves empty keeps what the file had.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { foldName } from '../data/normalise.ts';
import { RAW_COLUMNS, type OutRow, type RawFormat } from './convert.ts';

/** A value that an import would change. */
export interface Change {
  file: string;
  row: string;
  column: string;
  before: string;
  after: string;
  /** Where the new value was read. */
  place: string;
}

export interface FilePlan {
  rel: string;
  format: RawFormat;
  /** The file's rows after the import. */
  rows: Record<string, string>[];
  added: number;
  unchanged: number;
  changes: Change[];
  /** The imported row behind each row number of the written file (header = 1), for error places. */
  origin: Map<number, OutRow>;
}

/**
 * The folder of an index's imported files: `internal/` below it for the years imported with `--internal`,
 * read by a score source of their own marked internal, so marking a draft year never marks the others.
 */
const folderOf = (indexId: string, internal: boolean): string => `raw/imported/${indexId}${internal ? '/internal' : ''}`;
const kindOf = (format: RawFormat): string => (format === 'scores-detail' ? 'detail' : 'ranking');

/** Where the rows of an index, year and format go, relative to the data directory. */
export function rawPath(indexId: string, year: string, format: RawFormat, internal = false): string {
  return `${folderOf(indexId, internal)}/${year}-${kindOf(format)}.csv`;
}

/** The glob under which sources.json reads them (`*` does not reach into `internal/`). */
export function rawGlob(indexId: string, format: RawFormat, internal = false): string {
  return `${folderOf(indexId, internal)}/*-${kindOf(format)}.csv`;
}

const keyOf = (format: RawFormat, v: Record<string, string>): string =>
  format === 'scores-detail' ? `${foldName(v.unit_name ?? '')}|${v.item_code}` : foldName(v.unit_name ?? '');

const label = (format: RawFormat, v: Record<string, string>): string =>
  format === 'scores-detail' ? `${v.unit_name} ${v.item_code}` : (v.unit_name ?? '');

function same(a: string, b: string): boolean {
  return a === b || (a !== '' && b !== '' && !Number.isNaN(Number(a)) && Number(a) === Number(b));
}

function readExisting(abs: string): Record<string, string>[] {
  if (!existsSync(abs)) return [];
  return Papa.parse<Record<string, string>>(readFileSync(abs, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** Merges `incoming` (all of one year and format) into the file at `rel` of `dataDir`. */
export function planFile(dataDir: string, rel: string, format: RawFormat, incoming: readonly OutRow[]): FilePlan {
  const rows = readExisting(path.join(dataDir, rel));
  const byKey = new Map(rows.map((r, i) => [keyOf(format, r), i]));
  const plan: FilePlan = { rel, format, rows, added: 0, unchanged: 0, changes: [], origin: new Map() };
  for (const out of incoming) {
    const at = byKey.get(keyOf(format, out.values));
    if (at === undefined) {
      byKey.set(keyOf(format, out.values), rows.length);
      rows.push(Object.fromEntries(RAW_COLUMNS[format].map((c) => [c, out.values[c] ?? ''])));
      plan.origin.set(rows.length + 1, out);
      plan.added++;
      continue;
    }
    const row = rows[at]!;
    plan.origin.set(at + 2, out);
    let changed = false;
    for (const column of RAW_COLUMNS[format]) {
      const after = out.values[column] ?? '';
      const before = row[column] ?? '';
      if (after === '' || same(before, after)) continue;
      if (before !== '') {
        plan.changes.push({ file: rel, row: label(format, row), column, before, after, place: out.places[column] ?? out.at });
      }
      row[column] = after;
      changed = true;
    }
    if (!changed) plan.unchanged++;
  }
  return plan;
}

/** The CSV text of a plan: the raw format's columns, comma-separated, UTF-8. */
export function csvText(plan: FilePlan): string {
  const columns = [...RAW_COLUMNS[plan.format]];
  return `${Papa.unparse({ fields: columns, data: plan.rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\n' })}\n`;
}
