/**
 * Domain series of an index: the total and each domain followed across framework versions through the
 * crosswalk (data/reference/crosswalk.csv), year by year, with whether the series breaks before a year
 * and why. A series is named after the item it leads to in the latest framework it reaches; an item
 * that continues nothing later (an ended domain) is a series of its own.
 *
 * Breaks: a framework change whose crosswalk relation is not 'same' or 'renamed' (or that has no row for
 * the item), and a gap in the index's years. Scores are compared in percent of the applicable maximum,
 * so a re-weighted domain can still be shown, but never joined by a line to the years before.
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { CONTINUOUS_RELATIONS, TOTAL_CODE } from '../schema/vocabulary.ts';

/** Why a series is not joined to the year before. */
export type BreakReason = 'framework' | 'gap' | 'merger';

export interface SeriesYearRow {
  series: string;
  year: number;
  framework_id: string;
  item_code: string;
  /** The series' name: its item's name in the latest year it exists. */
  name_vi: string;
  name_en: string;
  /** Order of the panels: the total first, then the latest framework's domains in framework order. */
  series_order: number;
  break_reason: BreakReason | null;
  /** The crosswalk's relation and note for this year's item, in a year the framework changed. */
  relation: string | null;
  note_vi: string | null;
  note_en: string | null;
}

const CONTINUOUS = CONTINUOUS_RELATIONS.map((r) => `'${r}'`).join(', ');

/**
 * `series_years`: (series, year, framework_id, item_code, names, order, break_reason, relation, notes)
 * of index `$index`. Shared by the queries of domain-trends.ts; identifiers only, values bound.
 */
export const SERIES_CTE = `
  yrs AS (
    SELECT year, framework_id,
           lag(year) OVER (ORDER BY year) AS prev_year, lag(framework_id) OVER (ORDER BY year) AS prev_fw
    FROM index_years WHERE index_id = $index),
  fws AS (SELECT framework_id, max(year) AS last_year FROM yrs GROUP BY framework_id),
  latest AS (SELECT framework_id FROM yrs ORDER BY year DESC LIMIT 1),
  items AS (
    SELECT f.framework_id, f.item_code FROM framework_items f JOIN fws USING (framework_id)
    WHERE f.item_level IN ('total', 'domain')),
  links AS (
    SELECT c.from_framework, c.from_item, c.to_framework, min(c.to_item) AS to_item
    FROM crosswalk c JOIN fws a ON a.framework_id = c.from_framework JOIN fws b ON b.framework_id = c.to_framework
    WHERE c.from_item IS NOT NULL AND c.to_item IS NOT NULL
    GROUP BY c.from_framework, c.from_item, c.to_framework),
  walk AS (
    SELECT i.framework_id, i.item_code, i.framework_id AS end_fw, i.item_code AS end_item FROM items i
    WHERE NOT EXISTS (SELECT 1 FROM links l WHERE l.from_framework = i.framework_id AND l.from_item = i.item_code)
    UNION ALL
    SELECT l.from_framework, l.from_item, w.end_fw, w.end_item
    FROM walk w JOIN links l ON l.to_framework = w.framework_id AND l.to_item = w.item_code),
  keyed AS (
    SELECT w.framework_id, w.item_code,
           CASE WHEN w.item_code = '${TOTAL_CODE}' THEN '${TOTAL_CODE}'
                WHEN w.end_fw = (SELECT framework_id FROM latest) THEN w.end_item
                ELSE w.end_fw || ':' || w.end_item END AS series
    FROM walk w),
  steps AS (
    SELECT c.to_framework, c.to_item, c.from_framework,
           bool_and(c.relation IN (${CONTINUOUS})) AS continuous,
           min(c.relation) AS relation, string_agg(c.note_vi, ' ') AS note_vi, string_agg(c.note_en, ' ') AS note_en
    FROM crosswalk c WHERE c.to_item IS NOT NULL
    GROUP BY c.to_framework, c.to_item, c.from_framework),
  series_years AS (
    SELECT k.series, y.year, y.framework_id, k.item_code,
           arg_max(f.name_vi, y.year) OVER (PARTITION BY k.series) AS name_vi,
           arg_max(f.name_en, y.year) OVER (PARTITION BY k.series) AS name_en,
           (CASE WHEN k.series = '${TOTAL_CODE}' THEN 0 ELSE 1 END) * 1000000
             - max(y.year) OVER (PARTITION BY k.series) * 100
             + arg_max(f.sort_order, y.year) OVER (PARTITION BY k.series) AS series_order,
           CASE WHEN y.prev_year IS NULL THEN NULL
                WHEN y.prev_year <> y.year - 1 THEN 'gap'
                WHEN y.prev_fw <> y.framework_id AND NOT coalesce(st.continuous, FALSE) THEN 'framework' END AS break_reason,
           CASE WHEN y.prev_fw <> y.framework_id THEN st.relation END AS relation,
           CASE WHEN y.prev_fw <> y.framework_id THEN st.note_vi END AS note_vi,
           CASE WHEN y.prev_fw <> y.framework_id THEN st.note_en END AS note_en
    FROM yrs y
    JOIN keyed k ON k.framework_id = y.framework_id
    JOIN framework_items f ON f.framework_id = y.framework_id AND f.item_code = k.item_code
    LEFT JOIN steps st ON st.to_framework = y.framework_id AND st.to_item = k.item_code AND st.from_framework = y.prev_fw)`;

const SQL = `
  WITH RECURSIVE ${SERIES_CTE}
  SELECT series, year, framework_id, item_code, name_vi, name_en, series_order::INTEGER AS series_order,
         break_reason, relation, note_vi, note_en
  FROM series_years ORDER BY series_order, series, year`;

/** Every series of the index with its item and break in every year, panels in order. */
export function domainSeries(db: Db, indexId: string): Promise<SeriesYearRow[]> {
  return db.all<SeriesYearRow>(...named(SQL, { index: indexId }));
}
