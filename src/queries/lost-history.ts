/**
 * One unit's points lost per item across every year it has detail in an index: what year-over-year
 * status (recovered, newly lost, lost again) is computed from. Only the unit's own series: a unit
 * formed by a merger has a new id and no earlier years, never its predecessors'.
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';

export interface ItemYearRow {
  year: number;
  framework_id: string;
  item_code: string;
  item_level: string;
  applicable: boolean;
  lost_points: number | null;
}

/** Every item of each year's framework (criteria and sub-criteria) for the years the unit has detail. */
const SQL = `
  WITH years AS (
    SELECT DISTINCT s.year, y.framework_id FROM scores s
    JOIN index_years y ON y.index_id = s.index_id AND y.year = s.year
    WHERE s.index_id = $index AND s.unit_id = $unit AND s.item_level IN ('criterion', 'sub_criterion'))
  SELECT ys.year, ys.framework_id, f.item_code, f.item_level,
         coalesce(s.applicable, TRUE) AS applicable, s.lost_points
  FROM years ys
  JOIN framework_items f ON f.framework_id = ys.framework_id AND f.item_level IN ('domain', 'criterion', 'sub_criterion')
  LEFT JOIN scores s ON s.index_id = $index AND s.year = ys.year AND s.unit_id = $unit AND s.item_code = f.item_code
  ORDER BY ys.year, f.item_code`;

/** The unit's item rows, oldest year first. */
export function lostHistory(db: Db, p: { indexId: string; unitId: string }): Promise<ItemYearRow[]> {
  return db.all<ItemYearRow>(...named(SQL, { index: p.indexId, unit: p.unitId }));
}
