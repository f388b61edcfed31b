/** For each year of an index, how many units' ranks can be compared with the year before, by the one rule. */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { TOTAL_CODE } from '../schema/vocabulary.ts';
import { RANK_CHANGE_SQL } from './rank-change.ts';
import { SHOWN_RANK, SHOWN_RANK_OF } from './shown-rank.ts';

export interface ComparableYear {
  /** The year before `to` in the index. */
  from: number;
  to: number;
  /** Units ranked in `to` whose change since `from` the rule shows. */
  compared: number;
  /** Units ranked or scored in `to` whose change it does not show. */
  not_compared: number;
}

const SQL = `
  WITH ranked AS (
    SELECT s.year, s.unit_id, ${SHOWN_RANK} AS rank, ${SHOWN_RANK_OF} AS rank_of
    FROM scores s JOIN index_years y ON y.index_id = s.index_id AND y.year = s.year
    WHERE s.index_id = $index AND s.item_code = $item AND (${SHOWN_RANK} IS NOT NULL OR s.pct_of_max IS NOT NULL)
  ),
  years AS (SELECT year, lag(year) OVER (ORDER BY year) AS prev_year FROM index_years WHERE index_id = $index),
  pair AS (
    SELECT y.year, y.prev_year, cur.rank, cur.rank_of, prev.rank AS prev_rank, prev.rank_of AS prev_rank_of, u.valid_from
    FROM years y
    JOIN ranked cur ON cur.year = y.year
    JOIN units u ON u.unit_id = cur.unit_id
    LEFT JOIN ranked prev ON prev.unit_id = cur.unit_id AND prev.year = y.prev_year
    WHERE y.prev_year IS NOT NULL
  )
  SELECT prev_year AS "from", year AS "to", count(${RANK_CHANGE_SQL}) AS compared, count(*) - count(${RANK_CHANGE_SQL}) AS not_compared
  FROM pair GROUP BY ALL ORDER BY year`;

/** Every year of the index after its first, oldest first, with the counts of its comparison with the year before. */
export function comparableYears(db: Db, indexId: string, itemCode = TOTAL_CODE): Promise<ComparableYear[]> {
  return db.all<ComparableYear>(...named(SQL, { index: indexId, item: itemCode }));
}

/**
 * The slope chart's default pair: the latest two consecutive years between which at least one rank can
 * be compared (sample communes: 2023 → 2024, since every commune of 2025 is a new unit). Null when none can.
 */
export function latestComparablePair(years: readonly ComparableYear[]): { from: number; to: number } | null {
  const latest = years.filter((y) => y.compared > 0).at(-1);
  return latest ? { from: latest.from, to: latest.to } : null;
}
