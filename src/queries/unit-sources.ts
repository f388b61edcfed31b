/** Where every figure about a unit comes from: source pages and raw files, with the years they cover. */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';

export interface UnitSource {
  /** One page (a figure read from several gives a row for each); NULL for figures of a file that names none. */
  source_url: string | null;
  source_file: string;
  years: number[];
}

const SQL = `
  WITH s AS (
    SELECT unnest(CASE WHEN len(source_urls) = 0 THEN [NULL] ELSE source_urls END) AS source_url, source_file, year
    FROM scores WHERE unit_id = $unit AND (final_score IS NOT NULL OR pct_of_max IS NOT NULL OR published_rank IS NOT NULL))
  SELECT source_url, source_file, list(DISTINCT year ORDER BY year) AS years
  FROM s GROUP BY ALL ORDER BY source_file, source_url`;

/** Every source behind the unit's scores and ranks (totals, domains and items alike). */
export function unitSources(db: Db, unitId: string): Promise<UnitSource[]> {
  return db.all<UnitSource>(...named(SQL, { unit: unitId }));
}
