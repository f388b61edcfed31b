/**
 * The years in which each unit of an index has a total score: the years a rank change's explanation
 * can start or end in (a year without the unit's total has nothing to explain).
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { TOTAL_CODE } from '../schema/vocabulary.ts';

export interface TotalYearsRow {
  unit_id: string;
  years: number[];
}

const SQL = `
  SELECT unit_id, list(year ORDER BY year) AS years FROM scores
  WHERE index_id = $index AND item_code = $total AND pct_of_max IS NOT NULL AND ($unit = '' OR unit_id = $unit)
  GROUP BY unit_id ORDER BY unit_id`;

/** Each unit's years with a total, oldest first (one unit when `unitId` is given). */
export async function totalYears(db: Db, p: { indexId: string; unitId?: string }): Promise<Map<string, number[]>> {
  const rows = await db.all<TotalYearsRow>(...named(SQL, { index: p.indexId, total: TOTAL_CODE, unit: p.unitId ?? '' }));
  return new Map(rows.map((r) => [r.unit_id, [...r.years].map(Number)]));
}
