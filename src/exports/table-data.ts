/**
 * The rows of HTML tables as shown, for a spreadsheet: the text of every cell as the reader sees it,
 * except that a number shown in the page's locale ("85,95%", "+4", "−2,89", "1.234") becomes a number,
 * and the dash of a missing value an empty cell (never 0). Used on the tables of the page itself, so a
 * download holds exactly the rows on screen for the current filters.
 */
import type { Locale } from '../i18n/locales.ts';
import type { CellValue } from './cells.ts';

/** A header row and the data rows under it. */
export interface TableData {
  readonly header: string[];
  readonly rows: CellValue[][];
}

/** What a missing value is shown as (src/i18n/format.ts MISSING), and the other dashes a cell may hold. */
const DASHES = new Set(['–', '—', '-']);

/** The separators of numbers in each locale: Vietnamese groups with "." and writes decimals with ",". */
const SEPARATORS: Readonly<Record<Locale, { group: string; decimal: string }>> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const escape = (c: string): string => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A number as the page shows it in `locale`, or null when the text is not only a number: "85,95%" →
 * { value: 85.95, percent: true } in Vietnamese, "−2" → { value: -2 }, "12/14" → null. Percentages stay
 * in points, as the data stores them.
 */
export function parseShownNumber(text: string, locale: Locale): { value: number; percent: boolean } | null {
  const { group, decimal } = SEPARATORS[locale];
  const plain = text.replace(/[\u00a0\u202f ]/g, '').replace(/\u2212/g, '-');
  const pattern = new RegExp(`^([+-]?)(\\d{1,3}(?:${escape(group)}\\d{3})+|\\d+)(?:${escape(decimal)}(\\d+))?(%?)$`);
  const match = pattern.exec(plain);
  if (!match) return null;
  const [, sign = '', whole = '', fraction, percent] = match;
  const value = Number(`${sign === '-' ? '-' : ''}${whole.split(group).join('')}${fraction === undefined ? '' : `.${fraction}`}`);
  return Number.isFinite(value) ? { value, percent: percent === '%' } : null;
}

/** Parts of a cell a reader does not see as its text: tooltips and hidden elements. */
function skipped(el: Element): boolean {
  return el.getAttribute('role') === 'tooltip' || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
}

const BLOCKS = new Set(['P', 'DIV', 'LI', 'BR', 'UL', 'OL', 'DL', 'DT', 'DD']);

/** The text of a cell: its paragraphs on lines of their own, other white space collapsed. */
export function cellText(cell: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (node.nodeType !== 1 || skipped(node as Element)) return;
    const block = BLOCKS.has((node as Element).tagName);
    if (block) parts.push('\n');
    node.childNodes.forEach(walk);
    if (block) parts.push('\n');
  };
  cell.childNodes.forEach(walk);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** One row's cells, a cell spanning columns followed by empty ones so columns stay aligned. */
function rowCells(row: HTMLTableRowElement): string[] {
  return [...row.cells].flatMap((cell) => [cellText(cell), ...Array.from({ length: Math.max(0, cell.colSpan - 1) }, () => '')]);
}

/** The caption of a table: its `<caption>`, or what `aria-labelledby` points at. */
export function tableCaption(table: HTMLTableElement): string {
  const caption = table.caption?.textContent?.trim();
  if (caption) return caption;
  const ids = table.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  return ids
    .map((id) => table.ownerDocument.getElementById(id)?.textContent?.trim() ?? '')
    .filter((text) => text !== '')
    .join(' ');
}

/**
 * The tables' rows as shown. Several tables (the lost-points breakdown: one per criterion) become one
 * sheet with the header of the first and a first column naming each row's table (`groupLabel`).
 */
export function tableData(tables: readonly HTMLTableElement[], locale: Locale, groupLabel: string): TableData {
  const first = tables[0];
  if (first === undefined) return { header: [], rows: [] };
  const headRow = first.tHead?.rows[first.tHead.rows.length - 1];
  const header = headRow ? rowCells(headRow) : [];
  const grouped = tables.length > 1;
  const texts = tables.flatMap((table) => {
    const caption = tableCaption(table);
    return [...table.tBodies].flatMap((body) => [...body.rows].map((row) => (grouped ? [caption, ...rowCells(row)] : rowCells(row))));
  });
  const percent = new Set<number>();
  const rows = texts.map((cells) =>
    cells.map((text, i): CellValue => {
      if (text === '' || DASHES.has(text)) return null;
      const number = parseShownNumber(text, locale);
      if (number === null) return text;
      if (number.percent) percent.add(i);
      return number.value;
    }),
  );
  const fullHeader = grouped ? [groupLabel, ...header] : header;
  return { header: fullHeader.map((label, i) => (percent.has(i) && !label.includes('%') ? `${label} (%)` : label)), rows };
}
