/** Published national and regional figures (means, counts by group): `year,scope,metric,value,unit,source_url,note`. */
import type { InputFile } from './csv-file.ts';
import type { ErrorList } from './errors.ts';
import { AGGREGATES_HEADER } from './headers.ts';
import { dropDuplicates, type Located, readTable } from './read-table.ts';
import type { RowReader } from './row-reader.ts';

/** What a value counts in. */
export const VALUE_UNITS = ['count', 'pct', 'pct_points'] as const;

export interface AggregateRecord {
  year: number;
  scope: string;
  metric: string;
  value: number;
  value_unit: string;
  source_url: string;
  note: string | null;
  at: Located;
}

export async function readAggregates(files: readonly InputFile[], errors: ErrorList): Promise<AggregateRecord[]> {
  const rows = await readTable(files, AGGREGATES_HEADER, errors, (r) => ({
    year: r.year('year') ?? 0,
    scope: r.text('scope', true) ?? '',
    metric: r.text('metric', true) ?? '',
    value: required(r),
    value_unit: r.oneOf('unit', VALUE_UNITS) ?? 'count',
    source_url: r.source('source_url', true) ?? '',
    note: r.text('note'),
    at: { file: r.file.rel, row: r.row },
  }));
  const key = (a: AggregateRecord): string => `${a.year}|${a.scope}|${a.metric}`;
  return dropDuplicates(rows, key, 'metric', (a) => a.metric, errors, 'year, scope and metric');
}

/** The value (a "%" sign is allowed: the unit column says what it counts). */
function required(r: RowReader): number {
  const value = r.percent('value');
  if (value === null && r.raw('value').trim() === '') r.report('value', 'required value is empty');
  return value ?? 0;
}
