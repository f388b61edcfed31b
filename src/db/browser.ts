/**
 * DuckDB-WASM in the browser, started only on the first interaction (never on first paint).
 *
 * The npm bundles lack DuckDB's Parquet extension and would fetch it from the internet, so the data
 * arrives as Arrow IPC files written by the data build, inserted with insertArrowFromIPCStream.
 * Extension autoloading is switched off and the extension repository points at this site, so the
 * engine can never reach another host (the CSP's connect-src 'self' enforces it as well).
 */
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { TABLE_NAMES } from '../schema/tables.ts';
import { checkSchemaVersion } from './schema-version.ts';
import { plainRow, type Db, type SqlValue } from './types.ts';

type EngineState = 'idle' | 'loading' | 'ready' | 'error';

/** Mirrors the engine state on <html data-engine>, which the progress indicator and tests watch. */
function setState(state: EngineState): void {
  document.documentElement.dataset.engine = state;
}

/** Fetches the manifest and refuses data built for another schema. */
async function checkSchema(base: string): Promise<void> {
  const response = await fetch(`${base}data/manifest.json`);
  if (!response.ok) throw new Error(`data/manifest.json: HTTP ${response.status}`);
  checkSchemaVersion((await response.json()) as { schema_version?: unknown }, 'data/manifest.json');
}

async function start(base: string): Promise<Db> {
  setState('loading');
  await checkSchema(base);
  const duckdb = await import('@duckdb/duckdb-wasm');
  const worker = new Worker(new URL(workerUrl, location.href));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(new URL(wasmUrl, location.href).href);
  await db.open({ query: { castBigIntToDouble: true } });
  const conn = await db.connect();
  await conn.query(`SET autoinstall_known_extensions = false`);
  await conn.query(`SET autoload_known_extensions = false`);
  await conn.query(`SET custom_extension_repository = '${new URL(`${base}duckdb-extensions`, location.href).href}'`);
  await Promise.all(
    TABLE_NAMES.map(async (table) => {
      const response = await fetch(`${base}data/arrow/${table}.arrow`);
      if (!response.ok) throw new Error(`${table}.arrow: HTTP ${response.status}`);
      await conn.insertArrowFromIPCStream(new Uint8Array(await response.arrayBuffer()), { name: table });
    }),
  );
  setState('ready');
  return {
    async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
      const statement = await conn.prepare(sql);
      try {
        const table = await statement.query(...params);
        return table.toArray().map((row) => plainRow<T>(row.toJSON() as Record<string, unknown>));
      } finally {
        await statement.close();
      }
    },
  };
}

let engine: Promise<Db> | undefined;

/** The browser database, started on first call and shared afterwards. `base` is the site's base path. */
export function getBrowserDb(base = '/'): Promise<Db> {
  engine ??= start(base).catch((error: unknown) => {
    setState('error');
    document.documentElement.dataset.engineError = error instanceof Error ? error.message : String(error);
    engine = undefined;
    throw error;
  });
  return engine;
}
