/**
 * Recognises the table in a sheet: the header row below any title rows (two-row headers folded into
 * one), the data rows (total, signature, footnote and spacer rows dropped), and the layout: long (one
 * row per unit and item), wide (one column per item), a ranking, or the round-1 explanation appendix.
 */
import { readNumber } from './numbers.ts';
import { foldHeader, type Meaning, meaningOf } from './synonyms.ts';
import { type CellValue, type Sheet, columnLetter } from './workbook.ts';

export type LayoutKind = 'long' | 'wide' | 'ranking' | 'appendix';

export interface Column {
  index: number;
  /** The header as written (a two-row header's parent and child joined by " / "). */
  header: string;
  meaning: Meaning | null;
  /** The framework item of a wide table's column. */
  item: string | null;
}

export interface Layout {
  sheet: Sheet;
  kind: LayoutKind;
  /** Header rows, as row indices of the sheet (one or two). */
  headerRows: number[];
  columns: Column[];
  dataRows: number[];
  dropped: { row: number; why: string }[];
  /** The text above the header (titles), for the year and the unit. */
  title: string;
}

/** Column overrides (`--mapping C=final_score`): a column letter or header → a meaning. */
export type Overrides = ReadonlyMap<string, Meaning | 'ignore'>;

const text = (c: CellValue | undefined): string => (c === undefined ? '' : String(c).trim());
const SCORES: readonly Meaning[] = ['final_score', 'self_score', 'appraisal_r1', 'score_pct', 'total_points', 'rank', 'max_points'];

/** How many cells of a row are known headers or items: the header row is the row with the most. */
function headerScore(row: readonly CellValue[], itemOf: (t: string) => string | null): number {
  return row.reduce<number>((n, c) => n + (meaningOf(text(c)) ? 1 : itemOf(text(c)) && typeof c === 'string' ? 0.5 : 0), 0);
}

function findHeader(sheet: Sheet, itemOf: (t: string) => string | null): number {
  let best = -1;
  let bestScore = 1.5;
  sheet.rows.slice(0, 40).forEach((row, i) => {
    const s = headerScore(row, itemOf);
    if (s > bestScore) [best, bestScore] = [i, s];
  });
  return best;
}

function columnsOf(
  parent: readonly CellValue[],
  child: readonly CellValue[] | null,
  o: Overrides,
  itemOf: (t: string) => string | null,
): Column[] {
  const width = Math.max(parent.length, child?.length ?? 0);
  const columns: Column[] = [];
  let filled = '';
  for (let i = 0; i < width; i++) {
    const p = text(parent[i]);
    const c = child ? text(child[i]) : '';
    filled = p !== '' ? p : c !== '' ? filled : '';
    const header = c === '' ? p : filled === '' ? c : `${filled} / ${c}`;
    const forced = o.get(columnLetter(i)) ?? o.get(foldHeader(header)) ?? o.get(foldHeader(c || p));
    const meaning = forced === 'ignore' ? null : (forced ?? (c !== '' ? (meaningOf(c) ?? meaningOf(`${filled} ${c}`)) : meaningOf(p)));
    const item = forced || meaning ? null : (itemOf(c) ?? (c === '' ? itemOf(p) : null));
    columns.push({ index: i, header, meaning, item });
  }
  return columns;
}

/** The row below the header that numbers the columns, "(1) (2) (3)" or "1 2 3", as decision annexes do. */
function isNumbering(row: readonly CellValue[]): boolean {
  const cells = row.map(text).filter((c) => c !== '');
  return cells.length >= 3 && cells.every((c, i) => c.replace(/[()]/g, '') === String(i + 1));
}

function kindOf(columns: readonly Column[]): LayoutKind | null {
  const has = (m: Meaning): boolean => columns.some((c) => c.meaning === m);
  if (has('item_deducted') && (has('appraisal_r1') || has('reason'))) return 'appendix';
  if (!has('unit_name')) return null;
  if (has('item_code') || has('item_deducted')) return 'long';
  if (columns.filter((c) => c.item).length >= 2) return 'wide';
  if (has('score_pct') || has('total_points') || has('final_score') || has('rank')) return 'ranking';
  return null;
}

