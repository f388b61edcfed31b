/**
 * Classification groups (A/B/C/D) where they were published: `index_id,year,item_code,A,B,C,source`,
 * the lowest percentage of each group (below C is D). A rule of the index, so it lives in reviewed
 * data (reference/grade-thresholds.csv, the sample's own file), not in the site's code.
 */
import { TOTAL_CODE, type GradeThresholdRow } from '../../src/schema/index.ts';
import type { InputFile } from './csv-file.ts';
import type { ErrorList } from './errors.ts';
import type { Framework } from './framework-item.ts';
import { GRADE_THRESHOLDS_HEADER } from './headers.ts';
import { dropDuplicates, type Located, readTable } from './read-table.ts';
import type { IndexYearRecord } from './reference.ts';
import type { RowReader } from './row-reader.ts';

export interface GradeThresholdRecord extends GradeThresholdRow {
  at: Located;
  /** How the file writes each column, for errors found after reading. */
  headers: Record<'index_id' | 'year' | 'item_code', string>;
}

/** Reads the files; each row's thresholds must be percentages, A above B above C. */
export function readGradeThresholds(files: readonly InputFile[], errors: ErrorList): Promise<GradeThresholdRecord[]> {
  return readTable(files, GRADE_THRESHOLDS_HEADER, errors, (r) => {
    const a = percentage(r, 'A');
    const b = percentage(r, 'B');
    const c = percentage(r, 'C');
    if (a !== null && b !== null && b >= a) r.report('B', `must be below A (${a})`);
    if (b !== null && c !== null && c >= b) r.report('C', `must be below B (${b})`);
    return {
      index_id: r.text('index_id', true) ?? '',
      year: r.year('year') ?? 0,
      item_code: r.text('item_code') ?? TOTAL_CODE,
      a_min_pct: a ?? 0,
      b_min_pct: b ?? 0,
      c_min_pct: c ?? 0,
      source: r.text('source', true) ?? '',
      at: { file: r.file.rel, row: r.row },
      headers: { index_id: r.header('index_id'), year: r.header('year'), item_code: r.header('item_code') },
    };
  });
}

/** A required percentage of the maximum, 0–100; null (reported) otherwise. */
function percentage(r: RowReader, column: string): number | null {
  const value = r.percent(column);
  if (value === null && r.raw(column).trim() === '') r.report(column, 'required value is empty');
  if (value === null || (value >= 0 && value <= 100)) return value;
  r.report(column, 'not a percentage between 0 and 100');
  return null;
}

/**
 * Drops duplicates and rows that point nowhere: the index year must exist (in any dataset) and the
 * item must be in that year's framework (not checked when the framework itself failed its checks).
 */
export function checkGradeThresholds(
  rows: readonly GradeThresholdRecord[],
  indexYears: readonly IndexYearRecord[],
  frameworks: ReadonlyMap<string, Framework>,
  errors: ErrorList,
): GradeThresholdRecord[] {
  const years = new Map(indexYears.map((y) => [`${y.index_id}|${y.year}`, y]));
  const indices = new Set(indexYears.map((y) => y.index_id));
  const unique = dropDuplicates(
    rows,
    (t) => `${t.index_id}|${t.year}|${t.item_code}`,
    'year',
    (t) => String(t.year),
    errors,
    'index_id, year and item_code',
  );
  return unique.filter((t) => {
    const report = (column: keyof GradeThresholdRecord['headers'], value: string, why: string): false => {
      errors.add(t.at.file, t.at.row, t.headers[column], value, why);
      return false;
    };
    if (!indices.has(t.index_id)) return report('index_id', t.index_id, 'unknown index (no index year of it in any index-years file)');
    const year = years.get(`${t.index_id}|${t.year}`);
    if (!year) return report('year', String(t.year), `${t.index_id} has no index year ${t.year} (add it to an index-years file)`);
    const framework = frameworks.get(year.framework_id);
    if (framework && !framework.items.has(t.item_code)) {
      return report('item_code', t.item_code, `unknown item for framework ${framework.id}`);
    }
    return true;
  });
}
