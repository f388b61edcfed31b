/**
 * Self-assessed against appraised: the points each unit claimed and the appraisal council did not
 * grant, where appraisers cut most often, and how the gap moved over the years. Appraisal items only:
 * survey points are not self-assessed.
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';

export interface UnitClaimRow {
  unit_id: string;
  name_vi: string;
  name_en: string | null;
  /** Self-assessed points over the self-assessed items, survey items excepted (the TOTAL row's self_score). */
  self_score: number;
  /** Points after the appraisal (final, after round 2), same items. */
  appraised: number;
  /** Round-1 appraisal, same items, where known. */
  appraisal_r1: number | null;
  /** self − appraised. */
  cut: number;
  /** cut as a percentage of the self-assessed points. */
  cut_pct: number | null;
}

const UNITS = `
  SELECT s.unit_id, u.name_vi, u.name_en, s.self_score, s.appraisal_final AS appraised, s.appraisal_r1,
         round(s.self_score - s.appraisal_final, 6) AS cut,
         CASE WHEN s.self_score > 0 THEN 100 * (s.self_score - s.appraisal_final) / s.self_score END AS cut_pct
  FROM scores s JOIN units u USING (unit_id)
  WHERE s.index_id = $index AND s.year = $year AND s.item_code = 'TOTAL'
    AND s.self_score IS NOT NULL AND s.appraisal_final IS NOT NULL
  ORDER BY cut DESC, u.name_vi, s.unit_id`;

/** Units with both stages, largest cut first. */
export function unitClaims(db: Db, p: { indexId: string; year: number }): Promise<UnitClaimRow[]> {
  return db.all<UnitClaimRow>(...named(UNITS, { index: p.indexId, year: p.year }));
}

export interface ItemCutRow {
  item_code: string;
  name_vi: string;
  name_en: string;
  units_assessed: number;
  /** Units whose self-assessment the council cut on this item. */
  units_cut: number;
  share_cut: number;
  points_cut: number;
}

const ITEMS = `
  SELECT s.item_code, f.name_vi, f.name_en, count(*) AS units_assessed,
         count(*) FILTER (WHERE s.self_score > s.appraisal_final) AS units_cut,
         count(*) FILTER (WHERE s.self_score > s.appraisal_final) / count(*) AS share_cut,
         round(sum(greatest(s.self_score - s.appraisal_final, 0)), 6) AS points_cut
  FROM scores s
  JOIN index_years y ON y.index_id = s.index_id AND y.year = s.year
  JOIN framework_items f ON f.framework_id = y.framework_id AND f.item_code = s.item_code
  WHERE s.index_id = $index AND s.year = $year AND s.item_level = 'sub_criterion'
    AND s.self_score IS NOT NULL AND s.appraisal_final IS NOT NULL
  GROUP BY ALL
  HAVING units_cut > 0
  ORDER BY units_cut DESC, points_cut DESC, s.item_code`;

/** Sub-criteria by how many units the council cut, most first. */
export function itemCuts(db: Db, p: { indexId: string; year: number }): Promise<ItemCutRow[]> {
  return db.all<ItemCutRow>(...named(ITEMS, { index: p.indexId, year: p.year }));
}

export interface ClaimTrendRow {
  year: number;
  units: number;
  mean_cut: number;
  median_cut: number;
  /** Units whose self-assessment was cut by more than 5 points. */
  units_over_5: number;
}

const TREND = `
  SELECT year, count(*) AS units, avg(self_score - appraisal_final) AS mean_cut,
         median(self_score - appraisal_final) AS median_cut,
         count(*) FILTER (WHERE self_score - appraisal_final > 5) AS units_over_5
  FROM scores
  WHERE index_id = $index AND item_code = 'TOTAL' AND self_score IS NOT NULL AND appraisal_final IS NOT NULL
  GROUP BY year ORDER BY year`;

/** The gap between claimed and appraised points per year. */
export function claimTrend(db: Db, indexId: string): Promise<ClaimTrendRow[]> {
  return db.all<ClaimTrendRow>(...named(TREND, { index: indexId }));
}
