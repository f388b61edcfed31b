/**
 * Who improved or fell most in a series (the total, a domain or a sub-criterion) between two years,
 * and the compact trend mark of a unit's recent years. Pure functions of the trend rows: the same at
 * build time and in the browser. Two years are compared only where nothing breaks the series between
 * them (a framework change that re-weighted or redefined it, a missing year, the unit's own
 * reorganisation); otherwise the answer says why.
 */

/** A unit's value in a series and year, and whether the series breaks before that year. */
export interface MoverInput {
  readonly series: string;
  readonly year: number;
  readonly unit_id: string;
  readonly pct: number | null;
  readonly break_reason: string | null;
}

export interface Mover {
  readonly unit_id: string;
  readonly from: number;
  readonly to: number;
  /** to − from, in percentage points. */
  readonly change: number;
}

/** The comparison of one series between two years. */
export type SeriesMovers =
  | { readonly comparable: true; readonly improved: Mover[]; readonly deteriorated: Mover[]; readonly compared: number }
  /** `year`: the first year after `from` where the series breaks, and why. */
  | { readonly comparable: false; readonly year: number; readonly reason: string };

/**
 * The series' first break after `from` up to `to` (from the series' own breaks, `seriesBreaks`:
 * year → reason), or null when the two years can be compared.
 */
export function firstBreak(seriesBreaks: ReadonlyMap<number, string>, from: number, to: number): { year: number; reason: string } | null {
  const years = [...seriesBreaks.keys()].filter((y) => y > from && y <= to).sort((a, b) => a - b);
  const year = years[0];
  return year === undefined ? null : { year, reason: seriesBreaks.get(year) ?? 'framework' };
}

/**
 * The `limit` units that rose most and fell most between `from` and `to`. A unit counts only with a
 * value in both years and no break of its own in between (e.g. it absorbed another unit). Ties keep
 * the order of unit ids.
 */
export function seriesMovers(
  rows: readonly MoverInput[],
  seriesBreaks: ReadonlyMap<number, string>,
  from: number,
  to: number,
  limit = 3,
): SeriesMovers {
  const broken = firstBreak(seriesBreaks, from, to);
  if (broken) return { comparable: false, ...broken };
  const byUnit = new Map<string, MoverInput[]>();
  for (const r of rows) byUnit.set(r.unit_id, [...(byUnit.get(r.unit_id) ?? []), r]);
  const movers: Mover[] = [];
  for (const [unit_id, list] of [...byUnit].sort(([a], [b]) => a.localeCompare(b))) {
    const a = list.find((r) => r.year === from)?.pct ?? null;
    const b = list.find((r) => r.year === to)?.pct ?? null;
    const ownBreak = list.some((r) => r.year > from && r.year <= to && r.break_reason !== null);
    if (a !== null && b !== null && !ownBreak) movers.push({ unit_id, from: a, to: b, change: Math.round((b - a) * 100) / 100 });
  }
  const improved = movers
    .filter((m) => m.change > 0)
    .sort((x, y) => y.change - x.change)
    .slice(0, limit);
  const deteriorated = movers
    .filter((m) => m.change < 0)
    .sort((x, y) => x.change - y.change)
    .slice(0, limit);
  return { comparable: true, improved, deteriorated, compared: movers.length };
}

/** The compact trend marks: ↑↑↑ rising three years running, ↓↓↓ falling three, ↘ falling after rising, ↗ rising after falling. */
export type TrendMark = 'rising3' | 'falling3' | 'fallAfterRise' | 'riseAfterFall';

/** The glyph of each mark. */
export const MARK_GLYPHS: Readonly<Record<TrendMark, string>> = { rising3: '↑↑↑', falling3: '↓↓↓', fallAfterRise: '↘', riseAfterFall: '↗' };

/**
 * The mark of a unit's series up to `to`: the last joined run of yearly values (consecutive years
 * of `years`, no break, no missing value) ending in `to`. Three rises in a row is ↑↑↑ (four years
 * needed), three falls ↓↓↓; otherwise a fall in `to` after a rise the year before is ↘, and the
 * opposite ↗. No mark when the run is too short or the last change is zero.
 */
export function trendMark(
  points: readonly { year: number; value: number | null; break: string | null }[],
  years: readonly number[],
  to: number,
): TrendMark | null {
  const byYear = new Map(points.map((p) => [p.year, p]));
  const run: number[] = [];
  const sorted = years.filter((y) => y <= to).sort((a, b) => b - a);
  for (const year of sorted) {
    const p = byYear.get(year);
    if (!p || p.value === null) break;
    run.unshift(p.value);
    if (p.break !== null) break;
  }
  const steps = run.slice(1).map((v, i) => Math.sign(Math.round((v - (run[i] ?? v)) * 100)));
  const last = steps.slice(-3);
  if (last.length === 3 && last.every((s) => s > 0)) return 'rising3';
  if (last.length === 3 && last.every((s) => s < 0)) return 'falling3';
  const [before, now] = steps.slice(-2);
  if (before === 1 && now === -1) return 'fallAfterRise';
  if (before === -1 && now === 1) return 'riseAfterFall';
  return null;
}
