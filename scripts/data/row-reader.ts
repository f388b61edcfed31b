/**
 * Reads typed cells from one CSV record and reports each bad cell as `file:row:column: value — why`
 * (column as written in the file's header, value as written in the cell). One instance is reused
 * across the records of a file.
 */
import { cell, type InputFile } from './csv-file.ts';
import type { ErrorList } from './errors.ts';
import type { ColumnMap } from './headers.ts';
import {
  normText,
  parseInteger,
  parseIsoDate,
  parsePercent,
  parsePoints,
  parseYear,
  parseYesNo,
  splitList,
  splitSources,
  sourceProblem,
  textProblem,
  type Parsed,
} from './normalise.ts';

/** Columns holding a name: one line, at most TEXT_LIMITS.name characters. */
const NAME_COLUMNS = new Set(['unit_name', 'name_vi', 'name_en', 'domain_name_vi', 'publisher_vi', 'publisher_en']);

export class RowReader {
  cells: readonly string[] = [];
  row = 0;
  /** True once any cell of the current record was reported. */
  bad = false;

  readonly file: InputFile;
  readonly cols: ColumnMap;
  private readonly errors: ErrorList;

  constructor(file: InputFile, cols: ColumnMap, errors: ErrorList) {
    this.file = file;
    this.cols = cols;
    this.errors = errors;
  }

  /** Moves to the next record. */
  reset(cells: readonly string[], row: number): this {
    this.cells = cells;
    this.row = row;
    this.bad = false;
    return this;
  }

  /** The raw cell of a canonical column ("" when the file has no such column). */
  raw(name: string): string {
    return cell(this.cells, this.cols, name) ?? '';
  }

  /** The header of a canonical column as the file writes it. */
  header(name: string): string {
    return this.cols.header[name] ?? name;
  }

  /** Reports a problem with a column of this record. */
  report(name: string, why: string, value = this.raw(name)): void {
    this.bad = true;
    this.errors.add(this.file.rel, this.row, this.header(name), value === '' ? '(empty)' : value, why);
  }

  /** NFC, trimmed text; null when empty (reported when required). */
  text(name: string, required = false): string | null {
    const value = normText(cell(this.cells, this.cols, name));
    if (value === null && required) this.report(name, 'required value is empty');
    const problem = value === null ? null : textProblem(value, NAME_COLUMNS.has(name) ? 'name' : 'text');
    if (problem !== null) {
      this.report(name, problem);
      return null;
    }
    return value;
  }

  /** Text that must be one of a closed vocabulary. */
  oneOf<T extends string>(name: string, values: readonly T[], required = true): T | null {
    const value = this.text(name, required);
    if (value === null) return null;
    if ((values as readonly string[]).includes(value)) return value as T;
    this.report(name, `unknown value (expected one of ${values.join(', ')})`);
    return null;
  }

  year(name: string, required = true): number | null {
    return this.parsed(name, parseYear(this.raw(name)), required);
  }

  integer(name: string, required = false): number | null {
    return this.parsed(name, parseInteger(this.raw(name)), required);
  }

  points(name: string): number | null {
    return this.parsed(name, parsePoints(this.raw(name)), false);
  }

  percent(name: string): number | null {
    return this.parsed(name, parsePercent(this.raw(name)), false);
  }

  yesNo(name: string, empty: boolean): boolean {
    return this.parsed(name, parseYesNo(this.raw(name), empty), false) ?? empty;
  }

  date(name: string, required = true): string | null {
    return this.parsed(name, parseIsoDate(this.raw(name)), required);
  }

  /** A `|`-separated list of names (aliases), each checked as a name is. */
  list(name: string): string[] {
    return splitList(this.raw(name)).filter((item) => {
      const why = textProblem(item, 'name');
      if (why !== null) this.report(name, why, item);
      return why === null;
    });
  }

  /** The pages a source cell names (see splitSources); [] when empty. */
  sources(name: string): string[] {
    return splitSources(this.raw(name)).filter((page) => {
      const why = sourceProblem(page);
      if (why !== null) this.report(name, why, page);
      return why === null;
    });
  }

  /** A cell that must name one page at most: several are reported (this column cannot hold a list). */
  source(name: string, required = false): string | null {
    const pages = splitSources(this.raw(name));
    if (pages.length > 1) this.report(name, `names ${pages.length} pages; this column takes one`);
    else if (pages.length === 0 && required) this.report(name, 'required value is empty');
    const why = pages.length === 1 ? sourceProblem(pages[0]!) : null;
    if (why !== null) this.report(name, why);
    return pages.length === 1 && why === null ? pages[0]! : null;
  }

  private parsed<T>(name: string, result: Parsed<T | null>, required: boolean): T | null {
    if (!result.ok) {
      this.report(name, result.why);
      return null;
    }
    if (result.value === null && required) this.report(name, 'required value is empty');
    return result.value;
  }
}
