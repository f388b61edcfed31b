/**
 * The SQL console in the browser: every table loaded into DuckDB-WASM (the scores' detail parts as
 * well, since files cannot be loaded once file access is off), then file and network access switched
 * off and the configuration locked, then each guarded statement prepared (DuckDB's parser refuses more
 * than one) and streamed, reading at most the console's limit plus one row.
 *
 * Cancel asks DuckDB to stop; a statement deep in one operator may not notice for a long time, so after
 * a short wait the engine's worker is stopped instead and the next run starts a new one.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { RecordBatch } from 'apache-arrow';
import { guardStatement, RefusedStatement, wrapStatement } from '../sql-console/guard.ts';
import { withNestedCasts } from '../sql-console/nested-decimals.ts';
import {
  cellValue,
  isoDateTime,
  kindOfType,
  MAX_ROWS,
  type ConsoleResult,
  type ResultColumn,
  type ResultValue,
} from '../sql-console/result.ts';
import { getBrowserConnection, stopBrowserDb } from './browser.ts';

/** Thrown by a run the user cancelled. */
export class CancelledQuery extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledQuery';
  }
}

const locked = new WeakSet<AsyncDuckDBConnection>();

/** Loads every table, then switches off file and network access for good (once per engine). */
async function consoleConnection(base: string): Promise<AsyncDuckDBConnection> {
  const conn = await getBrowserConnection(['all'], base);
  if (!locked.has(conn)) {
    await conn.query('SET enable_external_access = false');
    await conn.query('SET lock_configuration = true');
    locked.add(conn);
  }
  return conn;
}

/** Reads one cell; Arrow gives dates and timestamps as milliseconds, shown as ISO text. */
function readCell(batch: RecordBatch, column: number, row: number, type: string): ResultValue {
  const value: unknown = batch.getChildAt(column)?.get(row);
  if (typeof value === 'number' && type.startsWith('Date')) return isoDateTime(new Date(value), false);
  if (typeof value === 'number' && type.startsWith('Timestamp')) return isoDateTime(new Date(value), true);
  return cellValue(value);
}

async function stream(
  conn: AsyncDuckDBConnection,
  wrapped: string,
  maxRows: number,
  explain: boolean,
): Promise<Omit<ConsoleResult, 'truncated' | 'elapsedMs'>> {
  // Preparing first lets DuckDB's parser refuse a text holding more than one statement before anything runs.
  await (await conn.prepare(wrapped)).close();
  const sql = explain ? wrapped : await withNestedCasts(wrapped, async (q) => (await conn.query(q)).toArray() as Record<string, unknown>[]);
  const reader = await conn.send(sql, true);
  let columns: ResultColumn[] = [];
  const rows: ResultValue[][] = [];
  for await (const batch of reader) {
    columns = batch.schema.fields.map((f) => ({ name: f.name, type: String(f.type), kind: kindOfType(String(f.type)) }));
    for (let r = 0; r < batch.numRows && rows.length <= maxRows; r++) {
      rows.push(columns.map((c, i) => readCell(batch, i, r, c.type)));
    }
    if (rows.length > maxRows) break;
  }
  if (columns.length === 0)
    columns = reader.schema.fields.map((f) => ({ name: f.name, type: String(f.type), kind: kindOfType(String(f.type)) }));
  return { columns, rows };
}

let cancel: (() => void) | null = null;
let running: Promise<unknown> | null = null;
/** A cancel still deciding whether to stop the engine: the next run waits for it, or would use a dying worker. */
let stopping: Promise<void> = Promise.resolve();

/** Runs one console statement; throws RefusedStatement, CancelledQuery or DuckDB's error. */
export async function runBrowserConsole(sql: string, options: { base?: string; maxRows?: number } = {}): Promise<ConsoleResult> {
  const guarded = guardStatement(sql);
  if (!guarded.ok) throw new RefusedStatement(guarded);
  const maxRows = options.maxRows ?? MAX_ROWS;
  await stopping;
  const conn = await consoleConnection(options.base ?? '/');
  const started = performance.now();
  const work = stream(conn, wrapStatement(guarded, maxRows), maxRows, guarded.explain !== null);
  running = work.catch(() => undefined);
  const cancelled = new Promise<never>((_resolve, reject) => (cancel = () => reject(new CancelledQuery())));
  try {
    const { columns, rows } = await Promise.race([work, cancelled]);
    return {
      columns,
      rows: rows.slice(0, maxRows),
      truncated: guarded.explain === null && rows.length > maxRows,
      elapsedMs: performance.now() - started,
    };
  } finally {
    cancel = null;
    running = null;
  }
}

/** Cancels the running statement, stopping the engine if DuckDB does not stop within `graceMs`. */
export function cancelBrowserConsole(graceMs = 1500): Promise<void> {
  const stop = cancel;
  const current = running;
  if (stop === null || current === null) return stopping;
  stop();
  stopping = (async () => {
    const conn = await getBrowserConnection([]);
    void conn.cancelSent().catch(() => false);
    const settled = await Promise.race([current.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), graceMs))]);
    if (!settled) await stopBrowserDb();
  })().catch(() => undefined);
  return stopping;
}
