/** The computation behind the bump chart, separate from its rendering. */
import { groupBy, withGaps, yearsOf } from './series.ts';

/** One unit's rank in one year; rank null (or no row) where it was not ranked. */
export interface BumpRow {
  readonly unit_id: string;
  readonly label: string;
  readonly year: number;
  readonly rank: number | null;
  /** Score in percent, for the point's tooltip (the line follows the rank). */
  readonly score?: number | null;
  /** Places gained since the previous year, for the tooltip; null where not comparable. */
  readonly change?: number | null;
}

/** A point of a unit's line; rank null breaks the line. */
export interface BumpPoint {
  readonly unit_id: string;
  readonly year: number;
  readonly rank: number | null;
}

/** One unit's line: dense over the years between its first and last rank. */
export interface BumpSeries {
  readonly unit_id: string;
  readonly label: string;
  readonly points: readonly BumpPoint[];
  readonly first: BumpPoint;
  readonly last: BumpPoint;
  /** Rank per year, for the data table. */
  readonly ranks: ReadonlyMap<number, number>;
}

/** Every year of the rows, every unit's line, and the lowest rank. */
export interface BumpData {
  readonly years: readonly number[];
  readonly series: readonly BumpSeries[];
  readonly maxRank: number;
}

function toSeries(unitId: string, rows: readonly BumpRow[], years: readonly number[]): BumpSeries | null {
  const dense = withGaps(
    rows.map((r) => ({ year: r.year, value: r.rank })),
    years,
  );
  const points = dense.map((p) => ({ unit_id: unitId, year: p.year, rank: p.value }));
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) return null;
  const ranks = new Map(points.filter((p) => p.rank !== null).map((p) => [p.year, p.rank ?? 0]));
  return { unit_id: unitId, label: rows.at(-1)?.label ?? unitId, points, first, last, ranks };
}

/** Latest year first, then best rank in it: the order of labels, the table and drawing. */
function byFinish(a: BumpSeries, b: BumpSeries): number {
  return b.last.year - a.last.year || (a.last.rank ?? 0) - (b.last.rank ?? 0) || (a.unit_id < b.unit_id ? -1 : 1);
}

/** Groups rows into lines; units never ranked are left out. */
export function bumpData(rows: readonly BumpRow[]): BumpData {
  const years = yearsOf(rows.filter((r) => r.rank !== null));
  const series: BumpSeries[] = [];
  for (const [unitId, unitRows] of groupBy(rows, (r) => r.unit_id)) {
    const s = toSeries(
      unitId,
      [...unitRows].sort((a, b) => a.year - b.year),
      years,
    );
    if (s) series.push(s);
  }
  const maxRank = Math.max(1, ...rows.map((r) => r.rank ?? 1));
  return { years, series: series.sort(byFinish), maxRank };
}
