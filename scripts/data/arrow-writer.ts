/**
 * Writes a table as an Arrow IPC **stream** (what the browser's DuckDB-WASM reads, since it lacks the
 * Parquet extension), with the schema's types made explicit: VARCHAR → utf8, INTEGER → int32,
 * DOUBLE → float64, BOOLEAN → bool, DATE → dateDay, VARCHAR[] → list(utf8).
 *
 * Rows are encoded in record batches whose IPC messages are concatenated, so that a table of millions
 * of rows never sits in JS at once. Strings, alone or in lists, travel from DuckDB as ENUM codes
 * (reading each string through the Node API costs a native call), and each batch is built straight
 * into typed buffers.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { DuckDBListVector, type DuckDBConnection, type DuckDBDataChunk } from '@duckdb/node-api';
import {
  bool,
  dateDay,
  float64,
  int32,
  list,
  tableFromArrays,
  tableFromColumns,
  tableToIPC,
  utf8,
  type Column,
  type DataType,
  type Table,
} from '@uwdata/flechette';
import { TABLES, type ColumnDef, type ColumnType, type TableName } from '../../src/schema/index.ts';
import {
  boolBuilder,
  dictUtf8Builder,
  dictUtf8ListBuilder,
  encodeDictionary,
  numberBuilder,
  type BatchBuilder,
  type ListBatchBuilder,
} from './arrow-columns.ts';
import { queryRows } from './db.ts';

/** Rows per record batch. */
const BATCH_ROWS = 65536;
const EOS = Uint8Array.of(255, 255, 255, 255, 0, 0, 0, 0);

/** The length of the schema message at the start of an IPC stream (8-byte prefix + metadata, no body). */
function schemaLength(ipc: Uint8Array): number {
  return 8 + new DataView(ipc.buffer, ipc.byteOffset, ipc.byteLength).getInt32(4, true);
}

const enumName = (table: TableName, col: string): string => `"arrow_${table}_${col}"`;

/** Columns whose strings travel as ENUM codes: VARCHAR and VARCHAR[]. */
const textColumns = (table: TableName): ColumnDef[] => TABLES[table].columns.filter((c) => c.type === 'VARCHAR' || c.type === 'VARCHAR[]');

/** A column's strings, one per row (VARCHAR) or one per list item (VARCHAR[]). */
const stringsOf = (c: ColumnDef, source: string): string =>
  c.type === 'VARCHAR' ? `SELECT "${c.name}" AS v FROM ${source}` : `SELECT unnest("${c.name}") AS v FROM ${source}`;

/** Makes an ENUM of each text column's distinct strings; returns the dictionaries by column. */
async function dictionaries(conn: DuckDBConnection, table: TableName, source: string): Promise<Map<string, Uint8Array[]>> {
  const dicts = new Map<string, Uint8Array[]>();
  for (const c of textColumns(table)) {
    await conn.run(`CREATE TYPE ${enumName(table, c.name)} AS ENUM (
      SELECT DISTINCT v FROM (${stringsOf(c, source)}) WHERE v IS NOT NULL ORDER BY 1)`);
    const rows = await queryRows<{ v: string }>(conn, `SELECT unnest(enum_range(NULL::${enumName(table, c.name)})) AS v`);
    dicts.set(c.name, encodeDictionary(rows.map((r) => r.v)));
  }
  return dicts;
}

/** A column as it is read for the Arrow file: strings replaced by their ENUM codes. */
function codedColumn(table: TableName, c: ColumnDef): string {
  const code = (value: string): string => `enum_code(${value}::${enumName(table, c.name)})::INTEGER`;
  if (c.type === 'VARCHAR') return `${code(`"${c.name}"`)} AS "${c.name}"`;
  if (c.type === 'VARCHAR[]') return `list_transform("${c.name}", lambda s: ${code('s')}) AS "${c.name}"`;
  return `"${c.name}"`;
}

/** The rows of `source` with strings replaced by their ENUM codes, order kept. */
function codedSql(table: TableName, source: string): string {
  return `SELECT ${TABLES[table].columns.map((c) => codedColumn(table, c)).join(', ')} FROM ${source}`;
}

type Builder = BatchBuilder | ListBatchBuilder;

