/**
 * Classification groups (A/B/C/D), only where they were reported (methodology.md §6): the provinces'
 * total in 2015, 2017, 2020 and 2022–2024 with A ≥ 90 %, B 80–90, C 70–80, D < 70, and in 2018 with
 * A ≥ 80 %, B 75–80, C 70–75, D < 70. Other years of the national index published no groups (2012 gave
 * ranges without letters), ministries none, and domains are never grouped: no letter is shown there.
 * The illustrative sample uses the 2022–2030 thresholds, as a province's own index would.
 */

import { TOTAL_CODE } from '../schema/vocabulary.ts';

export type Grade = 'A' | 'B' | 'C' | 'D';

/** Lower bounds of A, B and C in percent; below C is D. */
export interface GradeThresholds {
  A: number;
  B: number;
  C: number;
}

const STANDARD: GradeThresholds = { A: 90, B: 80, C: 70 };
const YEAR_2018: GradeThresholds = { A: 80, B: 75, C: 70 };
const PROVINCE_YEARS: Readonly<Record<number, GradeThresholds>> = {
  2015: STANDARD,
  2017: STANDARD,
  2018: YEAR_2018,
  2020: STANDARD,
  2022: STANDARD,
  2023: STANDARD,
  2024: STANDARD,
};

/** Where a score stands: which index, year and item. */
export interface GradeContext {
  indexId: string;
  isSample: boolean;
  year: number;
  itemCode: string;
}

/** The thresholds in force, or null where no groups were reported. */
export function gradeThresholds({ indexId, isSample, year, itemCode }: GradeContext): GradeThresholds | null {
  if (itemCode !== TOTAL_CODE) return null;
  if (isSample) return STANDARD;
  return indexId === 'vn-provinces' ? (PROVINCE_YEARS[year] ?? null) : null;
}

/** The group of a score; null when the score is unknown or no groups were reported there. */
export function gradeOf(scorePct: number | null, context: GradeContext): Grade | null {
  const t = gradeThresholds(context);
  if (scorePct === null || t === null) return null;
  if (scorePct >= t.A) return 'A';
  if (scorePct >= t.B) return 'B';
  if (scorePct >= t.C) return 'C';
  return 'D';
}
