/**
 * The rank the site shows: the published one, else the computed one. The data build decides where a
 * computed rank is meaningful (it clears them wherever the data does not hold every ranked unit), so
 * the queries need no rule of their own. Expects `scores` as `s` and `index_years` as `y`.
 */
export const SHOWN_RANK = 'coalesce(s.published_rank, s.computed_rank)';
export const SHOWN_RANK_OF = 'coalesce(s.published_rank_of, s.computed_rank_of, y.units_ranked)';
