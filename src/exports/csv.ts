/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel shows Vietnamese), comma-separated,
 * CRLF line ends, quoted where needed, formulas neutralised (cells.ts).
 */
import { neutraliseFormula, type CellValue } from './cells.ts';

export const BOM = '\ufeff';

function field(value: CellValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as CSV text, starting with the BOM. Numbers are written with a decimal point. */
export function toCsv(rows: readonly (readonly CellValue[])[]): string {
  return BOM + rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
