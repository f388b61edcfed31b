/**
 * The sub-criteria whose points changed most between two years of an index, per unit (the detail under
 * a rank change's waterfall). Only within one framework: across a framework change a code's maximum
 * and meaning may differ, and the domain waterfall already says so.
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';

export interface ItemChangeRow {
  unit_id: string;
  item_code: string;
  domain_code: string | null;
  name_vi: string;
  name_en: string;
  max_points: number | null;
  from_score: number;
  to_score: number;
  /** Points gained (negative: lost), rounded to 1e-6 so float noise never orders the rows. */
  change: number;
}

const SQL = `
  WITH y AS (
    SELECT a.framework_id FROM index_years a JOIN index_years b ON b.index_id = a.index_id AND b.framework_id = a.framework_id
    WHERE a.index_id = $index AND a.year = $to AND b.year = $from),
  a AS (SELECT unit_id, item_code, final_score FROM scores WHERE index_id = $index AND year = $from AND item_level = 'sub_criterion'),
  b AS (SELECT unit_id, item_code, final_score, max_points FROM scores WHERE index_id = $index AND year = $to AND item_level = 'sub_criterion')
  SELECT b.unit_id, b.item_code, f.domain_code, f.name_vi, f.name_en, b.max_points,
         a.final_score AS from_score, b.final_score AS to_score, round(b.final_score - a.final_score, 6) AS change
  FROM b JOIN a USING (unit_id, item_code)
  JOIN y ON TRUE
  JOIN framework_items f ON f.framework_id = y.framework_id AND f.item_code = b.item_code
  WHERE round(b.final_score - a.final_score, 6) <> 0 AND ($unit = '' OR b.unit_id = $unit)
  QUALIFY row_number() OVER (PARTITION BY b.unit_id ORDER BY abs(change) DESC, b.item_code) <= $limit
  ORDER BY b.unit_id, abs(change) DESC, b.item_code`;

/** Up to `limit` sub-criteria per unit (all units when `unitId` is ''), largest change first; none across a framework change. */
export function itemChanges(
  db: Db,
  p: { indexId: string; from: number; to: number; unitId?: string; limit?: number },
): Promise<ItemChangeRow[]> {
  return db.all<ItemChangeRow>(...named(SQL, { index: p.indexId, from: p.from, to: p.to, unit: p.unitId ?? '', limit: p.limit ?? 5 }));
}
