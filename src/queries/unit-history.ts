/** One unit's total score and rank in every index and year, with the change in rank against the year before. */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { TOTAL_CODE } from '../schema/vocabulary.ts';
import { formedBySql, RANK_CHANGE_REASON_SQL, RANK_CHANGE_SQL, type RankChangeFields } from './rank-change.ts';
import { SHOWN_RANK, SHOWN_RANK_OF } from './shown-rank.ts';

export interface UnitHistoryRow extends RankChangeFields {
  unit_id: string;
  index_id: string;
  year: number;
  score_pct: number | null;
  final_score: number | null;
  max_points: number | null;
  framework_id: string;
  /** Pages the total was read from; the first is the main one. */
  source_urls: string[];
  source_file: string;
  /** Median score % of all units of the index that year; NULL in partial years, where the few published units are no peer group. */
  peer_median_pct: number | null;
}

/** The change in rank follows the one rule of rank-change.ts, against the index's previous year. */
const SQL = `
  WITH peers AS (
    SELECT index_id, year, median(pct_of_max) AS peer_median_pct
    FROM scores WHERE item_code = $total GROUP BY ALL
  ),
  own AS (
    SELECT s.unit_id, s.index_id, s.year, s.pct_of_max AS score_pct, s.final_score, s.max_points,
           ${SHOWN_RANK} AS rank,
           ${SHOWN_RANK_OF} AS rank_of,
           y.framework_id, s.source_urls, s.source_file,
           CASE WHEN NOT y.is_partial THEN p.peer_median_pct END AS peer_median_pct
    FROM scores s
    JOIN index_years y ON y.index_id = s.index_id AND y.year = s.year
    LEFT JOIN peers p ON p.index_id = s.index_id AND p.year = s.year
    WHERE ($unit = '' OR s.unit_id = $unit) AND s.item_code = $total
  ),
  years AS (SELECT index_id, year, lag(year) OVER (PARTITION BY index_id ORDER BY year) AS prev_year FROM index_years),
  pair AS (
    SELECT own.*, years.prev_year, prev.rank AS prev_rank, prev.rank_of AS prev_rank_of,
           u.valid_from, ${formedBySql('u.unit_id')} AS formed_by
    FROM own
    JOIN years USING (index_id, year)
    JOIN units u ON u.unit_id = own.unit_id
    LEFT JOIN own prev ON prev.unit_id = own.unit_id AND prev.index_id = own.index_id AND prev.year = years.prev_year
  )
  SELECT unit_id, index_id, year, score_pct, final_score, max_points, rank, rank_of,
         prev_year, prev_rank, prev_rank_of,
         ${RANK_CHANGE_SQL} AS rank_change,
         ${RANK_CHANGE_REASON_SQL} AS rank_change_reason,
         valid_from, formed_by, framework_id, source_urls, source_file, peer_median_pct
  FROM pair
  ORDER BY unit_id, index_id, year`;

/** The unit's series, per index, oldest first. Never includes predecessors or successors. */
export function unitHistory(db: Db, unitId: string): Promise<UnitHistoryRow[]> {
  return db.all<UnitHistoryRow>(...named(SQL, { unit: unitId, total: TOTAL_CODE }));
}

/** Every unit's series at once (for the build, which writes every unit's page), by unit then index and year. */
export function allUnitHistories(db: Db): Promise<UnitHistoryRow[]> {
  return db.all<UnitHistoryRow>(...named(SQL, { unit: '', total: TOTAL_CODE }));
}
