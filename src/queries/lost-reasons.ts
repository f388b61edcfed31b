/**
 * The kinds of deduction behind the points lost in an index-year: points lost per reason category
 * (classified by the data build from the council's free-text reasons) with the most frequent examples.
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';

export interface ReasonCategoryLoss {
  /** A category id, or '' for lost points that carry no reason at all. */
  category_id: string;
  name_vi: string | null;
  name_en: string | null;
  lost_points: number;
  /** lost_points / all points lost on the leaves of the index-year (0–1). */
  share: number;
  deductions: number;
  units: number;
  /** The most frequent reasons of the category, up to three. */
  examples: string[];
}

/** Leaf items only (sub-criteria, or criteria with no sub-criteria), so no point is counted twice. */
const SQL = `
  WITH leaves AS (
    SELECT s.* FROM scores s
    WHERE s.index_id = $index AND s.year = $year AND s.item_level IN ('criterion', 'sub_criterion') AND s.lost_points > 0
      AND ($domain = '' OR s.domain_code = $domain)
      AND NOT EXISTS (
        SELECT 1 FROM index_years y JOIN framework_items c ON c.framework_id = y.framework_id
        WHERE y.index_id = s.index_id AND y.year = s.year AND c.parent_code = s.item_code)),
  total AS (SELECT sum(lost_points) AS all_lost FROM leaves),
  ex AS (
    SELECT coalesce(reason_category, '') AS category_id, reason_vi, count(*) AS n FROM leaves
    WHERE reason_vi IS NOT NULL GROUP BY ALL),
  examples AS (
    SELECT category_id, list(reason_vi ORDER BY n DESC, reason_vi)[1:3] AS examples FROM ex GROUP BY ALL)
  SELECT coalesce(l.reason_category, '') AS category_id, c.name_vi, c.name_en,
         round(sum(l.lost_points), 6) AS lost_points, sum(l.lost_points) / any_value(t.all_lost) AS share,
         count(*) AS deductions, count(DISTINCT l.unit_id) AS units, coalesce(any_value(e.examples), []) AS examples
  FROM leaves l CROSS JOIN total t
  LEFT JOIN reason_categories c ON c.category_id = l.reason_category
  LEFT JOIN examples e ON e.category_id = coalesce(l.reason_category, '')
  GROUP BY ALL
  ORDER BY lost_points DESC, category_id`;

/** Points lost per kind of deduction, most first. */
export function lostByReason(db: Db, p: { indexId: string; year: number; domain: string }): Promise<ReasonCategoryLoss[]> {
  return db.all<ReasonCategoryLoss>(...named(SQL, { index: p.indexId, year: p.year, domain: p.domain }));
}
