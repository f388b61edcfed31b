/** Checks across rows of the score files, run in DuckDB on the staged and merged rows. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ErrorList } from './errors.ts';
import { SUM_TOLERANCE } from './framework-tree.ts';
import { queryRows } from './db.ts';
import { TOTAL_CODE } from '../../src/schema/index.ts';
import type { FileHeaders } from './score-context.ts';

type Headers = ReadonlyMap<string, FileHeaders>;

const refTo = (file: string, row: number, at: string): string => (file === at ? `row ${row}` : `${file} row ${row}`);

/** Reports rows repeating an index, year, unit and item (citing the first) and removes them from `stage`. */
export async function checkDuplicates(conn: DuckDBConnection, headers: Headers, errors: ErrorList): Promise<void> {
  await conn.run(`
    CREATE TEMP TABLE dups AS
    WITH d AS (SELECT index_id, year, unit_id, item_code FROM stage GROUP BY ALL HAVING count(*) > 1),
    r AS (
      SELECT s.source_file, s.src_row, s.unit_raw, s.item_code,
        row_number() OVER w AS n, first_value(s.source_file) OVER w AS first_file, first_value(s.src_row) OVER w AS first_row
      FROM stage s SEMI JOIN d USING (index_id, year, unit_id, item_code)
      WINDOW w AS (PARTITION BY s.index_id, s.year, s.unit_id, s.item_code ORDER BY s.file_seq, s.src_row))
    SELECT * FROM r WHERE n > 1`);
  const rows = await queryRows<{
    source_file: string;
    src_row: number;
    unit_raw: string;
    item_code: string;
    first_file: string;
    first_row: number;
  }>(conn, 'SELECT * FROM dups ORDER BY source_file, src_row');
  for (const d of rows) {
    const column = headers.get(d.source_file)?.unit ?? 'unit_name';
    errors.add(
      d.source_file,
      d.src_row,
      column,
      d.unit_raw,
      `duplicate of ${refTo(d.first_file, d.first_row, d.source_file)} (same index, year, unit and item ${d.item_code})`,
    );
  }
  await conn.run('DELETE FROM stage USING dups WHERE stage.source_file = dups.source_file AND stage.src_row = dups.src_row');
  await conn.run('DROP TABLE dups');
}

/** Reports published ranks that contradict published scores: a higher score with a worse rank. */
export async function checkRanks(conn: DuckDBConnection, headers: Headers, errors: ErrorList): Promise<void> {
  const rows = await queryRows<{
    source_file: string;
    src_row: number;
    published_rank: number;
    score: number;
    b_file: string;
    b_row: number;
    b_rank: number;
    b_score: number;
  }>(
    conn,
    `
    WITH r AS (
      SELECT s.*, coalesce(s.pct_given, 100 * s.final_score / nullif(coalesce(s.max_given, f.max_points), 0)) AS score
      FROM stage s JOIN fw_ext f USING (framework_id, item_code) WHERE s.published_rank IS NOT NULL)
    SELECT a.source_file, a.src_row, a.published_rank, round(a.score, 6) AS score,
      arg_min(b.source_file, b.published_rank) AS b_file, arg_min(b.src_row, b.published_rank) AS b_row,
      min(b.published_rank) AS b_rank, round(arg_min(b.score, b.published_rank), 6) AS b_score
    FROM r a JOIN r b ON a.index_id = b.index_id AND a.year = b.year AND a.item_code = b.item_code
      AND a.score > b.score + 1e-9 AND a.published_rank > b.published_rank
    GROUP BY ALL ORDER BY a.source_file, a.src_row`,
  );
  for (const r of rows) {
    const column = headers.get(r.source_file)?.rank ?? 'rank';
    errors.add(
      r.source_file,
      r.src_row,
      column,
      String(r.published_rank),
      `worse than rank ${r.b_rank} at ${refTo(r.b_file, r.b_row, r.source_file)}, whose score ${r.b_score} is lower than this row's ${r.score}`,
    );
  }
  await checkSharedRanks(conn, headers, errors);
}