const TOTAL = /^(tong|cong|total|trung binh|binh quan|average)\b/;

/** Why a row below the header is not data, or null when it is. */
function dropWhy(row: readonly CellValue[], columns: readonly Column[], key: number): string | null {
  if (row.every((c) => text(c) === '')) return 'empty';
  const keyText = foldHeader(text(row[key]));
  const anyTotal = columns.some((c) => (c.meaning === 'stt' || c.index === key) && TOTAL.test(foldHeader(text(row[c.index]))));
  if (anyTotal) return 'total row';
  const filled = (c: Column | undefined): boolean => c !== undefined && text(row[c.index]) !== '';
  const numeric = (c: Column): boolean => ['number', 'not-applicable'].includes(readNumber(row[c.index] ?? '').kind);
  const scores = columns.filter((c) => c.item || (c.meaning && SCORES.includes(c.meaning)) || c.meaning === 'reason');
  const stt = columns.find((c) => c.meaning === 'stt');
  const numbered = stt !== undefined && readNumber(row[stt.index] ?? '').kind === 'number';
  // A numbered row, or one naming an item, is data even when a score is unreadable (reported later, never dropped).
  const itemNamed = filled(columns.find((c) => c.meaning === 'item_code' || (c.meaning === 'item_deducted' && c.index !== key)));
  // A unit cell merged down over its items is empty below its first row: the item keeps the row (filled down later).
  if ((keyText === '' && !itemNamed) || keyText === '...') return 'no unit or item (note, signature or spacer)';
  const valued = scores.some(numeric) || ((numbered || itemNamed) && scores.some(filled));
  return valued ? null : 'no scores (heading, note or signature)';
}

/** Recognises the table of `sheet`; null when no header row is found. */
export function recognise(sheet: Sheet, overrides: Overrides, itemOf: (t: string) => string | null): Layout | null {
  const h = findHeader(sheet, itemOf);
  if (h < 0) return null;
  const next = sheet.rows[h + 1] ?? [];
  const one = columnsOf(sheet.rows[h]!, null, overrides, itemOf);
  const keyCol = one.find((c) => c.meaning === 'unit_name' || c.meaning === 'item_deducted');
  const twoRows = keyCol !== undefined && text(next[keyCol.index]) === '' && next.some((c) => text(c) !== '') && !isNumbering(next);
  const columns = twoRows ? columnsOf(sheet.rows[h]!, next, overrides, itemOf) : one;
  const kind = kindOf(columns);
  if (!kind) return null;
  const headerRows = twoRows ? [h, h + 1] : [h];
  let first = h + headerRows.length;
  if (isNumbering(sheet.rows[first] ?? [])) first++;
  const key = columns.find((c) => c.meaning === (kind === 'appendix' ? 'item_deducted' : 'unit_name'))!.index;
  const dataRows: number[] = [];
  const dropped: { row: number; why: string }[] = [];
  for (let r = first; r < sheet.rows.length; r++) {
    const why = dropWhy(sheet.rows[r]!, columns, key);
    if (why === null) dataRows.push(r);
    else if (why !== 'empty') dropped.push({ row: r, why });
  }
  const title = sheet.rows
    .slice(0, h)
    .map((row) =>
      row
        .map(text)
        .filter((c) => c !== '')
        .join(' '),
    )
    .join('\n');
  return { sheet, kind, headerRows, columns, dataRows, dropped, title };
}

/** How much a sheet looks like results: its header's known columns times its data rows. */
export function resultsScore(layout: Layout | null): number {
  if (!layout) return 0;
  return layout.columns.filter((c) => c.meaning || c.item).length * layout.dataRows.length;
}
