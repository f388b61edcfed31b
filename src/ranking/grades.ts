/**
 * Classification groups (A/B/C/D). Where and with which thresholds they were published is data
 * (the grade_thresholds table, from data/reference/grade-thresholds.csv, read by
 * queries/grade-thresholds.ts); this module only applies them. No thresholds, no letter.
 */

export type Grade = 'A' | 'B' | 'C' | 'D';

/** Lower bounds of A, B and C in percent of the maximum; below C is D. */
export interface GradeThresholds {
  A: number;
  B: number;
  C: number;
}

/** The group of a score; null when the score is unknown or no groups were published there (`thresholds` null). */
export function gradeOf(scorePct: number | null, thresholds: GradeThresholds | null): Grade | null {
  if (scorePct === null || thresholds === null) return null;
  if (scorePct >= thresholds.A) return 'A';
  if (scorePct >= thresholds.B) return 'B';
  if (scorePct >= thresholds.C) return 'C';
  return 'D';
}
