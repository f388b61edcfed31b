/**
 * Adds up parents from the staged rows, level by level from the deepest, then fills the scores table
 * (lost points, percentages, computed ranks). All in DuckDB: the sample can hold millions of rows.
 *
 * For a parent: max = sum of applicable children's max; final = sum of applicable children's final
 * (NULL if any is NULL: missing stays missing); self_score, appraisal_r1 and appraisal_final are summed
 * over the children that are self-assessed and appraised: every kind but survey (impact items, the
 * socio-economic targets, are self-assessed and appraised like appraisal items); applicable = any child applicable. A framework child with
 * no row counts as applicable with an unknown score. A parent given in a file keeps its given values.
 * A proposed score is never summed: a unit proposes one for the item it explains, and a parent's sum would mix
 * proposals with scores nobody contested.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Framework } from './framework-item.ts';
import { ChunkAppender } from './db.ts';

const FW_COLUMNS = [
  { name: 'framework_id', type: 'VARCHAR' },
  { name: 'item_code', type: 'VARCHAR' },
  { name: 'parent_code', type: 'VARCHAR' },
  { name: 'item_level', type: 'VARCHAR' },
  { name: 'kind', type: 'VARCHAR' },
  { name: 'max_points', type: 'DOUBLE' },
  { name: 'domain_code', type: 'VARCHAR' },
  { name: 'depth', type: 'INTEGER' },
  { name: 'rolls_up', type: 'BOOLEAN' },
] as const;

/** Loads the framework trees (with depth and roll-up flags) into `fw_ext`; returns the deepest depth. */
export async function loadFrameworkTree(conn: DuckDBConnection, frameworks: Iterable<Framework>): Promise<number> {
  await conn.run(`CREATE TABLE fw_ext (${FW_COLUMNS.map((c) => `"${c.name}" ${c.type}`).join(', ')})`);
  const appender = await ChunkAppender.create(conn, 'fw_ext', FW_COLUMNS);
  let deepest = 0;
  for (const fw of frameworks) {
    for (const i of fw.items.values()) {
      appender.appendValues([fw.id, i.item_code, i.parent_code, i.item_level, i.kind, i.max_points, i.domain_code, i.depth, i.rollsUp]);
      deepest = Math.max(deepest, i.depth);
    }
  }
  appender.close();
  return deepest;
}

const MERGED = `CREATE TABLE merged (
  index_id VARCHAR, year INTEGER, unit_id VARCHAR, framework_id VARCHAR, item_code VARCHAR, applicable BOOLEAN,
  max_points DOUBLE, self_score DOUBLE, appraisal_r1 DOUBLE, proposed_score DOUBLE, appraisal_final DOUBLE, final_score DOUBLE, pct_given DOUBLE,
  reason_vi VARCHAR, explanation_vi VARCHAR, published_rank INTEGER, published_rank_of INTEGER, source_urls VARCHAR[],
  source_file VARCHAR, is_sample BOOLEAN)`;

const KEY = 'index_id, year, unit_id, framework_id, item_code';

/** Sum over applicable children of `flag`, NULL when none applies or any of them is NULL. */
const sumOf = (col: string, flag: string): string =>
  `CASE WHEN NOT bool_or(app AND ${flag}) OR bool_or(app AND ${flag} AND ${col} IS NULL) THEN NULL
        ELSE round(sum(${col}) FILTER (WHERE app AND ${flag}), 6) END`;

/** The distinct non-NULL values, sorted and "; "-joined; NULL when none (faster than string_agg DISTINCT). */
const distinctList = (col: string): string => `nullif(array_to_string(list_sort(list_distinct(list(${col}))), '; '), '')`;

/** Every item of the lists, once, sorted; NULL when there is none. */
const distinctItems = (col: string): string =>
  `nullif(list_sort(list_distinct(flatten(list(${col}) FILTER (WHERE ${col} IS NOT NULL)))), [])`;

/** Parents at `depth` computed from their children (rows of `merged` one level down). */
const computedAt = (depth: number): string => `
  kids AS (
    SELECT m.*, f.parent_code FROM merged m JOIN fw_ext f USING (framework_id, item_code)
    WHERE f.depth = ${depth + 1} AND f.rolls_up),
  parents AS (SELECT DISTINCT index_id, year, unit_id, framework_id, parent_code FROM kids),
  expected AS (
    SELECT p.index_id, p.year, p.unit_id, p.framework_id, p.parent_code, f.item_code, f.kind, f.max_points AS fw_max
    FROM parents p JOIN fw_ext f ON f.framework_id = p.framework_id AND f.parent_code = p.parent_code AND f.rolls_up),
  j AS (
    SELECT e.*, coalesce(k.applicable, TRUE) AS app, e.kind <> 'survey' AS appr,
      CASE WHEN k.item_code IS NULL THEN e.fw_max ELSE k.max_points END AS mx,
      k.final_score AS fin, k.self_score AS ss, k.appraisal_r1 AS r1, k.appraisal_final AS af,
      k.source_urls, k.source_file, k.is_sample
    FROM expected e LEFT JOIN kids k USING (${KEY})),
  c AS (
    SELECT index_id, year, unit_id, framework_id, parent_code AS item_code,
      bool_or(app) AS applicable, bool_and(app) AS all_applicable,
      CASE WHEN bool_or(app) THEN (CASE WHEN bool_or(app AND mx IS NULL) THEN NULL ELSE round(sum(mx) FILTER (WHERE app), 6) END)
           ELSE (CASE WHEN bool_or(mx IS NULL) THEN NULL ELSE round(sum(mx), 6) END) END AS max_points,
      ${sumOf('fin', 'TRUE')} AS final_score,
      ${sumOf('ss', 'appr')} AS self_score,
      ${sumOf('r1', 'appr')} AS appraisal_r1,
      ${sumOf('af', 'appr')} AS appraisal_final,
      ${distinctItems('source_urls')} AS source_urls,
      ${distinctList('source_file')} AS source_file,
      bool_or(is_sample) AS is_sample
    FROM j GROUP BY index_id, year, unit_id, framework_id, parent_code)`;

