/**
 * Numbers as government tables write them: a decimal comma or point, thousands separators, "%", "-" or
 * empty for missing, "N/A" or "Không áp dụng" for not applicable, ranks as "28/63".
 */
import { stripDiacritics } from '../data/normalise.ts';
import type { CellValue } from './workbook.ts';

/** A read cell: a number (and whether it carried "%"), missing, not applicable, or not a number. */
export type LooseNumber =
  { kind: 'number'; value: number; percent: boolean } | { kind: 'missing' } | { kind: 'not-applicable' } | { kind: 'bad'; why: string };

const MISSING = new Set(['', '-', '–', '—', '.', 'x']);
const NOT_APPLICABLE = new Set(['n/a', 'na', 'khong ap dung', 'kad', 'k/a', 'not applicable']);

/**
 * Reads one cell. One separator is a decimal ("85,5", "85.5"); a separator repeated, or both kinds
 * ("1.234,5", "1,234.5"), makes the first kind a thousands separator.
 */
export function readNumber(cell: CellValue): LooseNumber {
  if (typeof cell === 'number') return { kind: 'number', value: cell, percent: false };
  const text = cell.replace(/[\s\u00a0]+/g, ' ').trim();
  if (MISSING.has(text)) return { kind: 'missing' };
  if (NOT_APPLICABLE.has(stripDiacritics(text))) return { kind: 'not-applicable' };
  const percent = text.endsWith('%');
  const body = (percent ? text.slice(0, -1) : text).replace(/ /g, '');
  if (!/^[+-]?[\d.,]*\d[\d.,]*$/.test(body)) return { kind: 'bad', why: 'not a number' };
  const value = Number(decimalPoint(body));
  return Number.isFinite(value) ? { kind: 'number', value, percent } : { kind: 'bad', why: 'not a number' };
}

function decimalPoint(body: string): string {
  const commas = body.split(',').length - 1;
  const points = body.split('.').length - 1;
  if (commas > 0 && points > 0) {
    return body.lastIndexOf(',') > body.lastIndexOf('.') ? body.replace(/\./g, '').replace(',', '.') : body.replace(/,/g, '');
  }
  if (commas > 1) return body.replace(/,/g, '');
  if (points > 1) return body.replace(/\./g, '');
  return body.replace(',', '.');
}

/** A rank, "28" or "28/63" (rank of 63); null when empty, or why it is not a rank. */
export function readRank(cell: CellValue): { rank: number; of: number | null } | null | string {
  const text = String(cell).trim();
  if (text === '' || MISSING.has(text)) return null;
  const m = /^(\d+)\s*(?:\/\s*(\d+))?$/.exec(text);
  if (!m) return 'not a rank (expected a whole number or "28/63")';
  return { rank: Number(m[1]), of: m[2] === undefined ? null : Number(m[2]) };
}

/** A number written for a raw file: a decimal point, no float noise ("85.95", never "85.95000000001"). */
export function writeNumber(value: number): string {
  return String(Number(value.toFixed(6)));
}
