/** Writes every table as Parquet (ZSTD), CSV and Arrow IPC stream, plus manifest.json. */
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  SAMPLE_NOTICE,
  SCHEMA_VERSION,
  TABLES,
  TABLE_NAMES,
  columnNames,
  withheldColumns,
  type Edition,
  type InternalColumn,
  type Manifest,
  type ManifestCoverage,
  type ManifestFile,
  type TableName,
} from '../../src/schema/index.ts';
import { writeArrow } from './arrow-writer.ts';
import { queryRows } from './db.ts';

const quote = (p: string): string => `'${p.replaceAll("'", "''")}'`;

/** The table's rows in schema column order, sorted by its key so that output is deterministic. */
function orderedSql(table: TableName): string {
  const cols = columnNames(table)
    .map((c) => `"${c}"`)
    .join(', ');
  const key = TABLES[table].key.map((c) => `"${c}"`).join(', ');
  return `SELECT ${cols} FROM "${table}" ORDER BY ${key}`;
}

/**
 * Text a spreadsheet would run as a formula gets a leading apostrophe, the rule of the site's own
 * downloads (src/exports/cells.ts, OWASP "CSV injection"): a published note such as "+2.95 vs 2018"
 * stays text. Only the CSV files: Parquet and Arrow keep the text as published.
 */
export const CSV_FORMULA_START = '^[=+\\-@\\t\\r]';

/**
 * The rows as the CSV file holds them: a list (VARCHAR[]) as a JSON array, `["a","b"]`, which
 * spreadsheets show as text and any JSON reader splits exactly (DuckDB's own `[a, b]` is ambiguous
 * when an item holds ", ", as URLs may); text neutralised where it would start a formula.
 */
function csvSql(table: TableName, source: string): string {
  const cols = TABLES[table].columns.map((c) => {
    const name = `"${c.name}"`;
    if (c.type === 'VARCHAR[]') return `to_json(${name})::VARCHAR AS ${name}`;
    if (c.type === 'VARCHAR')
      return `CASE WHEN regexp_matches(${name}, '${CSV_FORMULA_START}') THEN '''' || ${name} ELSE ${name} END AS ${name}`;
    return name;
  });
  return `SELECT ${cols.join(', ')} FROM ${source}`;
}