/** A shared rank is a tie: units sharing a published rank must have the same published score. */
async function checkSharedRanks(conn: DuckDBConnection, headers: Headers, errors: ErrorList): Promise<void> {
  const rows = await queryRows<{
    source_file: string;
    src_row: number;
    published_rank: number;
    score: number;
    b_file: string;
    b_row: number;
    b_score: number;
  }>(
    conn,
    `
    WITH r AS (
      SELECT s.*, coalesce(s.pct_given, 100 * s.final_score / nullif(coalesce(s.max_given, f.max_points), 0)) AS score
      FROM stage s JOIN fw_ext f USING (framework_id, item_code) WHERE s.published_rank IS NOT NULL)
    SELECT a.source_file, a.src_row, a.published_rank, round(a.score, 6) AS score,
      arg_min(b.source_file, b.file_seq * 1e9 + b.src_row) AS b_file, min(b.src_row) AS b_row, round(arg_min(b.score, b.file_seq * 1e9 + b.src_row), 6) AS b_score
    FROM r a JOIN r b ON a.index_id = b.index_id AND a.year = b.year AND a.item_code = b.item_code
      AND a.published_rank = b.published_rank AND abs(a.score - b.score) > 1e-9
      AND (b.file_seq, b.src_row) < (a.file_seq, a.src_row)
    GROUP BY ALL ORDER BY a.source_file, a.src_row`,
  );
  for (const r of rows) {
    const column = headers.get(r.source_file)?.rank ?? 'rank';
    errors.add(
      r.source_file,
      r.src_row,
      column,
      String(r.published_rank),
      `same rank as ${refTo(r.b_file, r.b_row, r.source_file)}, but its score ${r.b_score} differs from this row's ${r.score} (a shared rank is a tie)`,
    );
  }
}

/**
 * Reports a parent given in a file that differs by more than the tolerance from the sum of its
 * children, per level of children, only where every child is present and each applicable one has a score.
 */
export async function checkSums(conn: DuckDBConnection, headers: Headers, errors: ErrorList): Promise<void> {
  const rows = await queryRows<{ source_file: string; src_row: number; final_score: number; grp: string; total: number; kids: string }>(
    conn,
    `
    WITH p AS (
      SELECT s.index_id, s.year, s.unit_id, s.framework_id, s.item_code, s.final_score, s.source_file, s.src_row
      FROM stage s WHERE s.final_score IS NOT NULL),
    e AS (
      SELECT p.*, f.item_code AS child, f.item_level AS grp
      FROM p JOIN fw_ext f ON f.framework_id = p.framework_id AND f.parent_code = p.item_code),
    j AS (
      SELECT e.*, m.item_code IS NOT NULL AS present, m.applicable AS app, m.final_score AS fin
      FROM e LEFT JOIN merged m ON m.index_id = e.index_id AND m.year = e.year AND m.unit_id = e.unit_id AND m.item_code = e.child)
    SELECT source_file, src_row, final_score, grp, round(sum(fin) FILTER (WHERE app), 6) AS total,
      string_agg(child, ', ' ORDER BY child) AS kids
    FROM j GROUP BY source_file, src_row, final_score, grp
    HAVING bool_and(present) AND bool_or(app) AND NOT bool_or(app AND fin IS NULL)
      AND abs(final_score - sum(fin) FILTER (WHERE app)) > ${SUM_TOLERANCE} + 1e-9
    ORDER BY source_file, src_row, grp`,
  );
  for (const r of rows) {
    const column = headers.get(r.source_file)?.final ?? 'final_score';
    errors.add(
      r.source_file,
      r.src_row,
      column,
      String(r.final_score),
      `its ${r.grp} items (${r.kids}) add up to ${r.total}, not ${r.final_score} (tolerance ${SUM_TOLERANCE})`,
    );
  }
}

/**
 * An index year's `units_ranked` may not be smaller than the units whose total is published for it: the
 * published few would otherwise be ranked among too few (reported on the index-years row).
 */
export async function checkUnitsRanked(
  conn: DuckDBConnection,
  indexYears: readonly { index_id: string; year: number; units_ranked: number | null; at: { file: string; row: number } }[],
  errors: ErrorList,
): Promise<void> {
  const counts = await queryRows<{ index_id: string; year: number; n: number; file: string }>(
    conn,
    `SELECT index_id, year, count(DISTINCT unit_id)::INTEGER AS n, min(source_file) AS file
     FROM stage WHERE item_code = '${TOTAL_CODE}' AND pct_given IS NOT NULL GROUP BY ALL`,
  );
  const published = new Map(counts.map((c) => [`${c.index_id}|${c.year}`, c]));
  for (const y of indexYears) {
    const c = published.get(`${y.index_id}|${y.year}`);
    if (y.units_ranked === null || c === undefined || c.n <= y.units_ranked) continue;
    errors.add(
      y.at.file,
      y.at.row,
      'units_ranked',
      String(y.units_ranked),
      `smaller than the ${c.n} units whose total is published for ${y.year} (${c.file})`,
    );
  }
}
