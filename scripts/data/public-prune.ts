/**
 * What an internal source alone brings, taken out of the public edition after the tables are filled.
 * The public edition never reads an internal file (visibility.ts), but public files can still name what
 * only internal data fills: a row of `index-years.csv` for a draft year whose scores are all in an
 * internal source, and the framework (items, crosswalk rows) that only such a year or an internal index
 * uses. Frameworks are read from one folder by every dataset, so the public edition keeps only those a
 * kept index year is assessed with.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Sources } from './sources.ts';

/** The indices with an internal score source in a public dataset: their scoreless years are drafts. */
export function indicesWithInternalScores(all: Sources): string[] {
  const ids = all.datasets
    .filter((d) => d.visibility === 'public')
    .flatMap((d) => d.scores.filter((s) => s.visibility === 'internal' && s.indexId !== null).map((s) => s.indexId!));
  return [...new Set(ids)].sort();
}

/**
 * Deletes, in the public edition's tables: the years of `draftIndices` with no score row (the draft
 * years), their grade thresholds, then every framework no remaining index year uses, with its crosswalk
 * rows.
 */
export async function pruneInternalOnly(conn: DuckDBConnection, draftIndices: readonly string[]): Promise<void> {
  if (draftIndices.length > 0) {
    const list = draftIndices.map((_, i) => `$${i + 1}`).join(', ');
    const drafts = `SELECT y.index_id, y.year FROM index_years y WHERE y.index_id IN (${list})
      AND NOT EXISTS (SELECT 1 FROM scores s WHERE s.index_id = y.index_id AND s.year = y.year)`;
    await conn.run(`CREATE TEMP TABLE draft_years AS ${drafts}`, [...draftIndices]);
    await conn.run('DELETE FROM grade_thresholds g USING draft_years d WHERE g.index_id = d.index_id AND g.year = d.year');
    await conn.run('DELETE FROM index_years y USING draft_years d WHERE y.index_id = d.index_id AND y.year = d.year');
    await conn.run('DROP TABLE draft_years');
  }
  const used = 'SELECT DISTINCT framework_id FROM index_years';
  await conn.run(`DELETE FROM framework_items WHERE framework_id NOT IN (${used})`);
  await conn.run(`DELETE FROM crosswalk WHERE from_framework NOT IN (${used}) OR to_framework NOT IN (${used})`);
}