/** UTF-8 byte-order mark: without it Excel reads the CSV as the system's code page and garbles Vietnamese. */
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Puts the BOM in front of a CSV that DuckDB's COPY wrote (COPY cannot write one). */
function prependBom(file: string): void {
  writeFileSync(file, Buffer.concat([BOM, readFileSync(file)]));
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function describe(dir: string, table: TableName, rel: string, format: ManifestFile['format'], rows: number): Promise<ManifestFile> {
  const abs = path.join(dir, rel);
  return { table, path: rel, format, rows, bytes: statSync(abs).size, sha256: await sha256(abs) };
}

/**
 * The parts DuckDB-WASM loads of the scores, so a view fetches only what it needs: the summary (totals,
 * domains, components: the rankings and unit pages) and, per index, the detail (criteria and
 * sub-criteria with their reasons: only the lost-points views of that index).
 */
async function scoresArrowParts(conn: DuckDBConnection, dir: string, sorted: string): Promise<ManifestFile[]> {
  const indices = await queryRows<{ index_id: string }>(
    conn,
    `SELECT DISTINCT index_id FROM ${sorted} WHERE item_level IN ('criterion', 'sub_criterion') ORDER BY 1`,
  );
  const parts = [
    { part: 'summary', file: 'arrow/scores.summary.arrow', where: `item_level IN ('total', 'domain', 'component')` },
    ...indices.map(({ index_id: id }) => ({
      part: `detail:${id}`,
      file: `arrow/scores.detail.${id}.arrow`,
      where: `item_level IN ('criterion', 'sub_criterion') AND index_id = ${quote(id)}`,
    })),
  ];
  const out: ManifestFile[] = [];
  for (const p of parts) {
    await conn.run(`CREATE TEMP VIEW scores_part AS SELECT * FROM ${sorted} WHERE ${p.where}`);
    const rows = await writeArrow(conn, 'scores', 'scores_part', path.join(dir, p.file));
    await conn.run('DROP VIEW scores_part');
    out.push({ ...(await describe(dir, 'scores', p.file, 'arrow', rows)), part: p.part });
  }
  return out;
}

/** Writes one table in the three formats, from a copy sorted once by its key. */
async function writeTable(conn: DuckDBConnection, dir: string, table: TableName): Promise<ManifestFile[]> {
  const sorted = `"sorted_${table}"`;
  await conn.run(`CREATE TEMP TABLE ${sorted} AS ${orderedSql(table)}`);
  const [{ n }] = (await queryRows<{ n: number }>(conn, `SELECT count(*)::INTEGER AS n FROM ${sorted}`)) as [{ n: number }];
  const parquet = `parquet/${table}.parquet`;
  const csv = `csv/${table}.csv`;
  await conn.run(`COPY ${sorted} TO ${quote(path.join(dir, parquet))} (FORMAT parquet, COMPRESSION zstd)`);
  await conn.run(`COPY (${csvSql(table, sorted)}) TO ${quote(path.join(dir, csv))} (HEADER)`);
  prependBom(path.join(dir, csv));
  let arrows: ManifestFile[];
  if (table === 'scores') arrows = await scoresArrowParts(conn, dir, sorted);
  else {
    const arrow = `arrow/${table}.arrow`;
    await writeArrow(conn, table, sorted, path.join(dir, arrow));
    arrows = [await describe(dir, table, arrow, 'arrow', n)];
  }
  await conn.run(`DROP TABLE ${sorted}`);
  return [await describe(dir, table, parquet, 'parquet', n), await describe(dir, table, csv, 'csv', n), ...arrows];
}

/** What each index covers: years with scores, and units with a total score or rank per year. */
async function coverage(conn: DuckDBConnection): Promise<ManifestCoverage[]> {
  const rows = await queryRows<{ index_id: string; is_sample: boolean; year: number | null; units: number | null }>(
    conn,
    `
    SELECT i.index_id, i.is_sample, y.year, y.units_in_data AS units
    FROM indices i LEFT JOIN index_years y ON y.index_id = i.index_id
      AND EXISTS (SELECT 1 FROM scores s WHERE s.index_id = y.index_id AND s.year = y.year)
    ORDER BY i.sort_order, i.index_id, y.year`,
  );
  const byIndex = new Map<string, ManifestCoverage>();
  for (const r of rows) {
    const c = byIndex.get(r.index_id) ?? { index_id: r.index_id, is_sample: r.is_sample, years: [], units_per_year: {} };
    if (r.year !== null) {
      c.years.push(r.year);
      c.units_per_year[String(r.year)] = r.units ?? 0;
    }
    byIndex.set(r.index_id, c);
  }
  return [...byIndex.values()];
}

/** The edition written, and the internal columns its sources withhold (NULL in every output). */
export interface EditionOf {
  edition: Edition;
  withheld: readonly InternalColumn[];
}

/** Writes all outputs into `dir` (which must be empty) and returns the manifest it wrote. */
export async function writeOutput(
  conn: DuckDBConnection,
  dir: string,
  edition: EditionOf,
  onTable?: (table: TableName, i: number) => void,
): Promise<Manifest> {
  for (const sub of ['parquet', 'csv', 'arrow']) mkdirSync(path.join(dir, sub), { recursive: true });
  const files: ManifestFile[] = [];
  for (const [i, table] of TABLE_NAMES.entries()) {
    onTable?.(table, i);
    files.push(...(await writeTable(conn, dir, table)));
  }
  const [{ samples }] = (await queryRows<{ samples: number }>(
    conn,
    `SELECT
    (SELECT count(*) FROM indices WHERE is_sample) + (SELECT count(*) FROM units WHERE is_sample)
    + (SELECT count(*) FROM scores WHERE is_sample) AS samples`,
  )) as [{ samples: number }];
  const manifest: Manifest = {
    schema_version: SCHEMA_VERSION,
    built_at: new Date().toISOString(),
    sample_notice: Number(samples) > 0 ? SAMPLE_NOTICE : null,
    edition: edition.edition,
    withheld: withheldColumns(edition.withheld).map((c) => `scores.${c}`),
    files,
    coverage: await coverage(conn),
  };
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
