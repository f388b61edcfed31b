/**
 * Domain trends of an index (series from domain-series.ts): every unit's score per series and year in
 * percent of its applicable maximum (non-applicable items are out of the maximum; a missing score stays
 * NULL), the distribution across units per series and year, and the published national and regional
 * means (the `aggregates` table holds them for the total only).
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { SERIES_CTE, type BreakReason } from './domain-series.ts';

export interface TrendScoreRow {
  series: string;
  year: number;
  unit_id: string;
  name_vi: string;
  name_en: string | null;
  pct: number | null;
  /** The series' break, or 'merger' where the unit itself was reorganised that year (it absorbed another). */
  break_reason: BreakReason | null;
}

export interface DistributionRow {
  series: string;
  year: number;
  /** Units with a score. */
  n: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  /** How many units the year's official ranking has; NULL where unknown. */
  units_ranked: number | null;
  is_partial: boolean;
  /** The series' break, or 'merger' where units of the index were reorganised that year (the population changed). */
  break_reason: BreakReason | null;
}

export interface PublishedMeanRow {
  year: number;
  /** "provinces", "ministries" or "region:<name>". */
  scope: string;
  value: number;
  source_url: string;
}

const SCORES_SQL = `
  WITH RECURSIVE ${SERIES_CTE}
  SELECT sy.series, s.year, s.unit_id, u.name_vi, u.name_en, s.pct_of_max AS pct,
         coalesce(sy.break_reason,
           CASE WHEN EXISTS (SELECT 1 FROM lineage l WHERE l.to_unit_id = s.unit_id AND year(l.effective_date) = s.year)
                THEN 'merger' END) AS break_reason
  FROM scores s
  JOIN series_years sy ON sy.year = s.year AND sy.item_code = s.item_code
  JOIN units u ON u.unit_id = s.unit_id
  WHERE s.index_id = $index AND s.item_level IN ('total', 'domain') AND s.applicable
    AND ($unit = '' OR s.unit_id = $unit)
  ORDER BY sy.series_order, s.unit_id, s.year`;

const DISTRIBUTION_SQL = `
  WITH RECURSIVE ${SERIES_CTE},
  merger_years AS (
    SELECT DISTINCT t.year FROM lineage l
    JOIN scores t ON t.unit_id = l.to_unit_id AND t.index_id = $index
    WHERE year(l.effective_date) = t.year)
  SELECT sy.series, sy.year, count(s.pct_of_max)::INTEGER AS n,
         min(s.pct_of_max) AS min, quantile_cont(s.pct_of_max, 0.25) AS q1, median(s.pct_of_max) AS median,
         quantile_cont(s.pct_of_max, 0.75) AS q3, max(s.pct_of_max) AS max,
         any_value(y.units_ranked) AS units_ranked, any_value(y.is_partial) AS is_partial,
         coalesce(any_value(sy.break_reason), CASE WHEN any_value(m.year) IS NOT NULL THEN 'merger' END) AS break_reason
  FROM series_years sy
  JOIN index_years y ON y.index_id = $index AND y.year = sy.year
  LEFT JOIN merger_years m ON m.year = sy.year
  LEFT JOIN scores s ON s.index_id = $index AND s.year = sy.year AND s.item_code = sy.item_code AND s.applicable
  GROUP BY sy.series, sy.year, sy.series_order
  ORDER BY sy.series_order, sy.series, sy.year`;

/** The published means of the index's level: the national one and, for provinces, the regions'. */
const MEANS_SQL = `
  SELECT a.year, a.scope, a.value, a.source_url
  FROM aggregates a JOIN indices i ON i.index_id = $index
  WHERE a.metric = 'mean_score_pct'
    AND (a.scope = CASE i.unit_level WHEN 'province' THEN 'provinces' WHEN 'ministry' THEN 'ministries' END
         OR (i.unit_level = 'province' AND a.scope LIKE 'region:%'))
    AND i.scope_unit_id IS NULL
  ORDER BY a.scope, a.year`;

/** Every unit's scores per series and year (`unitId` '' for every unit), by series, unit and year. */
export function trendScores(db: Db, indexId: string, unitId = ''): Promise<TrendScoreRow[]> {
  return db.all<TrendScoreRow>(...named(SCORES_SQL, { index: indexId, unit: unitId }));
}

/** Median, quartiles, best and worst across units per series and year; n = 0 where no unit has a score. */
export function trendDistribution(db: Db, indexId: string): Promise<DistributionRow[]> {
  return db.all<DistributionRow>(...named(DISTRIBUTION_SQL, { index: indexId }));
}

/** Published mean scores (percent) of the index's units, national and regional; none for province-internal indices. */
export function publishedMeans(db: Db, indexId: string): Promise<PublishedMeanRow[]> {
  return db.all<PublishedMeanRow>(...named(MEANS_SQL, { index: indexId }));
}
