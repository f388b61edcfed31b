/**
 * The Pareto view of a unit's losses: items sorted by points lost with the cumulative share, and how
 * few items explain most of the loss ("7 of 94 sub-criteria = 80 % of the 12.4 points lost").
 */

/** What the Pareto analysis needs of an item. */
export interface LossItem {
  readonly item_code: string;
  readonly applicable: boolean;
  readonly lost_points: number | null;
}

export interface ParetoRow<T> {
  readonly item: T;
  readonly lost: number;
  /** Share of all points lost, this item and those before it (0–1). */
  readonly cumulative_share: number;
}

export interface Pareto<T> {
  /** Items that lost points, most first (ties by code). */
  readonly rows: ParetoRow<T>[];
  readonly totalLost: number;
  /** Applicable items with a known score: the "of 94" in the sentence. */
  readonly itemsScored: number;
  /** How many items (from the top) reach `threshold` of the loss; 0 when nothing was lost. */
  readonly cutCount: number;
  readonly threshold: number;
}

/** Rounds away floating noise so that 0.1 + 0.2 counts as 0.3 when comparing with a threshold. */
const clean = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The Pareto analysis of leaf items (pass leaves only, or points are counted twice). */
export function pareto<T extends LossItem>(items: readonly T[], threshold = 0.8): Pareto<T> {
  const scored = items.filter((i) => i.applicable && i.lost_points !== null);
  const losing = scored
    .filter((i) => (i.lost_points ?? 0) > 0)
    .sort((a, b) => (b.lost_points ?? 0) - (a.lost_points ?? 0) || a.item_code.localeCompare(b.item_code, 'en', { numeric: true }));
  const totalLost = clean(losing.reduce((sum, i) => sum + (i.lost_points ?? 0), 0));
  let running = 0;
  const rows = losing.map((item) => {
    running += item.lost_points ?? 0;
    return { item, lost: item.lost_points ?? 0, cumulative_share: totalLost > 0 ? clean(running / totalLost) : 0 };
  });
  const cut = rows.findIndex((r) => r.cumulative_share >= threshold);
  return { rows, totalLost, itemsScored: scored.length, cutCount: cut + 1, threshold };
}