function builderFor(c: ColumnDef, dicts: Map<string, Uint8Array[]>): Builder {
  if (c.type === 'VARCHAR') return dictUtf8Builder(dicts.get(c.name)!, BATCH_ROWS);
  if (c.type === 'VARCHAR[]') {
    // The schema's lists are NOT NULL ([] for none), so the builder reads items without a validity check.
    if (c.nullable) throw new Error(`${c.name}: a nullable list column needs a validity-aware Arrow builder`);
    return dictUtf8ListBuilder(dicts.get(c.name)!, BATCH_ROWS);
  }
  if (c.type === 'BOOLEAN') return boolBuilder(BATCH_ROWS);
  return numberBuilder(c.type === 'INTEGER' ? 'int32' : 'float64', BATCH_ROWS);
}

/** Encodes batches as they fill and writes one continuous IPC stream. */
class StreamFile {
  private batches = 0;
  private readonly fd: number;

  constructor(file: string) {
    this.fd = openSync(file, 'w');
  }

  /** Writes a table's batch messages (the schema only before the first batch). */
  write(table: Table): void {
    const ipc = tableToIPC(table, { format: 'stream' })!;
    writeSync(this.fd, ipc.subarray(this.batches === 0 ? 0 : schemaLength(ipc), ipc.length - EOS.length));
    this.batches++;
  }

  get empty(): boolean {
    return this.batches === 0;
  }

  close(): void {
    writeSync(this.fd, EOS);
    closeSync(this.fd);
  }
}

/** Tables without dates: the fast path, for tables of any size. */
async function writeBatches(conn: DuckDBConnection, table: TableName, source: string, out: StreamFile): Promise<number> {
  const cols = TABLES[table].columns;
  let dicts = new Map<string, Uint8Array[]>();
  let builders: Builder[] = [];
  let inBatch = 0;
  let rows = 0;
  const flush = (): void => {
    out.write(tableFromColumns(cols.map((c, i): [string, Column<unknown>] => [c.name, builders[i]!.done()])));
    builders = cols.map((c) => builderFor(c, dicts));
    inBatch = 0;
  };
  try {
    dicts = await dictionaries(conn, table, source);
    builders = cols.map((c) => builderFor(c, dicts));
    const result = await conn.stream(codedSql(table, source));
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      for (let start = 0; start < chunk.rowCount;) {
        const n = Math.min(chunk.rowCount - start, BATCH_ROWS - inBatch);
        addRows(chunk, builders, start, n);
        start += n;
        inBatch += n;
        rows += n;
        if (inBatch === BATCH_ROWS) flush();
      }
    }
    if (inBatch > 0 || out.empty) flush();
  } finally {
    for (const c of textColumns(table)) await conn.run(`DROP TYPE IF EXISTS ${enumName(table, c.name)}`);
  }
  return rows;
}

function addRows(chunk: DuckDBDataChunk, builders: Builder[], start: number, n: number): void {
  builders.forEach((b, i) => {
    const vector = chunk.getColumnVector(i);
    if ('addList' in b) {
      if (!(vector instanceof DuckDBListVector)) throw new Error(`column ${i} is not a list`);
      const items = vector.childVector;
      for (let j = start; j < start + n; j++) b.addList(items, vector.getEntryOffset(j), vector.getEntryLength(j));
    } else {
      for (let j = start; j < start + n; j++) b.add(vector.getItem(j));
    }
  });
}

const ARROW_TYPES: Record<ColumnType, () => DataType> = {
  VARCHAR: () => utf8(),
  INTEGER: () => int32(),
  DOUBLE: () => float64(),
  BOOLEAN: () => bool(),
  DATE: () => dateDay(),
  'VARCHAR[]': () => list(utf8()),
};

/** Small tables with dates (lineage): one batch through flechette's builders. */
async function writeGeneral(conn: DuckDBConnection, table: TableName, source: string, out: StreamFile): Promise<number> {
  const reader = await conn.runAndReadAll(`SELECT * FROM ${source}`);
  const values = reader.getColumnsJS();
  const cols = TABLES[table].columns;
  const data = Object.fromEntries(cols.map((c, i) => [c.name, values[i] ?? []]));
  const types = Object.fromEntries(cols.map((c) => [c.name, ARROW_TYPES[c.type]()]));
  out.write(tableFromArrays(data, { types }));
  return reader.currentRowCount;
}

/**
 * Writes the rows of `source` (a table or view with the columns of `table`, in schema order, scanned in
 * its stored order) to `file`; returns the row count.
 */
export async function writeArrow(conn: DuckDBConnection, table: TableName, source: string, file: string): Promise<number> {
  const out = new StreamFile(file);
  try {
    const dated = TABLES[table].columns.some((c) => c.type === 'DATE');
    return dated ? await writeGeneral(conn, table, source, out) : await writeBatches(conn, table, source, out);
  } finally {
    out.close();
  }
}
