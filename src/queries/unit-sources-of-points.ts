/**
 * Where each unit's points come from, per index and year: appraised points apart from survey-based
 * ones (the sociological survey: SIPAS, the satisfaction index, and the survey of leaders and managers)
 * and from impact points. From the published components where an index has them (provinces 2018–2020:
 * C-APPRAISAL, C-SIPAS, C-LEADERS, C-SOCIOECON), otherwise summed from the unit's finest items by their
 * kind (the sample's survey-scored sub-criteria). Read once for every unit (the build).
 */
import { groupBy } from '../charts/series.ts';
import type { Db } from '../db/types.ts';

export interface PointsSourceRow {
  index_id: string;
  year: number;
  unit_id: string;
  /** A component's code, or the kind the items were summed by ('appraisal', 'survey', 'impact'). */
  source: string;
  /** The component's name; NULL for a sum by kind (the page names the kind). */
  name_vi: string | null;
  name_en: string | null;
  kind: string;
  points: number | null;
  max_points: number | null;
  sort_order: number;
}

const SQL = `
  WITH comp AS (
    SELECT s.index_id, s.year, s.unit_id, s.item_code AS source, f.name_vi, f.name_en, f.kind, s.final_score AS points,
           f.max_points, f.sort_order
    FROM scores s JOIN index_years y USING (index_id, year)
    JOIN framework_items f ON f.framework_id = y.framework_id AND f.item_code = s.item_code
    WHERE s.item_level = 'component' AND f.item_code NOT IN (SELECT parent_code FROM framework_items c
                                                            WHERE c.framework_id = f.framework_id AND c.parent_code IS NOT NULL)),
  leaf AS (
    SELECT s.index_id, s.year, s.unit_id, f.kind AS source, NULL AS name_vi, NULL AS name_en, f.kind,
           CASE WHEN count(*) FILTER (WHERE s.final_score IS NULL) = 0 THEN round(sum(s.final_score), 6) END AS points,
           round(sum(s.max_points), 6) AS max_points,
           CASE f.kind WHEN 'appraisal' THEN 0 WHEN 'survey' THEN 1 ELSE 2 END AS sort_order
    FROM scores s JOIN index_years y USING (index_id, year)
    JOIN framework_items f ON f.framework_id = y.framework_id AND f.item_code = s.item_code
    WHERE s.item_level IN ('criterion', 'sub_criterion') AND s.applicable
      AND NOT EXISTS (SELECT 1 FROM framework_items c WHERE c.framework_id = f.framework_id AND c.parent_code = f.item_code)
      AND NOT EXISTS (SELECT 1 FROM comp WHERE comp.index_id = s.index_id AND comp.year = s.year AND comp.unit_id = s.unit_id)
    GROUP BY ALL),
  -- Sums by kind only where the items are of more than one kind: a single kind says nothing apart from the total.
  mixed AS (SELECT index_id, year, unit_id FROM leaf GROUP BY ALL HAVING count(*) > 1)
  SELECT * FROM comp UNION ALL SELECT leaf.* FROM leaf JOIN mixed USING (index_id, year, unit_id)
  ORDER BY unit_id, index_id, year, sort_order, source`;

/** Every unit's points by source, by unit id. */
export async function allUnitPointsSources(db: Db): Promise<Map<string, PointsSourceRow[]>> {
  return groupBy(await db.all<PointsSourceRow>(SQL), (r) => r.unit_id);
}
