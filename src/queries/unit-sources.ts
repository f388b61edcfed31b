/** Where every figure about a unit comes from: source pages and raw files, with the years they cover. */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { groupBy } from '../charts/series.ts';

export interface UnitSource {
  /** One page (a figure read from several gives a row for each); NULL for figures of a file that names none. */
  source_url: string | null;
  source_file: string;
  years: number[];
}

/** One unit's sources, or every unit's when `$unit` is NULL (the build reads them once for all pages). */
const SQL = `
  WITH s AS (
    SELECT unit_id, unnest(CASE WHEN len(source_urls) = 0 THEN [NULL] ELSE source_urls END) AS source_url, source_file, year
    FROM scores
    WHERE (CAST($unit AS VARCHAR) IS NULL OR unit_id = $unit)
      AND (final_score IS NOT NULL OR pct_of_max IS NOT NULL OR published_rank IS NOT NULL))
  SELECT unit_id, source_url, source_file, list(DISTINCT year ORDER BY year) AS years
  FROM s GROUP BY ALL ORDER BY unit_id, source_file, source_url`;

type Row = UnitSource & { unit_id: string };
const withoutUnit = ({ unit_id: _, ...source }: Row): UnitSource => source;

/** Every source behind the unit's scores and ranks (totals, domains and items alike). */
export async function unitSources(db: Db, unitId: string): Promise<UnitSource[]> {
  return (await db.all<Row>(...named(SQL, { unit: unitId }))).map(withoutUnit);
}

/** `unitSources` of every unit with a figure, by unit id, in one query. */
export async function allUnitSources(db: Db): Promise<Map<string, UnitSource[]>> {
  const groups = groupBy(await db.all<Row>(...named(SQL, { unit: null })), (r) => r.unit_id);
  return new Map([...groups].map(([unit, rows]) => [unit, rows.map(withoutUnit)]));
}
