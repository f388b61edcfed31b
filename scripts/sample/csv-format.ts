/**
 * How the sample writes cells: points kept as integer hundredths (so sums are exact) and printed
 * with a decimal comma or point; fields quoted only when they must be, as spreadsheet exports do.
 */

/** Points in hundredths → "1,25" / "1.25", trailing zeros dropped ("2", "0,5"); null → empty cell. */
export function formatHundredths(h: number | null, decimal: ',' | '.'): string {
  if (h === null) return '';
  if (!Number.isInteger(h) || h < 0) throw new Error(`not a non-negative number of hundredths: ${h}`);
  const whole = Math.floor(h / 100);
  const cents = h % 100;
  if (cents === 0) return String(whole);
  const frac = cents % 10 === 0 ? String(cents / 10) : String(cents).padStart(2, '0');
  return `${whole}${decimal}${frac}`;
}

/** Points as a decimal number (e.g. 0.75) → hundredths (75); refuses more than 2 decimals. */
export function toHundredths(points: number): number {
  const h = Math.round(points * 100);
  if (Math.abs(h - points * 100) > 1e-6) throw new Error(`more than 2 decimals: ${points}`);
  return h;
}

/** A percentage for Vietnamese text: one decimal with a comma, whole numbers bare ("3,2", "78"). */
export function formatPercentVi(pct: number): string {
  const tenths = Math.round(pct * 10);
  return tenths % 10 === 0 ? String(tenths / 10) : `${Math.trunc(tenths / 10)},${Math.abs(tenths % 10)}`;
}

/** One CSV field: quoted when it holds the delimiter, a quote, a line break or edge spaces. */
export function csvField(value: string, delimiter: ',' | ';'): string {
  const needs = value.includes(delimiter) || value.includes('"') || /[\r\n]/.test(value) || value !== value.trim();
  return needs ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line (without the line break). */
export function csvLine(cells: readonly string[], delimiter: ',' | ';'): string {
  return cells.map((c) => csvField(c, delimiter)).join(delimiter);
}
