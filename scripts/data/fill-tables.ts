/** Fills the schema tables other than scores from the checked reference records. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { TOTAL_CODE } from '../../src/schema/index.ts';
import type { AggregateRecord } from './aggregates.ts';
import { ChunkAppender, insertRows } from './db.ts';
import type { Framework } from './framework-item.ts';
import type { GradeThresholdRecord } from './grade-thresholds.ts';
import type { IndexRecord, IndexYearRecord, LineageRecord } from './reference.ts';
import type { UnitRecord } from './units.ts';

export interface Reference {
  indices: IndexRecord[];
  indexYears: IndexYearRecord[];
  gradeThresholds: GradeThresholdRecord[];
  units: UnitRecord[];
  lineage: LineageRecord[];
  aggregates: AggregateRecord[];
}

/** Inserts indices, grade thresholds, units, lineage, framework items and aggregates; then index years. */
export async function fillReference(conn: DuckDBConnection, ref: Reference, frameworks: Iterable<Framework>): Promise<void> {
  await insertRows(conn, 'indices', ref.indices);
  await insertRows(conn, 'grade_thresholds', ref.gradeThresholds);
  await insertRows(conn, 'units', ref.units);
  await insertRows(conn, 'lineage', ref.lineage);
  await insertRows(
    conn,
    'framework_items',
    [...frameworks].flatMap((f) => [...f.items.values()]),
  );
  await insertRows(conn, 'aggregates', ref.aggregates);
  await fillIndexYears(conn, ref.indexYears);
}

/**
 * index_years from the reference rows plus what the scores say: units_in_data = units with a TOTAL
 * row having a final score or a published rank; units_ranked = the reference value, else the largest
 * published rank_of; is_partial = fewer units in the data than were ranked, or the number ranked is unknown.
 */
async function fillIndexYears(conn: DuckDBConnection, rows: readonly IndexYearRecord[]): Promise<void> {
  await conn.run(`CREATE TEMP TABLE ref_years (${REF_YEAR_COLUMNS.map((c) => `${c.name} ${c.type}`).join(', ')})`);
  await insertRowsInto(conn, rows);
  await conn.run(`
    INSERT INTO index_years
    WITH t AS (
      SELECT index_id, year,
        count(DISTINCT unit_id) FILTER (WHERE final_score IS NOT NULL OR published_rank IS NOT NULL) AS n,
        max(published_rank_of) AS rank_of
      FROM scores WHERE item_code = '${TOTAL_CODE}' GROUP BY index_id, year),
    y AS (
      SELECT r.index_id, r.year, r.framework_id, r.decision_vi, r.source_url,
        coalesce(r.units_ranked, t.rank_of) AS units_ranked, coalesce(t.n, 0)::INTEGER AS units_in_data
      FROM ref_years r LEFT JOIN t USING (index_id, year))
    -- Unknown units_ranked means we cannot claim the year is complete: it is partial.
    SELECT *, coalesce(units_in_data < units_ranked, TRUE) FROM y`);
  await conn.run('DROP TABLE ref_years');
}

const REF_YEAR_COLUMNS = [
  { name: 'index_id', type: 'VARCHAR' },
  { name: 'year', type: 'INTEGER' },
  { name: 'framework_id', type: 'VARCHAR' },
  { name: 'decision_vi', type: 'VARCHAR' },
  { name: 'source_url', type: 'VARCHAR' },
  { name: 'units_ranked', type: 'INTEGER' },
] as const;

async function insertRowsInto(conn: DuckDBConnection, rows: readonly IndexYearRecord[]): Promise<void> {
  const appender = await ChunkAppender.create(conn, 'ref_years', REF_YEAR_COLUMNS);
  for (const r of rows) appender.append({ ...r });
  appender.close();
}
