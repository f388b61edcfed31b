/** One index's ranking in one year, with the change against the previous year of the same unit. */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { SHOWN_RANK, SHOWN_RANK_OF } from './shown-rank.ts';

export interface RankingRow {
  unit_id: string;
  name_vi: string;
  name_en: string | null;
  level: string;
  rank: number | null;
  rank_of: number | null;
  score_pct: number | null;
  prev_rank: number | null;
  prev_score_pct: number | null;
  /** Places gained since the previous year (positive = rose); NULL when the number ranked changed (e.g. 20 → 14 after a merger). */
  rank_change: number | null;
  /** Percentage points gained since the previous year. */
  score_change: number | null;
  /** Pages the figure was read from; the first is the main one. */
  source_urls: string[];
  is_sample: boolean;
}

/**
 * The rank shown is the published one, else the computed one the build kept (see shown-rank.ts). The
 * change is computed for the same unit_id only: a merged unit
 * has a new id, so its series starts afresh instead of being joined to a predecessor's. Places are
 * compared only between rankings of the same size: 18th of 20 and 1st of 14 are not "17 places up".
 */
const SQL = `
  WITH ranked AS (
    SELECT s.year, s.unit_id, s.pct_of_max AS score_pct, s.source_urls, s.is_sample,
           ${SHOWN_RANK} AS rank,
           ${SHOWN_RANK_OF} AS rank_of
    FROM scores s JOIN index_years y ON y.index_id = s.index_id AND y.year = s.year
    WHERE s.index_id = $index AND s.item_code = $item
  ),
  prev_year AS (SELECT max(year) AS year FROM index_years WHERE index_id = $index AND year < $year),
  cur AS (SELECT * FROM ranked WHERE year = $year AND (rank IS NOT NULL OR score_pct IS NOT NULL)),
  prev AS (SELECT ranked.* FROM ranked JOIN prev_year USING (year))
  SELECT cur.unit_id, u.name_vi, u.name_en, u.level, cur.rank, cur.rank_of, cur.score_pct,
         prev.rank AS prev_rank, prev.score_pct AS prev_score_pct,
         CASE WHEN prev.rank_of = cur.rank_of THEN prev.rank - cur.rank END AS rank_change,
         cur.score_pct - prev.score_pct AS score_change,
         cur.source_urls, cur.is_sample
  FROM cur JOIN units u USING (unit_id) LEFT JOIN prev USING (unit_id)
  WHERE $level = '' OR u.level = $level
  ORDER BY `;

/**
 * Orders a ranking can be sorted by. The ORDER BY text comes from this fixed map, never from the
 * caller: a sort key from a URL only selects one of these entries.
 */
export const RANKING_SORTS = {
  rank: 'cur.rank NULLS LAST, cur.score_pct DESC NULLS LAST, u.name_vi',
  score: 'cur.score_pct DESC NULLS LAST, cur.rank NULLS LAST, u.name_vi',
  rankChange: 'rank_change DESC NULLS LAST, cur.rank NULLS LAST, u.name_vi',
  scoreChange: 'score_change DESC NULLS LAST, cur.rank NULLS LAST, u.name_vi',
} as const;
export type RankingSort = keyof typeof RANKING_SORTS;

export interface RankingParams {
  indexId: string;
  year: number;
  /** "TOTAL" or a domain code. */
  itemCode: string;
  /** Only units of this level (e.g. wards in a commune index); all when omitted. Ranks stay the index's. */
  level?: string;
  sort?: RankingSort;
}

/** Ranking rows, best first; units with a score but no rank come last; units with neither are left out. */
export function ranking(db: Db, { indexId, year, itemCode, level = '', sort = 'rank' }: RankingParams): Promise<RankingRow[]> {
  return db.all<RankingRow>(...named(SQL + RANKING_SORTS[sort], { index: indexId, item: itemCode, year, level }));
}
