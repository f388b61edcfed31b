/**
 * The grid of the lost-points heat table: units × items, both sorted by points lost, and the colour
 * bin of each cell. Not applicable (N/A) and unknown (NULL) cells get bins of their own, so neither
 * can pass for "lost nothing" or for "lost everything".
 */

/** One unit × item cell (the query's HotspotCell, with the names the caller chose for the locale). */
export interface HeatCell {
  readonly unit_id: string;
  readonly unit_label: string;
  readonly item_code: string;
  readonly item_label: string;
  /** False: the item does not apply to the unit and leaves its maximum. */
  readonly applicable: boolean;
  readonly max_points: number | null;
  readonly final_score: number | null;
  readonly lost_points: number | null;
  /** Points lost / applicable maximum, 0–1; null when unknown or N/A. */
  readonly lost_share: number | null;
  readonly reason_vi: string | null;
}

/** Upper bounds (inclusive) of the bins heat-1 … heat-5; heat-0 is exactly nothing lost. */
export const HEAT_BOUNDS: readonly number[] = [0.1, 0.25, 0.5, 0.75, 1];

/**
 * The CSS class of a cell: `heat-na` when the item does not apply, `heat-unknown` when the share is
 * unknown, `heat-0` for nothing lost, then `heat-1` (0–10 %], `heat-2` (10–25 %], `heat-3` (25–50 %],
 * `heat-4` (50–75 %], `heat-5` (75–100 %] of the applicable maximum lost.
 */
export function heatBin(share: number | null, applicable: boolean): string {
  if (!applicable) return 'heat-na';
  if (share === null || !Number.isFinite(share)) return 'heat-unknown';
  // Shares come from a division: 0.07 / 0.7 is 0.10000000000000002. Compare at 1e-9 so a share on a
  // bound falls in the bin the legend gives it.
  const s = Math.round(share * 1e9) / 1e9;
  if (s <= 0) return 'heat-0';
  const i = HEAT_BOUNDS.findIndex((bound) => s <= bound);
  return `heat-${i === -1 ? HEAT_BOUNDS.length : i + 1}`;
}

/** A row or column of the grid with the points lost on it. */
export interface HeatAxisEntry {
  readonly id: string;
  readonly label: string;
  readonly lost: number;
}

/** The grid: units (rows) and items (columns) by points lost, most first, and a cell lookup. */
export interface HeatGrid {
  readonly units: readonly HeatAxisEntry[];
  readonly items: readonly HeatAxisEntry[];
  readonly cell: (unitId: string, itemCode: string) => HeatCell | undefined;
}

const lostOf = (c: HeatCell) => (c.applicable && c.lost_points !== null && Number.isFinite(c.lost_points) ? c.lost_points : 0);

function totals(cells: readonly HeatCell[], key: (c: HeatCell) => string, label: (c: HeatCell) => string): Map<string, HeatAxisEntry> {
  const out = new Map<string, HeatAxisEntry>();
  for (const c of cells) {
    const id = key(c);
    const prev = out.get(id);
    out.set(id, { id, label: prev?.label ?? label(c), lost: (prev?.lost ?? 0) + lostOf(c) });
  }
  return out;
}

const byCode = new Intl.Collator('en', { numeric: true }).compare;

/** Sorts units by points lost (ties by name, Vietnamese order) and items by points lost (ties by code, D1.10 after D1.9). */
export function heatGrid(cells: readonly HeatCell[], compareNames: (a: string, b: string) => number): HeatGrid {
  const round = (x: number) => Math.round(x * 1e6);
  const units = [
    ...totals(
      cells,
      (c) => c.unit_id,
      (c) => c.unit_label,
    ).values(),
  ].sort((a, b) => round(b.lost) - round(a.lost) || compareNames(a.label, b.label));
  const items = [
    ...totals(
      cells,
      (c) => c.item_code,
      (c) => c.item_label,
    ).values(),
  ].sort((a, b) => round(b.lost) - round(a.lost) || byCode(a.id, b.id));
  const index = new Map(cells.map((c) => [`${c.unit_id}\u0000${c.item_code}`, c]));
  return { units, items, cell: (unitId, itemCode) => index.get(`${unitId}\u0000${itemCode}`) };
}
