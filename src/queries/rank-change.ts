/**
 * The one rule for a change in rank, used by every query that reports one (the ranking table and the
 * home page's risers and fallers through ranking.ts, the slope chart through ranking.ts with a chosen
 * earlier year, the unit page's history through unit-history.ts, and the slope chart's default years
 * through comparable-years.ts).
 *
 * Places gained are shown only between two rankings of the same unit id and of the same size: a unit
 * formed by a merger has a new id and its series starts afresh, and 18th of 20 then 1st of 14 is not
 * "17 places up". Otherwise the change is NULL and a reason says why, which the views turn into words
 * (src/views/rank-change-text.ts). The reasons, in the order they are tested:
 * - `no_earlier_year`: the index has no ranking before this one;
 * - `new_unit`: the unit did not exist in the earlier year (`valid_from` after it): formed by a merger,
 *   a split or a renaming with a new id (see `formed_by`), or simply new;
 * - `not_ranked`: the unit has no rank in one of the two years (not published, or not ranked);
 * - `size_unknown`: the number of units ranked is not known in one of the two years;
 * - `size_changed`: both years ranked the unit, among different numbers of units.
 */

export const RANK_CHANGE_REASONS = ['no_earlier_year', 'new_unit', 'not_ranked', 'size_unknown', 'size_changed'] as const;
export type RankChangeReason = (typeof RANK_CHANGE_REASONS)[number];

/** The columns every query that applies the rule returns, beside the unit's `rank` and `rank_of`. */
export interface RankChangeFields {
  rank: number | null;
  rank_of: number | null;
  /** The earlier year compared with; NULL when the index has none. */
  prev_year: number | null;
  prev_rank: number | null;
  prev_rank_of: number | null;
  /** Places gained since `prev_year` (positive = rose); NULL whenever `rank_change_reason` is set. */
  rank_change: number | null;
  /** Why no change is shown; NULL when one is. */
  rank_change_reason: RankChangeReason | null;
  /** The unit's first year; NULL when it existed from the start of the data. */
  valid_from: number | null;
  /** How the unit was formed, when it was: 'merge', 'split' or 'rename' (an absorbing unit keeps its id: never 'absorb'). */
  formed_by: string | null;
}

/**
 * The reason, as SQL. Expects the columns `rank`, `rank_of`, `prev_year`, `prev_rank`, `prev_rank_of`
 * and `valid_from` in scope, unqualified (callers select from a subquery that names them so).
 */
export const RANK_CHANGE_REASON_SQL = `(CASE
  WHEN prev_year IS NULL THEN 'no_earlier_year'
  WHEN valid_from > prev_year THEN 'new_unit'
  WHEN rank IS NULL OR prev_rank IS NULL THEN 'not_ranked'
  WHEN rank_of IS NULL OR prev_rank_of IS NULL THEN 'size_unknown'
  WHEN rank_of <> prev_rank_of THEN 'size_changed'
END)`;

/** Places gained, as SQL, over the same columns: only where the rule finds no reason against it. */
export const RANK_CHANGE_SQL = `(CASE WHEN ${RANK_CHANGE_REASON_SQL} IS NULL THEN prev_rank - rank END)`;

/**
 * How the unit `unitIdSql` was formed, as SQL: the event of a lineage row into it that made a new unit.
 * An `absorb` row leaves the absorbing unit's id (and series) as they were, so it is not a formation.
 */
export function formedBySql(unitIdSql: string): string {
  return `(SELECT min(l.event) FROM lineage l WHERE l.to_unit_id = ${unitIdSql} AND l.event <> 'absorb')`;
}
