/** Reads a small CSV into typed records, and finds duplicate keys across records. */
import type { InputFile } from './csv-file.ts';
import type { ErrorList } from './errors.ts';
import type { HeaderSpec } from './headers.ts';
import { readSource } from './read-source.ts';
import { RowReader } from './row-reader.ts';

/** Where a record came from, for error messages. */
export interface Located {
  file: string;
  row: number;
}

/**
 * Reads every record of `files` with `parse`; a record whose parse reported a problem
 * (or returned null) is left out, its errors already in `errors`.
 */
export async function readTable<T>(
  files: readonly InputFile[],
  spec: HeaderSpec,
  errors: ErrorList,
  parse: (r: RowReader) => T | null,
): Promise<T[]> {
  const out: T[] = [];
  for (const file of files) {
    let reader: RowReader | null = null;
    await readSource(file, spec, errors, (cells, row, cols) => {
      reader ??= new RowReader(file, cols, errors);
      const value = parse(reader.reset(cells, row));
      if (value !== null && !reader.bad) out.push(value);
    });
  }
  return out;
}

/** "row 3" in the same file, "reference/x.csv row 3" in another. */
export function rowRef(first: Located, at: Located): string {
  return first.file === at.file ? `row ${first.row}` : `${first.file} row ${first.row}`;
}

/**
 * Reports every record whose key was already seen, citing the first one, and returns the records
 * without those duplicates.
 */
export function dropDuplicates<T extends { at: Located }>(
  records: readonly T[],
  key: (r: T) => string,
  column: string,
  value: (r: T) => string,
  errors: ErrorList,
  what: string,
): T[] {
  const seen = new Map<string, T>();
  const kept: T[] = [];
  for (const r of records) {
    const first = seen.get(key(r));
    if (first) {
      errors.add(r.at.file, r.at.row, column, value(r), `duplicate of ${rowRef(first.at, r.at)} (same ${what})`);
    } else {
      seen.set(key(r), r);
      kept.push(r);
    }
  }
  return kept;
}
