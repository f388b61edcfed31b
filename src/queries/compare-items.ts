/**
 * The items of a comparison: for the chosen units of an index in one year, each unit's points on every
 * item of the finest level any of them has that year (sub-criteria where the index has detail, else
 * criteria, else domains), with the applicable maximum. A not-applicable item is a row with
 * `applicable` false (the table says so, unlike a missing score, which stays NULL). The unit ids travel
 * as one bound, comma-separated value.
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';

/** The item levels a comparison can go down to, coarsest first. */
export const COMPARE_ITEM_LEVELS = ['domain', 'criterion', 'sub_criterion'] as const;
export type CompareItemLevel = (typeof COMPARE_ITEM_LEVELS)[number];

export interface CompareItemRow {
  item_code: string;
  item_level: CompareItemLevel;
  name_vi: string;
  name_en: string;
  unit_id: string;
  /** False where the item does not apply to the unit (no maximum, no score). */
  applicable: boolean;
  /** The unit's applicable maximum for the item. */
  max_points: number | null;
  final_score: number | null;
  /** final_score in percent of max_points. */
  pct: number | null;
}

const SQL = `
  WITH chosen AS (
    SELECT s.* FROM scores s
    WHERE s.index_id = $index AND s.year = $year
      AND list_contains(string_split($units, ','), s.unit_id)
      AND s.item_level IN ('domain', 'criterion', 'sub_criterion')),
  finest AS (
    SELECT CASE max(CASE item_level WHEN 'sub_criterion' THEN 3 WHEN 'criterion' THEN 2 ELSE 1 END)
             WHEN 3 THEN 'sub_criterion' WHEN 2 THEN 'criterion' ELSE 'domain' END AS level
    FROM chosen WHERE applicable)
  SELECT c.item_code, c.item_level, f.name_vi, f.name_en, c.unit_id, c.applicable, c.max_points, c.final_score, c.pct_of_max AS pct
  FROM chosen c
  JOIN index_years y ON y.index_id = c.index_id AND y.year = c.year
  JOIN framework_items f ON f.framework_id = y.framework_id AND f.item_code = c.item_code
  WHERE c.item_level = (SELECT level FROM finest)
  ORDER BY c.item_code, c.unit_id`;

/** Each chosen unit's points per item of the finest level they have in `year`, by item code. */
export function compareItems(db: Db, indexId: string, year: number, unitIds: readonly string[]): Promise<CompareItemRow[]> {
  return db.all<CompareItemRow>(...named(SQL, { index: indexId, year, units: unitIds.join(',') }));
}
