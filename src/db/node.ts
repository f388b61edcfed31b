/**
 * DuckDB in Node over the built Parquet files: used by Astro pages at build time and by query tests.
 * One table per Parquet file, so queries read the same table names as in the browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { TABLE_NAMES, type Manifest } from '../schema/index.ts';
import { checkSchemaVersion } from './schema-version.ts';
import { plainValue, type Db, type SqlValue } from './types.ts';

/** Reads and checks the manifest: a build of another schema version is refused with a clear message. */
export function readManifest(distDir: string): Manifest {
  const path = join(distDir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build:data\` first.`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  checkSchemaVersion(manifest, path);
  return manifest;
}

/**
 * Opens an in-memory DuckDB with one table per Parquet file of `distDir/parquet`. Tables, not views:
 * the build asks thousands of small questions, and reading the files once is several times faster.
 */
export async function openNodeDb(distDir: string): Promise<Db> {
  readManifest(distDir);
  const instance = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const conn = await instance.connect();
  await loadTables(conn, distDir);
  return {
    async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
      const reader = await conn.runAndReadAll(sql, params as SqlValue[]);
      return plainRows<T>(reader.getColumnsObjectJS() as Record<string, unknown[]>, reader.currentRowCount);
    },
  };
}

/**
 * Rows from a result's columns. Converting column by column and assembling the rows is 3–5 times faster
 * than the driver's row objects, which matters for the build's few large reads (an index's items, 10⁵ rows).
 */
function plainRows<T>(columns: Record<string, unknown[]>, count: number): T[] {
  const names = Object.keys(columns);
  const values = names.map((name) => columns[name]!);
  const rows = new Array<T>(count);
  for (let i = 0; i < count; i++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < names.length; c++) row[names[c]!] = plainValue(values[c]![i]);
    rows[i] = row as T;
  }
  return rows;
}

/** Creates one table per Parquet file of `distDir/parquet`, named as in the schema. */
export async function loadTables(conn: DuckDBConnection, distDir: string): Promise<void> {
  for (const table of TABLE_NAMES) {
    const file = resolve(distDir, 'parquet', `${table}.parquet`).replaceAll("'", "''");
    await conn.run(`CREATE TABLE "${table}" AS SELECT * FROM read_parquet('${file}')`);
  }
}

/**
 * Where the data build writes, read by every page at build time. PAR_DATA_DIST points a build at
 * another build of the data (the editions test builds the site of a small fixture this way).
 */
export const DATA_DIST = resolve(process.cwd(), process.env.PAR_DATA_DIST ?? 'data/dist');

let buildManifest: Manifest | undefined;

/** The manifest of `data/dist`, read once: its edition is said on every page. */
export function getBuildManifest(): Manifest {
  buildManifest ??= readManifest(DATA_DIST);
  return buildManifest;
}

let buildDb: Promise<Db> | undefined;

/** The build-time database over `data/dist`, opened once and shared by every page. */
export function getBuildDb(): Promise<Db> {
  buildDb ??= openNodeDb(DATA_DIST);
  return buildDb;
}
