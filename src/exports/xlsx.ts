/**
 * XLSX through write-excel-file (small, fflate-based, works in Node and the browser). Chosen over
 * exceljs, which is several times larger and pulls in many dependencies, for what we need: column
 * widths, frozen header rows, bold and wrapped cells, a title spanning the columns. Text cells are
 * typed String, so text beginning with "=" stays text and never becomes a formula.
 */
import writeExcelFile from 'write-excel-file/universal';
import type { CellValue } from './cells.ts';

/** One sheet: a title block, a header row, then data rows. */
export interface Sheet {
  readonly name: string;
  /** Lines above the header, each a single cell spanning every column (unit, index, year, notes). */
  readonly title: readonly string[];
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Column widths in characters, one per header column. */
  readonly widths: readonly number[];
  /** Columns whose text wraps (long names, reasons). */
  readonly wrap?: ReadonlySet<number>;
}

type Cell = {
  value: string | number;
  type?: StringConstructor | NumberConstructor;
  fontWeight?: 'bold';
  wrap?: boolean;
  columnSpan?: number;
} | null;

function dataCell(value: CellValue, wrap: boolean): Cell {
  if (value === null) return null;
  if (typeof value === 'number') return { value, type: Number };
  return { value, type: String, ...(wrap ? { wrap: true } : {}) };
}

/** The sheet as XLSX bytes: header bold and frozen with the title, landscape for printing. */
export async function toXlsx(sheet: Sheet): Promise<Uint8Array<ArrayBuffer>> {
  const span = sheet.header.length;
  const filler = Array.from({ length: span - 1 }, () => null);
  const data: Cell[][] = [
    ...sheet.title.map((line, i): Cell[] => [
      { value: line, type: String, ...(i === 0 ? { fontWeight: 'bold' as const } : {}), columnSpan: span },
      ...filler,
    ]),
    sheet.header.map((h): Cell => ({ value: h, type: String, fontWeight: 'bold', wrap: true })),
    ...sheet.rows.map((row) => row.map((v, i) => dataCell(v, sheet.wrap?.has(i) ?? false))),
  ];
  const blob = await writeExcelFile(
    data as never,
    {
      sheet: sheet.name,
      columns: sheet.widths.map((width) => ({ width })),
      stickyRowsCount: sheet.title.length + 1,
      orientation: 'landscape',
    } as never,
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
