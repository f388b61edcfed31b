/** The build's DuckDB: in memory, no extension downloads; tables come from the schema (createTableSql). */
import {
  BOOLEAN,
  DATE,
  DOUBLE,
  DuckDBDataChunk,
  DuckDBInstance,
  INTEGER,
  LIST,
  VARCHAR,
  dateValue,
  listValue,
  type DuckDBAppender,
  type DuckDBConnection,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';
import { TABLES, createTableSql, type ColumnType, type TableName } from '../../src/schema/index.ts';

/**
 * Opens an in-memory database with every schema table created. Should it outgrow memory, DuckDB
 * spills to `spillDir` (its default would be `.tmp` in the working directory).
 */
export async function openDb(spillDir: string): Promise<{ instance: DuckDBInstance; conn: DuckDBConnection }> {
  const instance = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    temp_directory: spillDir,
  });
  const conn = await instance.connect();
  for (const table of Object.keys(TABLES) as TableName[]) await conn.run(createTableSql(table));
  return { instance, conn };
}

const TYPES: Record<ColumnType, DuckDBType> = {
  VARCHAR,
  INTEGER,
  DOUBLE,
  BOOLEAN,
  DATE,
  'VARCHAR[]': LIST(VARCHAR),
};

/** The DuckDB type of a schema column type. */
function duckType(type: ColumnType): DuckDBType {
  return TYPES[type];
}

/** A JS value as DuckDB wants it for a column of `type` (dates as "YYYY-MM-DD", lists as arrays). */
function toDuck(type: ColumnType, value: unknown): DuckDBValue {
  if (value === null || value === undefined) return null;
  if (type === 'DATE') {
    const [y, m, d] = String(value).split('-').map(Number);
    return dateValue(Date.UTC(y!, m! - 1, d!) / 864e5);
  }
  if (type === 'VARCHAR[]') return listValue(value as string[]);
  return value as DuckDBValue;
}

/** Rows per data chunk (DuckDB's vector size). */
const CHUNK_ROWS = 2048;

/**
 * Appends rows column-wise through data chunks, much faster than value by value.
 * `columns` gives each column's name and schema type, in table order.
 */
export class ChunkAppender {
  private buffers: DuckDBValue[][];
  private readonly types: DuckDBType[];
  rows = 0;

  private readonly appender: DuckDBAppender;
  private readonly columns: readonly { name: string; type: ColumnType }[];

  private constructor(appender: DuckDBAppender, columns: readonly { name: string; type: ColumnType }[]) {
    this.appender = appender;
    this.columns = columns;
    this.types = columns.map((c) => duckType(c.type));
    this.buffers = columns.map(() => []);
  }

  static async create(
    conn: DuckDBConnection,
    table: string,
    columns: readonly { name: string; type: ColumnType }[],
  ): Promise<ChunkAppender> {
    return new ChunkAppender(await conn.createAppender(table), columns);
  }

  /** Appends one row given as values in column order. */
  appendValues(values: readonly unknown[]): void {
    for (let i = 0; i < values.length; i++) this.buffers[i]!.push(toDuck(this.columns[i]!.type, values[i]));
    if (++this.rows % CHUNK_ROWS === 0) this.flush();
  }

  /** Appends one row given as an object keyed by column name. */
  append(row: Readonly<Record<string, unknown>>): void {
    this.appendValues(this.columns.map((c) => row[c.name]));
  }

  private flush(): void {
    const n = this.buffers[0]?.length ?? 0;
    if (n === 0) return;
    const chunk = DuckDBDataChunk.create(this.types, n);
    chunk.setColumns(this.buffers);
    this.appender.appendDataChunk(chunk);
    this.buffers = this.columns.map(() => []);
  }

  close(): void {
    this.flush();
    this.appender.closeSync();
  }
}

/** Inserts rows into a schema table (columns by name, types from the schema). */
export async function insertRows(conn: DuckDBConnection, table: TableName, rows: readonly object[]): Promise<void> {
  const appender = await ChunkAppender.create(conn, table, TABLES[table].columns);
  for (const row of rows) appender.append(row as Readonly<Record<string, unknown>>);
  appender.close();
}

/** Reads a query's rows as plain JS objects (INTEGER → number, DATE → Date, lists → arrays). */
export async function queryRows<T>(conn: DuckDBConnection, sql: string): Promise<T[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJS() as T[];
}
