/** Data errors: every failure the build finds, reported as `file:row:column: value — why`. */

/** One problem in an input file. `row` counts the header as row 1; null when the file has no rows (e.g. JSON). */
export interface DataError {
  /** Path relative to the data directory, e.g. "raw/published/provinces.csv". */
  file: string;
  row: number | null;
  /** Column as written in the file's header (or the canonical name when the column is missing). */
  column: string;
  value: string;
  why: string;
}

/** Control and direction-control characters, which must never reach a terminal as they are. */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Values longer than this are cut in messages (the row and column say where the rest is). */
const SHOWN_VALUE = 120;

/** A cell's value as a message shows it: unprintable characters as `\u{…}`, long values cut. */
export function printable(value: string): string {
  const shown = value.length > SHOWN_VALUE ? `${value.slice(0, SHOWN_VALUE)}… (${value.length} characters)` : value;
  return shown.replace(UNPRINTABLE, (c) => `\\u{${c.codePointAt(0)!.toString(16).padStart(4, '0')}}`);
}

/** `file:row:column: value — why`, the one format of every data error. */
export function formatError(e: DataError): string {
  return `${e.file}:${e.row ?? '-'}:${e.column}: ${printable(e.value)} — ${e.why}`;
}

/** How many errors are kept in memory; the count beyond it is still exact. */
const MAX_KEPT = 1000;

/** Collects errors across the whole build so that all of them are reported at once. */
export class ErrorList {
  readonly items: DataError[] = [];
  count = 0;

  add(file: string, row: number | null, column: string, value: string, why: string): void {
    this.count++;
    if (this.items.length < MAX_KEPT) this.items.push({ file, row, column, value, why });
  }

  get empty(): boolean {
    return this.count === 0;
  }

  /** The kept errors as messages, in file and row order. */
  messages(): string[] {
    return sortErrors(this.items).map(formatError);
  }
}

/** Errors sorted by file, then row, then column, so reports are stable. */
export function sortErrors(errors: readonly DataError[]): DataError[] {
  return [...errors].sort((a, b) => a.file.localeCompare(b.file) || (a.row ?? 0) - (b.row ?? 0) || a.column.localeCompare(b.column));
}
