/**
 * "What would it take": the items in which a unit lost the most points in a year, by the appraisal
 * council's deductions. Leaf items only (an item no other item of the framework hangs from), applicable,
 * appraised (survey results are not won back by a document), with the reason given.
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';

export interface RecoverableItem {
  unit_id: string;
  item_code: string;
  name_vi: string;
  name_en: string;
  max_points: number;
  lost_points: number;
  reason_vi: string | null;
}

const SQL = `
  SELECT s.unit_id, s.item_code, f.name_vi, f.name_en, s.max_points, s.lost_points, s.reason_vi
  FROM scores s
  JOIN index_years y ON y.index_id = s.index_id AND y.year = s.year
  JOIN framework_items f ON f.framework_id = y.framework_id AND f.item_code = s.item_code
  WHERE s.index_id = $index AND s.year = $year AND s.applicable AND s.lost_points > 0
    AND s.item_level IN ('criterion', 'sub_criterion') AND f.kind <> 'survey'
    AND NOT EXISTS (SELECT 1 FROM framework_items c WHERE c.framework_id = f.framework_id AND c.parent_code = f.item_code)
    AND ($unit = '' OR s.unit_id = $unit)
  QUALIFY row_number() OVER (PARTITION BY s.unit_id ORDER BY s.lost_points DESC, s.item_code) <= $limit
  ORDER BY s.unit_id, s.lost_points DESC, s.item_code`;

/** Up to `limit` items per unit (every unit when `unitId` is ''), most points lost first. */
export function recoverableItems(
  db: Db,
  p: { indexId: string; year: number; unitId?: string; limit?: number },
): Promise<RecoverableItem[]> {
  return db.all<RecoverableItem>(...named(SQL, { index: p.indexId, year: p.year, unit: p.unitId ?? '', limit: p.limit ?? 3 }));
}
