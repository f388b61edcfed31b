/** Where every figure about a unit comes from: source pages and raw files, with the years they cover. */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';

export interface UnitSource {
  /** A page (several joined by " ; " in the raw data are split into one row each); NULL for files without one. */
  source_url: string | null;
  source_file: string;
  years: number[];
}

const SQL = `
  WITH s AS (
    SELECT nullif(trim(unnest(CASE WHEN source_url IS NULL THEN [NULL] ELSE string_split(source_url, ' ; ') END)), '') AS source_url,
           source_file, year
    FROM scores WHERE unit_id = $unit AND (final_score IS NOT NULL OR pct_of_max IS NOT NULL OR published_rank IS NOT NULL))
  SELECT source_url, source_file, list(DISTINCT year ORDER BY year) AS years
  FROM s GROUP BY ALL ORDER BY source_file, source_url`;

/** Every source behind the unit's scores and ranks (totals, domains and items alike). */
export function unitSources(db: Db, unitId: string): Promise<UnitSource[]> {
  return db.all<UnitSource>(...named(SQL, { unit: unitId }));
}
