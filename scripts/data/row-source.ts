/**
 * A format-independent row source: rows of text cells with the row they start on, whatever file they
 * came from (CSV, TSV, a sheet of an Excel workbook). The header mapping, the width check and their
 * error messages live here once, so every format goes through the same path.
 */
import type { ErrorList } from './errors.ts';
import { type ColumnMap, type HeaderSpec, mapHeader, ROWS_REQUIRED } from './headers.ts';
import { controlProblem } from './normalise.ts';

/** An input file: where it is, and how errors name it (relative to the data directory, or "Sheet1"). */
export interface InputFile {
  abs: string;
  rel: string;
  /**
   * The number of data rows sources.json declares for the file (`"rows"` of a score entry), checked
   * once it is read: a published file cut at a row boundary reads as well-formed and would lose rows
   * silently. `0` is the explicit marker of a score file that has a header and nothing else.
   */
  rows?: number;
  /** Where the declaration is, for the message: e.g. "sources.json datasets[0].scores[0].rows". */
  rowsAt?: string;
}

/** One row of a source: its cells as text and the row it starts on (counted from 1). */
export interface SourceRow {
  cells: string[];
  row: number;
}

/** Called for each data record: its cells and the line it starts on. */
export type RowHandler = (cells: string[], row: number, cols: ColumnMap) => void;

/** Reads the cell of a canonical column; undefined when the file has no such column. */
export function cell(cells: readonly string[], cols: ColumnMap, name: string): string | undefined {
  const i = cols.index[name];
  return i === undefined ? undefined : cells[i];
}

/**
 * Maps the first row pushed as the header (with `spec`), then hands every non-empty record of the
 * same width to `onRow`. Header problems and ragged rows go to `errors`; a missing required column
 * stops it (`stopped`), and no record is read.
 */
export class HeaderedRows {
  cols: ColumnMap | null = null;
  stopped = false;
  /** Records handed on. */
  rows = 0;
  private width = 0;
  private headerCells: readonly string[] = [];
  private readonly errorsBefore: number;
  private readonly file: InputFile;
  private readonly spec: HeaderSpec;
  private readonly errors: ErrorList;
  private readonly onRow: RowHandler;

  constructor(file: InputFile, spec: HeaderSpec, errors: ErrorList, onRow: RowHandler) {
    this.file = file;
    this.spec = spec;
    this.errors = errors;
    this.onRow = onRow;
    this.errorsBefore = errors.count;
  }

  push(cells: string[], row: number): void {
    if (this.stopped) return;
    if (this.cols === null) {
      cells[0] = (cells[0] ?? '').replace(/^\ufeff/, '');
      const mapped = mapHeader(cells, this.spec);
      for (const p of mapped.problems) this.errors.add(this.file.rel, row, p.column, p.value, p.why);
      if (mapped.problems.some((p) => p.value === '(missing)')) this.stopped = true;
      this.cols = mapped.map;
      this.headerCells = cells;
      this.width = cells.length;
      return;
    }
    if (cells.length === 1 && cells[0] === '') return;
    const garbled = cells.findIndex((c) => c.includes('\ufffd'));
    if (garbled >= 0) {
      const column = this.headerCells[garbled] || `column ${garbled + 1}`;
      const why =
        'not valid UTF-8 (bytes of another encoding, e.g. Windows-1258 or TCVN3): save the file as UTF-8, or read it with npm run import';
      this.errors.add(this.file.rel, row, column, cells[garbled]!, why);
      return;
    }
    const controlled = cells.findIndex((c) => controlProblem(c) !== null);
    if (controlled >= 0) {
      const column = this.headerCells[controlled] || `column ${controlled + 1}`;
      this.errors.add(this.file.rel, row, column, cells[controlled]!, controlProblem(cells[controlled]!)!);
      return;
    }
    if (cells.length !== this.width) {
      const why = `the header has ${this.width} fields (check the separator and quotes)`;
      this.errors.add(this.file.rel, row, '*', `${cells.length} fields`, why);
      return;
    }
    this.rows++;
    this.onRow(cells, row, this.cols);
  }

  /** The column map once every row was pushed, or null when the header was missing or incomplete. */
  finish(): ColumnMap | null {
    const clean = !this.stopped && this.errors.count === this.errorsBefore;
    const declared = this.file.rows;
    if (this.cols === null && !this.stopped) this.errors.add(this.file.rel, 1, '*', '(empty)', 'empty file: no header row');
    else if (clean && declared !== undefined && this.rows !== declared) {
      const why =
        `${this.file.rowsAt ?? 'sources.json'} declares ${declared} row${declared === 1 ? '' : 's'}: ` +
        (this.rows < declared ? 'the file looks cut short' : 'rows were added') +
        ' (check the file against its source, then set "rows" to the count)';
      this.errors.add(this.file.rel, null, '*', `${this.rows} rows`, why);
    } else if (this.rows === 0 && declared === undefined && clean && ROWS_REQUIRED.has(this.spec)) {
      this.errors.add(
        this.file.rel,
        1,
        '*',
        '(no rows)',
        'a score file with a header and no rows: a file cut short? (remove it from sources.json, or declare "rows": 0 there)',
      );
    }
    return this.stopped ? null : this.cols;
  }
}

/** Reads a whole row source (header first) through HeaderedRows. */
export async function readRows(
  file: InputFile,
  spec: HeaderSpec,
  errors: ErrorList,
  rows: Iterable<SourceRow> | AsyncIterable<SourceRow>,
  onRow: RowHandler,
): Promise<ColumnMap | null> {
  const headered = new HeaderedRows(file, spec, errors, onRow);
  for await (const r of rows) {
    headered.push(r.cells, r.row);
    if (headered.stopped) break;
  }
  return headered.finish();
}
