/** The years of one index: approving decision, source, framework and completeness. */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { TOTAL_CODE } from '../schema/vocabulary.ts';

export interface IndexYear {
  year: number;
  framework_id: string;
  decision_vi: string | null;
  /** The one page where the decision or announcement was read. */
  source_url: string | null;
  units_ranked: number | null;
  units_in_data: number;
  is_partial: boolean;
}

const SQL = `
  SELECT year, framework_id, decision_vi, source_url, units_ranked, units_in_data, is_partial
  FROM index_years WHERE index_id = ? ORDER BY year`;

/** Years of an index, oldest first. */
export function indexYears(db: Db, indexId: string): Promise<IndexYear[]> {
  return db.all<IndexYear>(SQL, [indexId]);
}

const LEVELS = `
  SELECT DISTINCT u.level FROM scores s JOIN units u USING (unit_id)
  WHERE s.index_id = $index AND s.item_code = $total ORDER BY u.level`;

/** Levels of the units an index ranks (e.g. commune, special_zone, ward): the choices of the level filter. */
export async function indexLevels(db: Db, indexId: string): Promise<string[]> {
  return (await db.all<{ level: string }>(...named(LEVELS, { index: indexId, total: TOTAL_CODE }))).map((r) => r.level);
}
