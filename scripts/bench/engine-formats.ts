/**
 * Which format feeds DuckDB-WASM best? The npm bundles lack the Parquet extension (it would be fetched
 * from the internet), so the candidates are Arrow IPC (inserted without parsing) and CSV (DuckDB's
 * built-in reader). Prints, for every table of data/dist: bytes raw / brotli / gzip per format, and the
 * time DuckDB-WASM (the same wasm as the browser's, run in Node) takes to load each. Compressed sizes are
 * those the build writes and the server sends (scripts/precompress.ts: brotli 11, gzip 9), taken from its
 * cache after a build; without one, compressing the large files takes a few minutes.
 *
 *   npm run bench:engine            (after npm run build:data)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { TABLE_NAMES } from '../../src/schema/index.ts';
import { servedEncodings } from '../precompress.ts';

const require = createRequire(import.meta.url);
const dist = process.argv[2] ?? 'data/dist';
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
const sizes = async (bytes: Buffer) => {
  const { br, gz } = await servedEncodings(bytes);
  return { raw: bytes.length, br: br.length, gz: gz.length };
};

const db = await createDuckDB(
  {
    mvp: { mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'), mainWorker: '' },
    eh: { mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'), mainWorker: '' },
  },
  new VoidLogger(),
  NODE_RUNTIME,
);
await db.instantiate();
db.open({ query: { castBigIntToDouble: true } });
const conn = db.connect();
conn.query('SET autoinstall_known_extensions = false');
conn.query('SET autoload_known_extensions = false');

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const totals = { arrow: { br: 0, ms: 0 }, csv: { br: 0, ms: 0 }, parquet: { raw: 0 } };
console.log('table            format   raw        brotli     gzip       load in DuckDB-WASM');
for (const table of TABLE_NAMES) {
  const arrow = readFileSync(join(dist, 'arrow', `${table}.arrow`));
  const csv = readFileSync(join(dist, 'csv', `${table}.csv`));
  const parquet = readFileSync(join(dist, 'parquet', `${table}.parquet`));
  const arrowMs = time(() => conn.insertArrowFromIPCStream(new Uint8Array(arrow), { name: `a_${table}` }));
  db.registerFileBuffer(`${table}.csv`, new Uint8Array(csv));
  const csvMs = time(() => conn.query(`CREATE TABLE c_${table} AS SELECT * FROM read_csv('${table}.csv', header = true)`));
  const a = await sizes(arrow);
  const c = await sizes(csv);
  const rows = conn.query(`SELECT count(*) AS n FROM a_${table}`).toArray()[0]?.n;
  console.log(
    `${table.padEnd(16)} arrow    ${mb(a.raw).padEnd(10)} ${mb(a.br).padEnd(10)} ${mb(a.gz).padEnd(10)} ${arrowMs.toFixed(0)} ms (${rows} rows)`,
  );
  console.log(`${''.padEnd(16)} csv      ${mb(c.raw).padEnd(10)} ${mb(c.br).padEnd(10)} ${mb(c.gz).padEnd(10)} ${csvMs.toFixed(0)} ms`);
  console.log(
    `${''.padEnd(16)} parquet  ${mb(parquet.length).padEnd(10)} (not loadable: DuckDB-WASM's npm bundles lack the Parquet extension)`,
  );
  totals.arrow.br += a.br;
  totals.arrow.ms += arrowMs;
  totals.csv.br += c.br;
  totals.csv.ms += csvMs;
  totals.parquet.raw += parquet.length;
}
console.log(
  `\ntotal: arrow ${mb(totals.arrow.br)} brotli, ${totals.arrow.ms.toFixed(0)} ms to load; csv ${mb(totals.csv.br)} brotli, ${totals.csv.ms.toFixed(0)} ms to load; parquet ${mb(totals.parquet.raw)}`,
);
