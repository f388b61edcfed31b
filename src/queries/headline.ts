/** Headline figures of one index-year: how many published, mean, best, worst, and the published national mean. */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { TOTAL_CODE } from '../schema/vocabulary.ts';

export interface Headline {
  units_with_score: number;
  units_in_data: number;
  units_ranked: number | null;
  is_partial: boolean;
  mean_pct: number | null;
  best_pct: number | null;
  worst_pct: number | null;
  /** The mean the publisher announced (all units), where a source gives it. */
  published_mean_pct: number | null;
  published_mean_source: string | null;
}

/** The aggregates' scope names the ranked level in the plural: "provinces", "ministries". */
const SQL = `
  WITH t AS (
    SELECT pct_of_max FROM scores WHERE index_id = $index AND year = $year AND item_code = $total
  ),
  agg AS (
    SELECT a.value, a.source_url FROM aggregates a, indices i
    WHERE i.index_id = $index AND a.year = $year AND a.metric = 'mean_score_pct'
      AND a.scope = CASE i.unit_level WHEN 'ministry' THEN 'ministries' ELSE i.unit_level || 's' END AND NOT i.is_sample
  )
  SELECT (SELECT count(pct_of_max) FROM t) AS units_with_score,
         y.units_in_data, y.units_ranked, y.is_partial,
         (SELECT avg(pct_of_max) FROM t) AS mean_pct,
         (SELECT max(pct_of_max) FROM t) AS best_pct,
         (SELECT min(pct_of_max) FROM t) AS worst_pct,
         (SELECT first(value) FROM agg) AS published_mean_pct,
         (SELECT first(source_url) FROM agg) AS published_mean_source
  FROM index_years y WHERE y.index_id = $index AND y.year = $year`;

/** Headline figures; undefined when the index has no such year. */
export async function headline(db: Db, indexId: string, year: number): Promise<Headline | undefined> {
  const [row] = await db.all<Headline>(...named(SQL, { index: indexId, year, total: TOTAL_CODE }));
  return row;
}
