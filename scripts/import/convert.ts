/**
 * Turns a recognised table into the rows of a raw format the data build reads: long, wide (folded with
 * arquero) and appendix tables into scores-detail rows, rankings into published-ranking rows. Every
 * value keeps the place it was read from, so the build's errors can name it.
 */
import * as aq from 'arquero';
import type { Column, Layout } from './layout.ts';
import type { ItemMatcher } from './items.ts';
import { readNumber, readRank, writeNumber } from './numbers.ts';
import { type ColumnScale, pointsOf, type Scale, scaleOf } from './scales.ts';
import type { Meaning } from './synonyms.ts';
import { type CellValue, place } from './workbook.ts';

export type RawFormat = 'scores-detail' | 'published-ranking';

export const RAW_COLUMNS: Record<RawFormat, readonly string[]> = {
  'scores-detail': [
    'year',
    'unit_name',
    'item_code',
    'item_name',
    'max_points',
    'applicable',
    'self_score',
    'appraisal_r1',
    'final_score',
    'reason',
    'explanation',
    'proposed_score',
    'source_url',
  ],
  'published-ranking': ['year', 'unit_name', 'unit_level', 'score_pct', 'rank', 'rank_of', 'source_url'],
};

/** A row for a raw file: values by raw column, and the place each was read from. */
export interface OutRow {
  values: Record<string, string>;
  places: Record<string, string>;
  /** The place of the row itself (its unit or item cell). */
  at: string;
}

/** A cell that could not be read: `Sheet1!C14`, the value, why. */
export interface Problem {
  place: string;
  value: string;
  why: string;
}

export interface ConvertContext {
  /** The year from --year or the title; a year column wins over it. */
  year: number | null;
  items: ItemMatcher;
  /** The unit an appendix belongs to (--unit or its title, ./appendix-unit.ts), or why there is none. */
  unit: string | { why: string } | null;
}

export interface Converted {
  format: RawFormat;
  rows: OutRow[];
  problems: Problem[];
  assumptions: string[];
  /** The scale assumed for each score column read (points or percent), for the report. */
  scales: ColumnScale[];
}

class Converter {
  readonly rows: OutRow[] = [];
  readonly problems: Problem[] = [];
  readonly assumptions = new Set<string>();
  readonly scales = new Map<number, ColumnScale>();
  private readonly layout: Layout;
  private readonly ctx: ConvertContext;

  constructor(layout: Layout, ctx: ConvertContext) {
    this.layout = layout;
    this.ctx = ctx;
  }

  col(m: Meaning): Column | undefined {
    return this.layout.columns.find((c) => c.meaning === m);
  }

  cell(r: number, c: Column | undefined): CellValue {
    return c === undefined ? '' : (this.layout.sheet.rows[r]?.[c.index] ?? '');
  }

  where(r: number, c: Column): string {
    return place(this.layout.sheet, r, c.index);
  }

  problem(r: number, c: Column, why: string): void {
    this.problems.push({ place: this.where(r, c), value: String(this.cell(r, c)) || '(empty)', why });
  }

  /** Copies a text cell to `out` under `name`. */
  text(out: OutRow, name: string, r: number, m: Meaning): void {
    const c = this.col(m);
    const value = String(this.cell(r, c)).trim();
    if (!c || value === '') return;
    out.values[name] = value;
    out.places[name] = this.where(r, c);
  }

  /** The scale of a score column (once per column, kept for the report); `forced` for a column whose meaning is percent. */
  scale(c: Column, into: Scale, forced?: Scale): Scale {
    const known = this.scales.get(c.index);
    if (known) return known.scale;
    const found = forced ? { scale: forced, why: 'a percent column' } : scaleOf(this.layout, c);
    this.scales.set(c.index, { column: c, ...found, into, totalMax: this.totalMax() });
    return found.scale;
  }

