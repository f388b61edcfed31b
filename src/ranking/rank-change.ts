/**
 * Places gained since the previous year, for rows of a rank history (the bump chart's tooltips), by the
 * rule of the ranking table (src/queries/ranking.ts; keep the two in step): the same unit id in the
 * index's previous year, ranked in both years among as many units. A merged unit has a new id, so its
 * series starts afresh; 18th of 20 and 1st of 14 are not "17 places up".
 */

/** What the rule reads of a row. */
export interface RankedRow {
  readonly unit_id: string;
  readonly year: number;
  readonly rank: number | null;
  readonly rank_of: number | null;
}

/** The change of each (unit, year), keyed `unit_id|year`; null where there is no comparable previous rank. */
export function placesGained(rows: readonly RankedRow[]): Map<string, number | null> {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const previousYear = new Map(years.map((y, i) => [y, years[i - 1]]));
  const byKey = new Map(rows.map((r) => [`${r.unit_id}|${r.year}`, r]));
  const out = new Map<string, number | null>();
  for (const r of rows) {
    const prev = byKey.get(`${r.unit_id}|${previousYear.get(r.year)}`);
    const before = prev?.rank ?? null;
    const comparable = before !== null && r.rank !== null && prev?.rank_of === r.rank_of;
    out.set(`${r.unit_id}|${r.year}`, comparable ? before - r.rank : null);
  }
  return out;
}
