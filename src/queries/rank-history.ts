/** Ranks of every unit of an index over all its years: the rows of the bump chart. */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { TOTAL_CODE } from '../schema/vocabulary.ts';
import { formedBySql, RANK_CHANGE_SQL } from './rank-change.ts';
import { SHOWN_RANK, SHOWN_RANK_OF } from './shown-rank.ts';

export interface RankHistoryRow {
  unit_id: string;
  name_vi: string;
  name_en: string | null;
  level: string;
  year: number;
  rank: number | null;
  rank_of: number | null;
  /** Which rank `rank` is: the published one, or computed from the scores where none was published. */
  rank_kind: 'published' | 'computed' | null;
  score_pct: number | null;
  /**
   * In the unit's last year, the lineage event that ended it ('merge', 'absorb', 'rename' or 'split'):
   * its line ends here. NULL in other years, and for a unit that ended with no successor.
   */
  ends_by: string | null;
  /**
   * In the unit's first year, the event that formed it with a new id ('merge', 'split' or 'rename'): its
   * line begins here. NULL otherwise; a unit that absorbed another keeps its id and its line.
   */
  begins_by: string | null;
  /** Places gained since the index's previous year, by the one rule (rank-change.ts); NULL where it shows none. */
  rank_change: number | null;
}

/** Same rank rule as the ranking query (shown-rank.ts); the change by the one rule of rank-change.ts. */
const SQL = `
  WITH h AS (
    SELECT s.unit_id, u.name_vi, u.name_en, u.level, s.year,
           ${SHOWN_RANK} AS rank,
           ${SHOWN_RANK_OF} AS rank_of,
           CASE WHEN s.published_rank IS NOT NULL THEN 'published' WHEN s.computed_rank IS NOT NULL THEN 'computed' END AS rank_kind,
           s.pct_of_max AS score_pct,
           u.valid_from,
           CASE WHEN s.year = u.valid_to THEN (SELECT min(l.event) FROM lineage l WHERE l.from_unit_id = s.unit_id) END AS ends_by,
           CASE WHEN s.year = u.valid_from THEN ${formedBySql('s.unit_id')} END AS begins_by
    FROM scores s
    JOIN index_years y ON y.index_id = s.index_id AND y.year = s.year
    JOIN units u ON u.unit_id = s.unit_id
    WHERE s.index_id = $index AND s.item_code = $item AND ($level = '' OR u.level = $level)),
  years AS (SELECT year, lag(year) OVER (ORDER BY year) AS prev_year FROM index_years WHERE index_id = $index),
  c AS (
    SELECT h.*, ys.prev_year, p.rank AS prev_rank, p.rank_of AS prev_rank_of
    FROM h JOIN years ys USING (year) LEFT JOIN h p ON p.unit_id = h.unit_id AND p.year = ys.prev_year)
  SELECT unit_id, name_vi, name_en, level, year, rank, rank_of, rank_kind, score_pct, ends_by, begins_by, ${RANK_CHANGE_SQL} AS rank_change
  FROM c
  ORDER BY unit_id, year`;

/** Every (unit, year) with a score or rank for the item, ordered by unit then year; `level` '' = all levels. */
export function rankHistory(db: Db, indexId: string, itemCode = TOTAL_CODE, level = ''): Promise<RankHistoryRow[]> {
  return db.all<RankHistoryRow>(...named(SQL, { index: indexId, item: itemCode, level }));
}
