/** Ranks of every unit of an index over all its years: the rows of the bump chart. */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { TOTAL_CODE } from '../schema/vocabulary.ts';
import { SHOWN_RANK, SHOWN_RANK_OF } from './shown-rank.ts';

export interface RankHistoryRow {
  unit_id: string;
  name_vi: string;
  name_en: string | null;
  level: string;
  year: number;
  rank: number | null;
  rank_of: number | null;
  score_pct: number | null;
  /** This is the unit's last year of existence and it has a successor: its line ends in a merger here. */
  ends_here: boolean;
  /** This is the unit's first year and it was formed from predecessors: its line begins with a merger here. */
  begins_here: boolean;
}

/** Same rank rule as the ranking query (shown-rank.ts). */
const SQL = `
  SELECT s.unit_id, u.name_vi, u.name_en, u.level, s.year,
         ${SHOWN_RANK} AS rank,
         ${SHOWN_RANK_OF} AS rank_of,
         s.pct_of_max AS score_pct,
         s.year = u.valid_to AND EXISTS (SELECT 1 FROM lineage l WHERE l.from_unit_id = s.unit_id) AS ends_here,
         s.year = u.valid_from AND EXISTS (SELECT 1 FROM lineage l WHERE l.to_unit_id = s.unit_id) AS begins_here
  FROM scores s
  JOIN index_years y ON y.index_id = s.index_id AND y.year = s.year
  JOIN units u ON u.unit_id = s.unit_id
  WHERE s.index_id = $index AND s.item_code = $item AND ($level = '' OR u.level = $level)
  ORDER BY s.unit_id, s.year`;

/** Every (unit, year) with a score or rank for the item, ordered by unit then year; `level` '' = all levels. */
export function rankHistory(db: Db, indexId: string, itemCode = TOTAL_CODE, level = ''): Promise<RankHistoryRow[]> {
  return db.all<RankHistoryRow>(...named(SQL, { index: indexId, item: itemCode, level }));
}
