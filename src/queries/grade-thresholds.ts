/** The classification groups of an index, year and item, where they were published. */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import type { GradeThresholds } from '../ranking/grades.ts';

const ONE = `
  SELECT a_min_pct AS "A", b_min_pct AS "B", c_min_pct AS "C" FROM grade_thresholds
  WHERE index_id = $index AND year = $year AND item_code = $item`;

/** The thresholds in force, or null where no groups were published (then no letter is shown). */
export async function gradeThresholds(db: Db, p: { indexId: string; year: number; itemCode: string }): Promise<GradeThresholds | null> {
  const [row] = await db.all<GradeThresholds>(...named(ONE, { index: p.indexId, year: p.year, item: p.itemCode }));
  return row ?? null;
}

/** Thresholds that held over several years of an index and item, with where they were read. */
export interface GradePeriod extends GradeThresholds {
  index_id: string;
  item_code: string;
  years: number[];
  source: string;
}

const ALL = `
  SELECT t.index_id, t.item_code, t.a_min_pct AS "A", t.b_min_pct AS "B", t.c_min_pct AS "C", t.source,
         list(t.year ORDER BY t.year) AS years
  FROM grade_thresholds t JOIN indices i USING (index_id)
  GROUP BY t.index_id, t.item_code, t.a_min_pct, t.b_min_pct, t.c_min_pct, t.source, i.is_sample, i.sort_order
  ORDER BY i.is_sample, i.sort_order, t.index_id, t.item_code, min(t.year)`;

/** Every published set of thresholds, years with the same thresholds and source together; real indices first. */
export function gradePeriods(db: Db): Promise<GradePeriod[]> {
  return db.all<GradePeriod>(ALL);
}
