/** One unit's total score and rank in every index and year. */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { TOTAL_CODE } from '../schema/vocabulary.ts';
import { SHOWN_RANK, SHOWN_RANK_OF } from './shown-rank.ts';

export interface UnitHistoryRow {
  index_id: string;
  year: number;
  score_pct: number | null;
  final_score: number | null;
  max_points: number | null;
  rank: number | null;
  rank_of: number | null;
  framework_id: string;
  /** Pages the total was read from; the first is the main one. */
  source_urls: string[];
  source_file: string;
  /** Median score % of all units of the index that year; NULL in partial years, where the few published units are no peer group. */
  peer_median_pct: number | null;
}

const SQL = `
  WITH peers AS (
    SELECT index_id, year, median(pct_of_max) AS peer_median_pct
    FROM scores WHERE item_code = $total GROUP BY ALL
  )
  SELECT s.index_id, s.year, s.pct_of_max AS score_pct, s.final_score, s.max_points,
         ${SHOWN_RANK} AS rank,
         ${SHOWN_RANK_OF} AS rank_of,
         y.framework_id, s.source_urls, s.source_file,
         CASE WHEN NOT y.is_partial THEN p.peer_median_pct END AS peer_median_pct
  FROM scores s
  JOIN index_years y ON y.index_id = s.index_id AND y.year = s.year
  LEFT JOIN peers p ON p.index_id = s.index_id AND p.year = s.year
  WHERE s.unit_id = $unit AND s.item_code = $total
  ORDER BY s.index_id, s.year`;

/** The unit's series, per index, oldest first. Never includes predecessors or successors. */
export function unitHistory(db: Db, unitId: string): Promise<UnitHistoryRow[]> {
  return db.all<UnitHistoryRow>(...named(SQL, { unit: unitId, total: TOTAL_CODE }));
}