  /**
   * Copies a number of points; "N/A" makes the item not applicable. In a percent column (./scales.ts) the
   * number is a percentage of `max` (the item's maximum) and is written as points.
   */
  points(out: OutRow, name: string, r: number, c: Column | undefined, max: number | null, forced?: Scale): void {
    if (!c) return;
    const n = readNumber(this.cell(r, c));
    out.places[name] = this.where(r, c);
    if (n.kind === 'bad') return this.problem(r, c, n.why);
    if (n.kind === 'not-applicable') out.values.applicable = 'Không';
    if (n.kind !== 'number') return;
    if (name === 'max_points') {
      if (n.percent) this.problem(r, c, 'is a percentage; a maximum is in points');
      else out.values[name] = writeNumber(n.value);
    } else if (this.scale(c, 'points', forced) === 'points') {
      if (n.percent)
        this.problem(r, c, "is a percentage, but the column's other numbers are points: write all in percent or all in points");
      else out.values[name] = writeNumber(n.value);
    } else if (max === null) this.problem(r, c, `is a percentage, but item ${out.values.item_code} has no maximum to take it of`);
    else out.values[name] = writeNumber(pointsOf(n.value, max));
  }

  /** The maximum a percentage of row `out` is taken of: its own max_points, else the framework's. */
  maxOf(out: OutRow): number | null {
    const own = out.values.max_points;
    return own !== undefined ? Number(own) : this.ctx.items.maxOf(out.values.item_code ?? '');
  }

  year(out: OutRow, r: number): void {
    const c = this.col('year');
    const n = c ? readNumber(this.cell(r, c)) : null;
    if (c && n?.kind === 'number' && Number.isInteger(n.value)) {
      out.values.year = String(n.value);
      out.places.year = this.where(r, c);
    } else if (c && n?.kind !== 'missing') this.problem(r, c, 'not a year');
    else if (this.ctx.year !== null) out.values.year = String(this.ctx.year);
    else this.problems.push({ place: out.at, value: '(no year)', why: 'no year in the row or the title: give --year' });
  }

  /** An item cell matched to the framework. */
  item(out: OutRow, r: number, c: Column): boolean {
    const written = String(this.cell(r, c)).trim();
    const code = this.ctx.items.match(written);
    if (code === null) {
      this.problem(r, c, this.ctx.items.explain(written));
      return false;
    }
    out.values.item_code = code;
    out.places.item_code = this.where(r, c);
    return true;
  }

  /** The framework's TOTAL maximum, for points written as a ranking's score (100 when not given). */
  totalMax = (): number => this.ctx.items.maxOf('TOTAL') ?? 100;

  row(r: number, key: Column): OutRow {
    return { values: {}, places: {}, at: this.where(r, key) };
  }
}

function long(cv: Converter, layout: Layout): void {
  const unit = cv.col('unit_name')!;
  const itemCol = cv.col('item_code') ?? cv.col('item_deducted')!;
  let above: { name: string; place: string } | null = null;
  let filled = 0;
  for (const r of layout.dataRows) {
    const out = cv.row(r, unit);
    cv.text(out, 'unit_name', r, 'unit_name');
    if (out.values.unit_name !== undefined) above = { name: out.values.unit_name, place: out.at };
    else if (above) {
      // A unit cell merged over its items' rows: only its first row holds the name.
      [out.values.unit_name, out.places.unit_name, out.at] = [above.name, above.place, above.place];
      filled++;
    }
    cv.year(out, r);
    if (!cv.item(out, r, itemCol)) continue;
    detailScores(cv, out, r);
    cv.rows.push(out);
  }
  if (filled > 0) cv.assumptions.add(`unit names filled down into ${filled} rows (cells merged over several rows)`);
}

function detailScores(cv: Converter, out: OutRow, r: number): void {
  cv.text(out, 'item_name', r, 'item_name');
  cv.text(out, 'reason', r, 'reason');
  cv.text(out, 'explanation', r, 'explanation');
  cv.text(out, 'source_url', r, 'source_url');
  cv.text(out, 'applicable', r, 'applicable');
  for (const m of ['max_points', 'self_score', 'appraisal_r1', 'final_score'] as const) cv.points(out, m, r, cv.col(m), cv.maxOf(out));
}

