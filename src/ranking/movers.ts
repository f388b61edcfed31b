/** The biggest risers and fallers of a ranking, by places gained against the previous year. */

export interface Mover {
  unit_id: string;
  rank: number | null;
  prev_rank: number | null;
  rank_change: number | null;
}

/**
 * Units that gained (risers) or lost (fallers) the most places, `n` of each, largest move first;
 * ties are broken by the better current rank. Units without a rank in both years are left out.
 */
export function biggestMovers<T extends Mover>(rows: readonly T[], n = 3): { risers: T[]; fallers: T[] } {
  const moved = rows.filter((r) => r.rank_change !== null && r.rank_change !== 0);
  const byMove = (sign: 1 | -1) => (a: T, b: T) =>
    sign * ((b.rank_change ?? 0) - (a.rank_change ?? 0)) || (a.rank ?? Infinity) - (b.rank ?? Infinity);
  return {
    risers: moved
      .filter((r) => (r.rank_change ?? 0) > 0)
      .sort(byMove(1))
      .slice(0, n),
    fallers: moved
      .filter((r) => (r.rank_change ?? 0) < 0)
      .sort(byMove(-1))
      .slice(0, n),
  };
}
