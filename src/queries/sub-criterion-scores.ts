/**
 * The sub-criteria of one domain series (domain-series.ts) in two years: every unit's percent of the
 * applicable maximum per sub-criterion, for the most improved and most deteriorated units below a
 * domain. Only indices with item detail have such rows (the sample's; the published ones stop at the
 * domain). A sub-criterion keeps its code across framework versions (data/README.md, crosswalk), so it
 * is matched by code, and belongs to the series its domain belongs to in that year: across a framework
 * change that breaks the domain's series the movers say so (movers.ts) instead of joining the years.
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { SERIES_CTE } from './domain-series.ts';

export interface SubCriterionScoreRow {
  item_code: string;
  /** The sub-criterion's name in the later of the two years it exists in. */
  name_vi: string;
  name_en: string;
  year: number;
  unit_id: string;
  pct: number | null;
  /** 'merger' in the later year where the unit absorbed another in between (its own break); else NULL. */
  break_reason: 'merger' | null;
}

const SQL = `
  WITH RECURSIVE ${SERIES_CTE},
  subs AS (
    SELECT s.item_code, s.year, s.unit_id, s.pct_of_max AS pct, f.name_vi, f.name_en
    FROM scores s
    JOIN series_years sy ON sy.year = s.year AND sy.item_code = s.domain_code AND sy.series = $series
    JOIN framework_items f ON f.framework_id = sy.framework_id AND f.item_code = s.item_code
    WHERE s.index_id = $index AND s.item_level = 'sub_criterion' AND s.applicable AND s.year IN ($from, $to))
  SELECT item_code,
         arg_max(name_vi, year) OVER (PARTITION BY item_code) AS name_vi,
         arg_max(name_en, year) OVER (PARTITION BY item_code) AS name_en,
         year, unit_id, pct,
         CASE WHEN year = $to AND $from < $to AND EXISTS (
           SELECT 1 FROM lineage l WHERE l.to_unit_id = subs.unit_id
             AND year(l.effective_date) > $from AND year(l.effective_date) <= $to) THEN 'merger' END AS break_reason
  FROM subs
  ORDER BY item_code, unit_id, year`;

/** Every unit's percent on each sub-criterion of domain series `series` in `from` and `to`, by item, unit and year. */
export function subCriterionScores(db: Db, indexId: string, series: string, from: number, to: number): Promise<SubCriterionScoreRow[]> {
  return db.all<SubCriterionScoreRow>(...named(SQL, { index: indexId, series, from, to }));
}