/** Wide: one column per item, folded to one row per unit and item (arquero's fold). */
function wide(cv: Converter, layout: Layout): void {
  const unit = cv.col('unit_name')!;
  const items = layout.columns.filter((c) => c.item);
  // The total, in points (or in percent when the header or the cells say so), else as the index in percent.
  const total = cv.col('total_points') ?? cv.col('final_score') ?? cv.col('score_pct');
  const byCode = new Map<string, Column>([...items.map((c) => [c.item!, c] as const), ...(total ? [['TOTAL', total] as const] : [])]);
  const table = aq.table({
    row: layout.dataRows,
    ...Object.fromEntries([...byCode].map(([code, c]) => [code, layout.dataRows.map((r) => cv.cell(r, c))])),
  });
  const folded = table.fold([...byCode.keys()], { as: ['item_code', 'value'] }).objects() as { row: number; item_code: string }[];
  for (const { row: r, item_code: code } of folded) {
    const out = cv.row(r, unit);
    cv.text(out, 'unit_name', r, 'unit_name');
    cv.year(out, r);
    out.values.item_code = code;
    const c = byCode.get(code)!;
    cv.points(out, 'final_score', r, c, cv.maxOf(out), c.meaning === 'score_pct' ? 'percent' : undefined);
    cv.rows.push(out);
  }
  cv.assumptions.add(`${byCode.size} item columns folded to one row per unit and item, read as final scores`);
}

function ranking(cv: Converter, layout: Layout): void {
  const unit = cv.col('unit_name')!;
  const pct = cv.col('score_pct');
  const points = cv.col('total_points') ?? cv.col('final_score');
  const max = cv.totalMax();
  for (const r of layout.dataRows) {
    const out = cv.row(r, unit);
    cv.text(out, 'unit_name', r, 'unit_name');
    cv.year(out, r);
    const c = pct ?? points;
    const n = c ? readNumber(cv.cell(r, c)) : null;
    if (c && n?.kind === 'number') {
      const asPercent = cv.scale(c, 'percent', c === pct ? 'percent' : undefined) === 'percent';
      out.places.score_pct = cv.where(r, c);
      if (!asPercent && n.percent)
        cv.problem(r, c, "is a percentage, but the column's other numbers are points: write all in percent or all in points");
      else out.values.score_pct = writeNumber(asPercent ? n.value : (100 * n.value) / max);
    } else if (c && n?.kind === 'bad') cv.problem(r, c, n.why);
    const rc = cv.col('rank');
    const rank = rc ? readRank(cv.cell(r, rc)) : null;
    if (rc && typeof rank === 'string') cv.problem(r, rc, rank);
    else if (rc && rank !== null && typeof rank !== 'string') {
      out.values.rank = String(rank.rank);
      out.places.rank = out.places.rank_of = cv.where(r, rc);
      if (rank.of !== null) out.values.rank_of = String(rank.of);
    }
    cv.rows.push(out);
  }
  if (cv.col('group')) cv.assumptions.add('group column not imported (the build derives groups from the thresholds)');
}

function appendix(cv: Converter, layout: Layout, unit: ConvertContext['unit']): void {
  const item = cv.col('item_deducted')!;
  if (typeof unit !== 'string') {
    const why = unit?.why ?? 'an explanation appendix is about one unit: give --unit <unit_id or name>';
    cv.problems.push({ place: `${layout.sheet.name}!A1`, value: '(no unit)', why });
    return;
  }
  for (const r of layout.dataRows) {
    const out = cv.row(r, item);
    out.values.unit_name = unit;
    cv.year(out, r);
    if (!cv.item(out, r, item)) continue;
    detailScores(cv, out, r);
    // The score asked for in round 2 (scores.proposed_score); the data build requires its explanation.
    cv.points(out, 'proposed_score', r, cv.col('proposed_score'), cv.maxOf(out));
    cv.rows.push(out);
  }
  cv.assumptions.add('round-1 appendix: final scores left empty until the decision');
}

/** Converts a recognised table into raw rows, with the problems, assumptions and scales met on the way. */
export function convert(layout: Layout, ctx: ConvertContext): Converted {
  const cv = new Converter(layout, ctx);
  if (layout.kind === 'long') long(cv, layout);
  else if (layout.kind === 'wide') wide(cv, layout);
  else if (layout.kind === 'ranking') ranking(cv, layout);
  else appendix(cv, layout, ctx.unit);
  return {
    format: layout.kind === 'ranking' ? 'published-ranking' : 'scores-detail',
    rows: cv.rows,
    problems: cv.problems,
    assumptions: [...cv.assumptions],
    scales: [...cv.scales.values()],
  };
}
