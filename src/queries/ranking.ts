/** One index's ranking in one year, with the change against an earlier year (by default the previous one). */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { formedBySql, RANK_CHANGE_REASON_SQL, RANK_CHANGE_SQL, type RankChangeFields } from './rank-change.ts';
import { SHOWN_RANK, SHOWN_RANK_OF } from './shown-rank.ts';

export interface RankingRow extends RankChangeFields {
  unit_id: string;
  name_vi: string;
  name_en: string | null;
  level: string;
  score_pct: number | null;
  prev_score_pct: number | null;
  /** Percentage points gained since `prev_year`, for the same unit id (scores are comparable across sizes). */
  score_change: number | null;
  /** Pages the figure was read from; the first is the main one. */
  source_urls: string[];
  is_sample: boolean;
}

/**
 * The rank shown is the published one, else the computed one the build kept (see shown-rank.ts). The
 * change in rank follows the one rule of rank-change.ts: same unit id, rankings of the same size.
 * `$since` is the earlier year; NULL means the index's year before `$year`.
 */
const SQL = `
  WITH ranked AS (
    SELECT s.year, s.unit_id, s.pct_of_max AS score_pct, s.source_urls, s.is_sample,
           ${SHOWN_RANK} AS rank,
           ${SHOWN_RANK_OF} AS rank_of
    FROM scores s JOIN index_years y ON y.index_id = s.index_id AND y.year = s.year
    WHERE s.index_id = $index AND s.item_code = $item
  ),
  earlier AS (
    SELECT max(year) AS year FROM index_years
    WHERE index_id = $index AND year < $year AND year = coalesce(CAST($since AS INTEGER), year)
  ),
  pair AS (
    SELECT cur.unit_id, u.name_vi, u.name_en, u.level, cur.rank, cur.rank_of, cur.score_pct,
           earlier.year AS prev_year, prev.rank AS prev_rank, prev.rank_of AS prev_rank_of, prev.score_pct AS prev_score_pct,
           u.valid_from, ${formedBySql('cur.unit_id')} AS formed_by,
           cur.source_urls, cur.is_sample
    FROM ranked cur
    JOIN units u USING (unit_id)
    CROSS JOIN earlier
    LEFT JOIN ranked prev ON prev.unit_id = cur.unit_id AND prev.year = earlier.year
    WHERE cur.year = $year AND (cur.rank IS NOT NULL OR cur.score_pct IS NOT NULL)
      AND ($level = '' OR u.level = $level)
  )
  SELECT unit_id, name_vi, name_en, level, rank, rank_of, score_pct,
         prev_year, prev_rank, prev_rank_of, prev_score_pct,
         ${RANK_CHANGE_SQL} AS rank_change,
         ${RANK_CHANGE_REASON_SQL} AS rank_change_reason,
         score_pct - prev_score_pct AS score_change,
         valid_from, formed_by, source_urls, is_sample
  FROM pair
  ORDER BY `;

/**
 * Orders a ranking can be sorted by. The ORDER BY text comes from this fixed map, never from the
 * caller: a sort key from a URL only selects one of these entries.
 */
export const RANKING_SORTS = {
  rank: 'rank NULLS LAST, score_pct DESC NULLS LAST, name_vi',
  score: 'score_pct DESC NULLS LAST, rank NULLS LAST, name_vi',
  rankChange: 'rank_change DESC NULLS LAST, rank NULLS LAST, name_vi',
  scoreChange: 'score_change DESC NULLS LAST, rank NULLS LAST, name_vi',
} as const;
export type RankingSort = keyof typeof RANKING_SORTS;

export interface RankingParams {
  indexId: string;
  year: number;
  /** "TOTAL" or a domain code. */
  itemCode: string;
  /** The earlier year changes are measured from (the slope chart's `from`); the index's previous year when omitted. */
  since?: number;
  /** Only units of this level (e.g. wards in a commune index); all when omitted. Ranks stay the index's. */
  level?: string;
  sort?: RankingSort;
}

/** Ranking rows, best first; units with a score but no rank come last; units with neither are left out. */
export function ranking(db: Db, { indexId, year, itemCode, since, level = '', sort = 'rank' }: RankingParams): Promise<RankingRow[]> {
  return db.all<RankingRow>(...named(SQL + RANKING_SORTS[sort], { index: indexId, item: itemCode, year, since: since ?? null, level }));
}
