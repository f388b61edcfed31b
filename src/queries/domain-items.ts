/**
 * The second level of a rank change's waterfall: the change of each item hanging directly from a
 * domain (criteria, or sub-criteria where the framework has no criteria), between two years of an
 * index, so a domain's bar can be opened into the bars that make it up. Only within one framework (a
 * code's meaning and maximum may differ across a change, and the crosswalk links domains only), and
 * only where the index has detail. Items that did not change are left out: they add nothing to the sum.
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';

export interface DomainItemRow {
  unit_id: string;
  domain_code: string;
  item_code: string;
  name_vi: string;
  name_en: string;
  from_score: number;
  to_score: number;
  /** Points gained (negative: lost), rounded to 1e-6 so float noise never shows as a change. */
  change: number;
}

const SQL = `
  WITH fw AS (
    SELECT a.framework_id FROM index_years a JOIN index_years b ON b.index_id = a.index_id AND b.framework_id = a.framework_id
    WHERE a.index_id = $index AND a.year = $to AND b.year = $from),
  kids AS (
    SELECT f.item_code, f.parent_code AS domain_code, f.name_vi, f.name_en, f.sort_order
    FROM framework_items f JOIN fw USING (framework_id)
    JOIN framework_items d ON d.framework_id = f.framework_id AND d.item_code = f.parent_code AND d.item_level = 'domain'),
  a AS (SELECT unit_id, item_code, final_score FROM scores WHERE index_id = $index AND year = $from AND final_score IS NOT NULL),
  b AS (SELECT unit_id, item_code, final_score FROM scores WHERE index_id = $index AND year = $to AND final_score IS NOT NULL)
  SELECT b.unit_id, k.domain_code, k.item_code, k.name_vi, k.name_en,
         a.final_score AS from_score, b.final_score AS to_score, round(b.final_score - a.final_score, 6) AS change
  FROM kids k JOIN b USING (item_code) JOIN a USING (unit_id, item_code)
  WHERE round(b.final_score - a.final_score, 6) <> 0 AND ($unit = '' OR b.unit_id = $unit)
  ORDER BY b.unit_id, k.domain_code, k.sort_order, k.item_code`;

/** The changed items under each domain, per unit (every unit when `unitId` is ''); none across a framework change. */
export function domainItemChanges(db: Db, p: { indexId: string; from: number; to: number; unitId?: string }): Promise<DomainItemRow[]> {
  return db.all<DomainItemRow>(...named(SQL, { index: p.indexId, from: p.from, to: p.to, unit: p.unitId ?? '' }));
}
