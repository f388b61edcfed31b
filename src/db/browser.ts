/**
 * DuckDB-WASM in the browser, started only on the first interaction (never on first paint).
 *
 * The npm bundles lack DuckDB's Parquet extension and would fetch it from the internet, so the data
 * arrives as Arrow IPC files written by the data build, inserted with insertArrowFromIPCStream.
 * Extension autoloading is switched off and the extension repository points at this site, so the
 * engine can never reach another host (the CSP's connect-src 'self' enforces it as well).
 *
 * Each view says which data it needs (`DataNeed`) and only those files are fetched: the small
 * reference tables and the scores' summary for the rankings, an index's detail rows only for the
 * lost-points views of that index. The manifest lists the files.
 */
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Manifest, ManifestFile } from '../schema/index.ts';
import { checkSchemaVersion } from './schema-version.ts';
import { plainRow, type Db, type SqlValue } from './types.ts';

/**
 * What a view needs loaded: "summary" (every table but the scores' detail), "detail:<index_id>"
 * (that index's criteria and sub-criteria, added to `scores`) or "all" (every table, every part).
 */
export type DataNeed = 'summary' | 'all' | `detail:${string}`;

interface Engine {
  conn: AsyncDuckDBConnection;
  worker: Worker;
  manifest: Manifest;
  loaded: Map<string, Promise<void>>;
  /** Loading goes one file at a time into `scores`: the first part creates the table, later ones append. */
  scoresCreated: boolean;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function start(base: string): Promise<Engine> {
  const response = await fetch(`${base}data/manifest.json`);
  if (!response.ok) throw new Error(`data/manifest.json: HTTP ${response.status}`);
  const manifest = (await response.json()) as Manifest;
  checkSchemaVersion(manifest, 'data/manifest.json');
  const duckdb = await import('@duckdb/duckdb-wasm');
  const worker = new Worker(new URL(workerUrl, location.href));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(new URL(wasmUrl, location.href).href);
  // Decimals (and HUGEINT sums, which DuckDB hands to Arrow as decimals) as numbers, not raw words.
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = await db.connect();
  await conn.query(`SET autoinstall_known_extensions = false`);
  await conn.query(`SET autoload_known_extensions = false`);
  await conn.query(`SET custom_extension_repository = '${new URL(`${base}duckdb-extensions`, location.href).href}'`);
  return { conn, worker, manifest, loaded: new Map(), scoresCreated: false };
}

/** The Arrow files a need stands for. */
function filesOf(manifest: Manifest, need: DataNeed): ManifestFile[] {
  const arrows = manifest.files.filter((f) => f.format === 'arrow');
  if (need === 'all') return arrows;
  if (need === 'summary') return arrows.filter((f) => f.table !== 'scores' || f.part === 'summary');
  return arrows.filter((f) => f.table === 'scores' && f.part === need);
}

let queue: Promise<unknown> = Promise.resolve();

/** Inserts one file; scores parts go one after the other into the same table. */
function insert(engine: Engine, base: string, file: ManifestFile): Promise<void> {
  const bytes = fetchBytes(`${base}data/${file.path}`);
  if (file.table !== 'scores') return bytes.then((b) => engine.conn.insertArrowFromIPCStream(b, { name: file.table }));
  const next = queue.then(async () => {
    await engine.conn.insertArrowFromIPCStream(await bytes, { name: 'scores', create: !engine.scoresCreated });
    engine.scoresCreated = true;
  });
  queue = next.catch(() => undefined);
  return next;
}

function ensure(engine: Engine, base: string, needs: readonly DataNeed[]): Promise<unknown> {
  const files = needs.flatMap((need) => filesOf(engine.manifest, need));
  return Promise.all(
    files.map((file) => {
      let loading = engine.loaded.get(file.path);
      if (loading === undefined) {
        loading = insert(engine, base, file);
        engine.loaded.set(file.path, loading);
        loading.catch(() => engine.loaded.delete(file.path));
      }
      return loading;
    }),
  );
}

function asDb(conn: AsyncDuckDBConnection): Db {
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

let engine: Promise<Engine> | undefined;

/** Starts the engine (once) without loading data: call on a sign of intent, so the first query is quicker. */
export function warmBrowserDb(base = '/'): Promise<unknown> {
  engine ??= start(base).catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}

/**
 * The browser database with the data of `needs` loaded, started on first call and shared afterwards.
 * `base` is the site's base path.
 */
export async function getBrowserDb(needs: readonly DataNeed[], base = '/'): Promise<Db> {
  await warmBrowserDb(base);
  const e = await engine!;
  await ensure(e, base, needs);
  return asDb(e.conn);
}

/**
 * The engine's connection with the data of `needs` loaded, for the SQL console, which streams and
 * cancels its own statements (src/db/browser-console.ts).
 */
export async function getBrowserConnection(needs: readonly DataNeed[], base = '/'): Promise<AsyncDuckDBConnection> {
  await getBrowserDb(needs, base);
  return (await engine!).conn;
}

/** Stops the engine's worker at once (a query that ignores cancelling); the next call starts a new one. */
export async function stopBrowserDb(): Promise<void> {
  const running = engine;
  engine = undefined;
  queue = Promise.resolve();
  const e = await running?.catch(() => undefined);
  e?.worker.terminate();
}
