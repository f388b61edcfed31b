/**
 * Classification groups (A/B/C/D) by year, as methodology.md §6 reports them. The thresholds changed:
 * 2018 used A ≥ 80 %, B 75–80, C 70–75, D < 70; the other years with letters used A ≥ 90, B 80–90,
 * C 70–80, D < 70. 2012 published ranges without letters, so no group is shown for it.
 */

export type Grade = 'A' | 'B' | 'C' | 'D';

/** Lower bounds of A, B and C in percent; below C is D. */
export interface GradeThresholds {
  A: number;
  B: number;
  C: number;
}

const STANDARD: GradeThresholds = { A: 90, B: 80, C: 70 };
const YEAR_2018: GradeThresholds = { A: 80, B: 75, C: 70 };

/** The thresholds in force for a year, or null where the source gave no letter groups. */
export function gradeThresholds(year: number): GradeThresholds | null {
  if (year <= 2012) return null;
  return year === 2018 ? YEAR_2018 : STANDARD;
}

/** The group of a score in a year; null when the score or the year's groups are unknown. */
export function gradeOf(scorePct: number | null, year: number): Grade | null {
  const t = gradeThresholds(year);
  if (scorePct === null || t === null) return null;
  if (scorePct >= t.A) return 'A';
  if (scorePct >= t.B) return 'B';
  if (scorePct >= t.C) return 'C';
  return 'D';
}
