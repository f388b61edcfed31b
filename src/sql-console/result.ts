/**
 * A console result as both engines hand it over (DuckDB in Node at build time, DuckDB-WASM in the
 * browser): columns with a kind for formatting, rows of plain values, and whether rows were left out.
 */
import type { CellValue } from '../exports/cells.ts';

/** How a column is shown: numbers right-aligned and formatted for the locale, the rest as text. */
export type ColumnKind = 'number' | 'boolean' | 'text';

export interface ResultColumn {
  readonly name: string;
  /** DuckDB's or Arrow's name of the type, shown in the header's tooltip. */
  readonly type: string;
  readonly kind: ColumnKind;
}

/** A value of a cell: NULL stays null (shown as an em dash), never 0 or ''. */
export type ResultValue = number | boolean | string | null;

export interface ConsoleResult {
  readonly columns: readonly ResultColumn[];
  readonly rows: readonly (readonly ResultValue[])[];
  /** True when the query had more rows than were fetched (at most the console's limit). */
  readonly truncated: boolean;
  readonly elapsedMs: number;
}

/** How many rows the console shows at most; one more is fetched to know whether there were more. */
export const MAX_ROWS = 5000;

const NUMERIC =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL|Int|Uint|Float|Decimal)/;

/** The kind of a column from DuckDB's type name ("DOUBLE", "DECIMAL(18,3)") or Arrow's ("Float64", "Int32"). */
export function kindOfType(type: string): ColumnKind {
  if (NUMERIC.test(type)) return 'number';
  return type === 'BOOLEAN' || type === 'Bool' ? 'boolean' : 'text';
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** An ISO date ("2025-07-01") or date and time in UTC ("2025-07-01 08:30:00"), never shifted by the time zone. */
export function isoDateTime(date: Date, withTime: boolean): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  if (!withTime) return day;
  return `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** Any value an engine returns as a plain cell value: big integers as numbers, lists and structs as JSON text. */
export function cellValue(value: unknown): ResultValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && 'toArray' in value && typeof value.toArray === 'function') {
    return cellValue(Array.from(value.toArray() as Iterable<unknown>));
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return isoDateTime(value, value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() > 0);
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
}

/** The result as spreadsheet rows: the header, then exactly the rows shown (numbers stay numbers). */
export function resultCsvRows(result: ConsoleResult): CellValue[][] {
  return [result.columns.map((c) => c.name), ...result.rows.map((row) => row.map((v) => (typeof v === 'boolean' ? String(v) : v)))];
}
