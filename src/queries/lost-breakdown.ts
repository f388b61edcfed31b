/**
 * Where one unit lost points in one index-year: every domain, criterion and sub-criterion of the
 * framework in force, with each stage of the score, the points lost and the appraisal council's reason.
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';

export interface BreakdownRow {
  item_code: string;
  parent_code: string | null;
  item_level: 'total' | 'domain' | 'criterion' | 'sub_criterion';
  domain_code: string | null;
  name_vi: string;
  name_en: string;
  kind: string;
  /** False where the item does not apply to the unit: shown as N/A, never as 0 or as lost. */
  applicable: boolean;
  /** The framework's maximum of the item (also for N/A items, which leave the unit's maximum). */
  framework_max: number | null;
  /** The unit's applicable maximum. */
  max_points: number | null;
  self_score: number | null;
  appraisal_r1: number | null;
  /** The score the unit asked for in its round-2 explanation (NULL where it asked none). */
  proposed_score: number | null;
  final_score: number | null;
  lost_points: number | null;
  pct_of_max: number | null;
  reason_vi: string | null;
  explanation_vi: string | null;
  reason_category: string | null;
  /** Points the explanation of round 2 recovered (final − round 1), where both are known and it is positive. */
  recovered_points: number | null;
  /** Points claimed in self-assessment and not granted (self − final), appraisal items only. */
  cut_points: number | null;
  /** Order of the item in the framework's tree (domain, criterion, sub-criterion). */
  tree_order: number[];
  /** Who answers for the item (data/reference owners: assigned or inherited); NULL where nobody is named. */
  owner_id: string | null;
  owner_name_vi: string | null;
  owner_name_en: string | null;
}

/** Items of the year's framework with the unit's row (if any); components are left out (they split the total by source). */
const SQL = `
  WITH y AS (SELECT framework_id FROM index_years WHERE index_id = $index AND year = $year),
  f AS (
    SELECT f.*, p.sort_order AS p_sort, p.parent_code AS g_code FROM framework_items f
    JOIN y USING (framework_id)
    LEFT JOIN framework_items p ON p.framework_id = f.framework_id AND p.item_code = f.parent_code
    WHERE f.item_level <> 'component'),
  tree AS (
    SELECT f.*, g.sort_order AS g_sort FROM f
    LEFT JOIN framework_items g ON g.framework_id = f.framework_id AND g.item_code = f.g_code)
  SELECT t.item_code, t.parent_code, t.item_level, t.domain_code, t.name_vi, t.name_en, t.kind,
         coalesce(s.applicable, TRUE) AS applicable, t.max_points AS framework_max,
         s.max_points, s.self_score, s.appraisal_r1, s.proposed_score, s.final_score, s.lost_points, s.pct_of_max,
         s.reason_vi, s.explanation_vi, s.reason_category,
         CASE WHEN s.final_score > s.appraisal_r1 THEN round(s.final_score - s.appraisal_r1, 6) END AS recovered_points,
         CASE WHEN t.kind <> 'survey' AND s.self_score IS NOT NULL AND s.appraisal_final IS NOT NULL
              THEN round(s.self_score - s.appraisal_final, 6) END AS cut_points,
         CASE t.item_level
           WHEN 'total' THEN [0, 0, 0]
           WHEN 'domain' THEN [t.sort_order, 0, 0]
           WHEN 'criterion' THEN [t.p_sort, t.sort_order, 0]
           ELSE [t.g_sort, t.p_sort, t.sort_order] END AS tree_order,
         io.owner_id, w.name_vi AS owner_name_vi, w.name_en AS owner_name_en
  FROM tree t
  LEFT JOIN scores s ON s.index_id = $index AND s.year = $year AND s.unit_id = $unit AND s.item_code = t.item_code
  LEFT JOIN item_owners io ON io.index_id = $index AND io.framework_id = t.framework_id AND io.item_code = t.item_code
  LEFT JOIN owners w ON w.index_id = $index AND w.owner_id = io.owner_id
  ORDER BY tree_order, t.item_code`;

/** The unit's tree for the year, in framework order; empty when the index has no such year. */
export function lostBreakdown(db: Db, p: { indexId: string; year: number; unitId: string }): Promise<BreakdownRow[]> {
  return db.all<BreakdownRow>(...named(SQL, { index: p.indexId, year: p.year, unit: p.unitId }));
}

/** Years in which the unit has item-level detail (sub-criteria or criteria) in the index, oldest first. */
const DETAIL_YEARS = `
  SELECT DISTINCT year FROM scores
  WHERE index_id = $index AND unit_id = $unit AND item_level IN ('criterion', 'sub_criterion')
  ORDER BY year`;

/** The years a lost-points breakdown exists for. */
export async function detailYears(db: Db, p: { indexId: string; unitId: string }): Promise<number[]> {
  return (await db.all<{ year: number }>(...named(DETAIL_YEARS, { index: p.indexId, unit: p.unitId }))).map((r) => r.year);
}
