/**
 * Reads any input file of the build through the one row source (./row-source.ts): CSV as before, and
 * the first sheet of an Excel workbook (.xlsx), whose typed cells become the text a CSV would hold
 * (numbers with a decimal point, dates as YYYY-MM-DD). Both go through the same header mapping, checks
 * and error messages.
 */
import readExcelFile from 'read-excel-file/node';
import { readCsv } from './csv-file.ts';
import type { ErrorList } from './errors.ts';
import type { ColumnMap, HeaderSpec } from './headers.ts';
import { type InputFile, type RowHandler, readRows, type SourceRow } from './row-source.ts';

/** A typed Excel cell as the text a CSV would hold. */
export function excelText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

async function* sheetRows(file: InputFile): AsyncGenerator<SourceRow> {
  const [first] = await readExcelFile(file.abs);
  for (const [i, row] of (first?.data ?? []).entries()) {
    const cells = row.map(excelText);
    // An empty row is skipped, as an empty line of a CSV is.
    if (i > 0 && cells.every((c) => c === '')) continue;
    yield { cells, row: i + 1 };
  }
}

/** Reads `file` (CSV, or .xlsx by its extension) with `spec`; see readCsv for what is reported. */
export function readSource(
  file: InputFile,
  spec: HeaderSpec,
  errors: ErrorList,
  onRow: RowHandler,
  onChunk?: (rows: number) => void,
): Promise<ColumnMap | null> {
  if (file.abs.toLowerCase().endsWith('.xlsx')) return readRows(file, spec, errors, sheetRows(file), onRow);
  return readCsv(file, spec, errors, onRow, onChunk);
}