/** Given rows at `depth` merged with parents computed there; a given value wins over a computed one. */
const levelSql = (depth: number): string => `
  INSERT INTO merged
  WITH g AS (SELECT s.* FROM stage s JOIN fw_ext f USING (framework_id, item_code) WHERE f.depth = ${depth}),
  ${computedAt(depth)}
  SELECT coalesce(g.index_id, c.index_id), coalesce(g.year, c.year), coalesce(g.unit_id, c.unit_id),
    coalesce(g.framework_id, c.framework_id), coalesce(g.item_code, c.item_code),
    CASE WHEN g.item_code IS NOT NULL THEN g.applicable ELSE c.applicable END,
    coalesce(g.max_given, c.max_points, CASE WHEN c.item_code IS NULL OR c.all_applicable THEN f.max_points END),
    coalesce(g.self_score, c.self_score), coalesce(g.appraisal_r1, c.appraisal_r1), g.proposed_score,
    coalesce(c.appraisal_final, CASE WHEN f.kind IN ('appraisal', 'impact') THEN coalesce(g.final_score, c.final_score) END),
    coalesce(g.final_score, c.final_score), g.pct_given, g.reason_vi, g.explanation_vi, g.published_rank,
    g.published_rank_of, coalesce(g.source_urls, c.source_urls), coalesce(g.source_file, c.source_file),
    coalesce(g.is_sample, c.is_sample)
  FROM g FULL OUTER JOIN c USING (${KEY})
  JOIN fw_ext f ON f.framework_id = coalesce(g.framework_id, c.framework_id) AND f.item_code = coalesce(g.item_code, c.item_code)`;

/** Builds `merged` from `stage`, deepest level first. */
export async function rollUp(conn: DuckDBConnection, deepest: number): Promise<void> {
  await conn.run(MERGED);
  for (let depth = deepest; depth >= 0; depth--) await conn.run(levelSql(depth));
}

/** Fills the schema's scores table from `merged`: lost points, percentages and computed ranks. */
export async function fillScores(conn: DuckDBConnection): Promise<void> {
  await conn.run(`
    INSERT INTO scores
    WITH s AS (
      SELECT m.*, f.item_level, f.domain_code, f.item_level IN ('total', 'domain', 'component') AS ranked,
        CASE WHEN m.applicable AND m.max_points IS NOT NULL AND m.final_score IS NOT NULL
             THEN round(m.max_points - m.final_score, 6) END AS lost_points,
        coalesce(m.pct_given, CASE WHEN m.applicable AND m.max_points > 0 AND m.final_score IS NOT NULL
             THEN round(100 * m.final_score / m.max_points, 6) END) AS pct_of_max
      FROM merged m JOIN fw_ext f USING (framework_id, item_code)),
    r AS (
      SELECT s.*,
        CASE WHEN ranked AND pct_of_max IS NOT NULL THEN rank() OVER (
          PARTITION BY index_id, year, item_code ORDER BY pct_of_max DESC NULLS LAST) END AS computed_rank,
        CASE WHEN ranked AND pct_of_max IS NOT NULL THEN count(pct_of_max) OVER (PARTITION BY index_id, year, item_code) END AS computed_rank_of
      FROM s)
    SELECT index_id, year, unit_id, item_code, item_level, domain_code, applicable, max_points, self_score, appraisal_r1,
      proposed_score, appraisal_final, final_score, lost_points, pct_of_max, reason_vi, explanation_vi, NULL AS reason_category, published_rank, published_rank_of,
      computed_rank, computed_rank_of, coalesce(source_urls, []::VARCHAR[]), source_file, is_sample
    FROM r`);
}

/** Frees the working tables once the scores table is filled. */
export async function dropWork(conn: DuckDBConnection): Promise<void> {
  await conn.run('DROP TABLE merged');
  await conn.run('DROP TABLE stage');
}

/**
 * Clears computed ranks where the data does not hold every ranked unit (or nobody says how many were
 * ranked): a rank among the few units a source published ("3 of 6") would be read as the real rank.
 * A complete export keeps them, even when one unit's total is missing. Runs after index_years is filled.
 */
export async function clearPartialRanks(conn: DuckDBConnection): Promise<void> {
  await conn.run(`
    WITH present AS (SELECT index_id, year, count(DISTINCT unit_id) AS n FROM scores GROUP BY ALL),
    subset AS (
      SELECT y.index_id, y.year FROM index_years y JOIN present p USING (index_id, year)
      WHERE y.units_ranked IS NULL OR p.n < y.units_ranked)
    UPDATE scores SET computed_rank = NULL, computed_rank_of = NULL
    FROM subset WHERE subset.index_id = scores.index_id AND subset.year = scores.year`);
}
