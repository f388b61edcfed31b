/**
 * The SQL console in Node: the same guarded, wrapped and limited statement as in the browser, over the
 * same tables, so the page's default result is pre-rendered and the console's guard is tested with real
 * DuckDB. External access is switched off once the tables are loaded, as in the browser.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { guardStatement, RefusedStatement, wrapStatement } from '../sql-console/guard.ts';
import { withNestedCasts } from '../sql-console/nested-decimals.ts';
import { cellValue, kindOfType, MAX_ROWS, type ConsoleResult } from '../sql-console/result.ts';
import { DATA_DIST, loadTables, readManifest } from './node.ts';

/** Runs console statements; throws the guard's refusal or DuckDB's error. */
export interface NodeConsole {
  run(sql: string, maxRows?: number): Promise<ConsoleResult>;
}

/** Opens an in-memory DuckDB over `distDir`'s Parquet files, locked down like the browser's console. */
export async function openNodeConsole(distDir: string): Promise<NodeConsole> {
  readManifest(distDir);
  const instance = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const conn = await instance.connect();
  await loadTables(conn, distDir);
  await conn.run('SET enable_external_access = false');
  await conn.run('SET lock_configuration = true');
  /** The statement to run: nested decimals cast as the browser needs them (nested-decimals.ts), so both read alike. */
  const withCasts = (wrapped: string, explain: string | null): Promise<string> =>
    explain !== null ? Promise.resolve(wrapped) : withNestedCasts(wrapped, async (q) => (await conn.runAndReadAll(q)).getRowObjectsJS());
  return {
    async run(sql, maxRows = MAX_ROWS) {
      const guarded = guardStatement(sql);
      if (!guarded.ok) throw new RefusedStatement(guarded);
      const started = performance.now();
      const prepared = await conn.prepare(await withCasts(wrapStatement(guarded, maxRows), guarded.explain));
      const reader = await prepared.runAndReadAll();
      const types = reader.columnTypes().map(String);
      const columns = reader.columnNames().map((name, i) => ({ name, type: types[i]!, kind: kindOfType(types[i]!) }));
      const rows = reader.getRowsJS().map((row) => row.map(cellValue));
      return {
        columns,
        rows: rows.slice(0, maxRows),
        truncated: guarded.explain === null && rows.length > maxRows,
        elapsedMs: performance.now() - started,
      };
    },
  };
}

let buildConsole: Promise<NodeConsole> | undefined;

/** The build-time console over `data/dist`, opened once. */
export function getBuildConsole(): Promise<NodeConsole> {
  buildConsole ??= openNodeConsole(DATA_DIST);
  return buildConsole;
}
