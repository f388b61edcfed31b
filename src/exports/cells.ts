/**
 * Cells of every file the project writes for spreadsheets (CSV and XLSX). Text that a spreadsheet
 * would run as a formula is neutralised, following OWASP's "CSV injection" rule: a cell that begins
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe in CSV; in XLSX such
 * text is written as a string cell, which Excel never evaluates.
 */

/** A value of a spreadsheet cell: text, a number, or empty (NULL is an empty cell, never 0). */
export type CellValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet could read the text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text as it must go into a CSV cell: prefixed with `'` when it would start a formula. */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
