/** Chooses the sheet and reads the year: the first steps of an import, before the framework is known. */
import { parseYear } from '../data/normalise.ts';
import { type Layout, type Overrides, recognise, resultsScore } from './layout.ts';
import { readNumber } from './numbers.ts';
import { foldHeader, isMeaning, type Meaning } from './synonyms.ts';
import type { Workbook } from './workbook.ts';

/** `--mapping` values ("C=final_score", "Điểm TB=ignore") as overrides, or the first bad one. */
export function parseMapping(values: readonly string[]): Overrides | string {
  const out = new Map<string, Meaning | 'ignore'>();
  for (const v of values) {
    const eq = v.lastIndexOf('=');
    const col = v.slice(0, eq).trim();
    const meaning = v.slice(eq + 1).trim();
    if (eq < 1 || !(isMeaning(meaning) || meaning === 'ignore')) return `--mapping ${v}: expected <column letter or header>=<meaning>`;
    out.set(/^[A-Z]{1,3}$/.test(col) ? col : foldHeader(col), meaning);
  }
  return out;
}

/** The layout of the chosen sheet: the named one, or the one that looks most like results. */
export function pickSheet(book: Workbook, name: string | undefined, o: Overrides, itemOf: (t: string) => string | null): Layout | string {
  const names = book.sheets.map((s) => s.name);
  if (name !== undefined) {
    const sheet = book.sheets.find((s) => s.name === name);
    if (!sheet) return `no sheet "${name}" (sheets: ${names.join(', ')})`;
    return recognise(sheet, o, itemOf) ?? `sheet "${name}": no table of results found (no header row naming units, items or scores)`;
  }
  const layouts = book.sheets.map((s) => recognise(s, o, itemOf));
  const best = layouts.reduce<Layout | null>((b, l) => (resultsScore(l) > resultsScore(b) ? l : b), null);
  return (
    best ??
    `no table of results found in ${names.length > 1 ? `any sheet (${names.join(', ')})` : 'the file'}: no header row naming units, items or scores`
  );
}

/** The year: --year, else the first of a year column, else "năm 2024" (or a lone 20xx) in the title. */
export function yearOf(layout: Layout, given: number | undefined): { year: number | null; from: string } {
  if (given !== undefined) return { year: given, from: '--year' };
  const col = layout.columns.find((c) => c.meaning === 'year');
  if (col) {
    const n = readNumber(layout.sheet.rows[layout.dataRows[0] ?? -1]?.[col.index] ?? '');
    if (n.kind === 'number') return { year: n.value, from: 'the year column' };
  }
  // Date lines ("Hà Tĩnh, ngày 5 tháng 3 năm 2024") give the letter's date, not the year assessed.
  const title = layout.title
    .split('\n')
    .filter((l) => !/\bngay\b/.test(foldHeader(l)))
    .join('\n');
  const m = /n[aă]m\s+(\d{4})/i.exec(title) ?? /\b(20\d\d)\b/.exec(title);
  const y = m ? parseYear(m[1]) : null;
  return y?.ok && y.value !== null ? { year: y.value, from: `the title ("${m![0]}")` } : { year: null, from: '' };
}
