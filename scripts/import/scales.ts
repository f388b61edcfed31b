/**
 * Whether a score column is written in points or in percent. A column is in percent when its header
 * says "%" ("Tổng điểm (%)", "1.1 (%)") or when every number in it carries "%" ("85,3%"); a column that
 * mixes the two is in points and its "%" cells are refused, since nothing says which the others are.
 * A percentage of a score column is of the item's maximum (the framework's, or the row's max_points),
 * written to the raw file as points.
 */
import type { Column, Layout } from './layout.ts';
import { readNumber } from './numbers.ts';
import { columnLetter } from './workbook.ts';

export type Scale = 'points' | 'percent';

/** The scale assumed for one column, and why, for the recognised-columns report. */
export interface ColumnScale {
  column: Column;
  scale: Scale;
  /** Why percent (the header, the cells); empty for points. */
  why: string;
  /** What the values were turned into: "points" (detail rows) or "percent" (a ranking's score_pct). */
  into: Scale;
  /** The framework's TOTAL maximum, which points are taken of when written as percent. */
  totalMax: number;
}

/** The scale of column `c` of `layout`, read from its header and its data cells. */
export function scaleOf(layout: Layout, c: Column): { scale: Scale; why: string } {
  if (c.header.includes('%')) return { scale: 'percent', why: 'the header says "%"' };
  const numbers = layout.dataRows.map((r) => readNumber(layout.sheet.rows[r]?.[c.index] ?? '')).filter((n) => n.kind === 'number');
  if (numbers.length > 0 && numbers.every((n) => n.percent)) return { scale: 'percent', why: 'every number carries "%"' };
  return { scale: 'points', why: '' };
}

/** Points of an item from a percentage of its maximum. */
export const pointsOf = (percent: number, max: number): number => (percent * max) / 100;

function phrase(s: ColumnScale): string {
  if (s.into === 'percent') return s.scale === 'percent' ? 'in percent' : `in points of ${s.totalMax}, written as percent`;
  return s.scale === 'percent' ? `in percent of each item's maximum (${s.why}), written as points` : 'in points';
}

/**
 * The report's line on scales: each group of columns with what was assumed, e.g.
 * `C, D, E in percent of each item's maximum (every number carries "%"), written as points; F in points`.
 */
export function describeScales(scales: readonly ColumnScale[]): string {
  const groups = Map.groupBy(
    [...scales].sort((a, b) => a.column.index - b.column.index),
    phrase,
  );
  return [...groups].map(([text, cols]) => `${cols.map((s) => columnLetter(s.column.index)).join(', ')} ${text}`).join('; ');
}
