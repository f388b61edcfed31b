/** The computation behind the slope chart: each unit's change between two years and its direction. */

/** One unit's value in the two years (a rank, or a score in percent); null where it has none. */
export interface SlopeRow {
  readonly unit_id: string;
  readonly label: string;
  readonly from: number | null;
  readonly to: number | null;
  /**
   * False when the two values must not be compared (for ranks: the rank-change rule of
   * src/queries/rank-change.ts found a reason, e.g. rankings of different sizes). The unit is then
   * neither a riser nor a faller, and no line joins its two values. Compared when omitted.
   */
  readonly comparable?: boolean;
  /** Scores in percent in the two years, for the tooltips of a rank chart. */
  readonly fromScore?: number | null;
  readonly toScore?: number | null;
}

/** What the values are: a rank (1 is best) or a score in percent (higher is better). */
export type SlopeMeasure = 'rank' | 'pct';

/** rise and fall are improvements and declines; partial means one of the two years is missing or they are not comparable. */
export type Direction = 'rise' | 'fall' | 'same' | 'partial';

export interface SlopeItem extends SlopeRow {
  /** Improvement: places gained for a rank (from − to), points gained for a score (to − from). */
  readonly change: number | null;
  readonly direction: Direction;
}

/** Scores are published to 2 decimals: a smaller difference is rounding, not change. */
const SAME_PCT = 0.005;

/** Improvement between the two years, positive when the unit did better. */
export function improvement(measure: SlopeMeasure, from: number | null, to: number | null): number | null {
  if (from === null || to === null) return null;
  return measure === 'rank' ? from - to : to - from;
}

function directionOf(measure: SlopeMeasure, change: number | null): Direction {
  if (change === null) return 'partial';
  const same = measure === 'rank' ? change === 0 : Math.abs(change) < SAME_PCT;
  if (same) return 'same';
  return change > 0 ? 'rise' : 'fall';
}

/** Best first in the later year, units without it last; the order of the data table. */
function byOutcome(measure: SlopeMeasure) {
  const key = (v: number | null) => (v === null ? Infinity : measure === 'rank' ? v : -v);
  return (a: SlopeItem, b: SlopeItem) => key(a.to) - key(b.to) || key(a.from) - key(b.from) || (a.unit_id < b.unit_id ? -1 : 1);
}

/** Items with their change and direction; rows with neither value are dropped. */
export function slopeItems(rows: readonly SlopeRow[], measure: SlopeMeasure): SlopeItem[] {
  return rows
    .filter((r) => r.from !== null || r.to !== null)
    .map((r) => {
      const change = r.comparable === false ? null : improvement(measure, r.from, r.to);
      return { ...r, change, direction: directionOf(measure, change) };
    })
    .sort(byOutcome(measure));
}

/** How many units rose, fell and stayed. */
export function countDirections(items: readonly SlopeItem[]): Record<Direction, number> {
  const counts: Record<Direction, number> = { rise: 0, fall: 0, same: 0, partial: 0 };
  for (const item of items) counts[item.direction] += 1;
  return counts;
}
