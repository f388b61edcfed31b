/**
 * "What would it take", from the totals of every unit in the later year: the gap to the unit ranked
 * just above, to the next classification group where groups were published, and which units overtook
 * the unit (below it in the earlier year, above it in the later one).
 */
import { gradeOf, type Grade, type GradeThresholds } from '../ranking/grades.ts';
import type { ExplainTotalRow, RankKind } from '../queries/rank-change-explain.ts';

/** A gap in percentage points of the maximum and, where the unit's maximum is known, in its points. */
export interface Gap {
  readonly pct: number;
  readonly points: number | null;
}

export interface NextRank extends Gap {
  /** The rank just above the unit's, and the unit(s) holding it (first by name). */
  readonly rank: number;
  readonly unit: Pick<ExplainTotalRow, 'unit_id' | 'name_vi' | 'name_en'>;
  /**
   * The gap is what it takes to draw level. Ranks computed from the data share a rank on equal scores
   * (rank() in the data build), so drawing level is enough to share it and passing takes more; how a
   * published ranking breaks ties is not published.
   */
  readonly kind: RankKind | null;
}

export interface NextGroup extends Gap {
  readonly grade: Grade;
  readonly next: Grade;
  /** The lowest score of the next group, in percent of the maximum. */
  readonly min: number;
}

const gapOf = (pct: number, max: number | null): Gap => ({ pct, points: max === null ? null : (pct * max) / 100 });

/**
 * The gap to the unit ranked just above; null when the unit is first or unranked, when not every unit
 * ranked above it is in the data, or when the one above has no score.
 */
export function nextRank(totals: readonly ExplainTotalRow[], unitId: string): NextRank | null {
  const own = totals.find((t) => t.unit_id === unitId);
  if (own === undefined || own.rank === null || own.to_pct === null) return null;
  const ownRank = own.rank;
  const ahead = totals.filter((t) => t.rank !== null && t.rank < ownRank);
  // In a partial published ranking the unit just above may be missing from the data: no gap then.
  if (ahead.length !== ownRank - 1) return null;
  const above = ahead
    .filter((t) => t.to_pct !== null)
    .sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0) || a.name_vi.localeCompare(b.name_vi, 'vi'))[0];
  if (above === undefined || above.rank === null || above.to_pct === null) return null;
  return { rank: above.rank, unit: above, kind: own.to_rank_kind, ...gapOf(above.to_pct - own.to_pct, own.to_max) };
}

/** The next group up and the gap to its lowest score; null without groups, without a score, or in group A. */
export function nextGroup(pct: number | null, max: number | null, thresholds: GradeThresholds | null): NextGroup | null {
  const grade = gradeOf(pct, thresholds);
  if (grade === null || grade === 'A' || pct === null || thresholds === null) return null;
  const next = grade === 'B' ? 'A' : grade === 'C' ? 'B' : 'C';
  return { grade, next, min: thresholds[next], ...gapOf(thresholds[next] - pct, max) };
}

/** Units below the unit in the earlier year and above it in the later one, best first. */
export function overtakers(totals: readonly ExplainTotalRow[], unitId: string): ExplainTotalRow[] {
  const own = totals.find((t) => t.unit_id === unitId);
  if (own === undefined || own.rank === null || own.prev_rank === null) return [];
  const [rank, prev] = [own.rank, own.prev_rank];
  return totals
    .filter((t) => t.rank !== null && t.prev_rank !== null && t.prev_rank > prev && t.rank < rank)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.name_vi.localeCompare(b.name_vi, 'vi'));
}
