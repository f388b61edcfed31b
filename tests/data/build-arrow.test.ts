/**
 * Arrow IPC streams: the schema's explicit types, the same rows as Parquet, several record batches
 * for big tables, and DuckDB-WASM (what the browser runs) able to read them.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { Type, tableFromIPC, type Table } from '@uwdata/flechette';
import { TABLES, TABLE_NAMES, createTableSql, type ColumnType } from '../../src/schema/index.ts';
import { writeArrow } from '../../scripts/data/arrow-writer.ts';
import { buildData } from '../../scripts/data/build.ts';
import { copyFixture, type TempData } from '../fixtures/build/fixture.ts';

let tmp: TempData;
let conn: DuckDBConnection;

const arrowFile = (table: string): string => path.join(tmp.outDir, 'arrow', `${table}.arrow`);
const readArrow = (file: string): Table => tableFromIPC(readFileSync(file));
/** The Arrow files of a table: scores come in parts (summary, then each index's detail). */
const arrowFiles = (table: string): string[] =>
  table === 'scores' ? ['summary', 'detail.sample-departments'].map((part) => arrowFile(`scores.${part}`)) : [arrowFile(table)];
const keyOf = (row: Record<string, unknown>, key: readonly string[]): string => key.map((k) => String(row[k])).join('|');

/** Arrow type id (and width) each schema type must have. */
const EXPECTED_TYPE: Record<
  ColumnType,
  (t: { typeId: number; bitWidth?: number; precision?: number; unit?: number; children?: { type: { typeId: number } }[] }) => boolean
> = {
  VARCHAR: (t) => t.typeId === Type.Utf8,
  INTEGER: (t) => t.typeId === Type.Int && t.bitWidth === 32,
  DOUBLE: (t) => t.typeId === Type.Float && t.precision === 2,
  BOOLEAN: (t) => t.typeId === Type.Bool,
  DATE: (t) => t.typeId === Type.Date && t.unit === 0,
  'VARCHAR[]': (t) => t.typeId === Type.List && t.children?.[0]?.type.typeId === Type.Utf8,
};

/** A value as both readers give it: dates as epoch milliseconds, lists as plain arrays. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  if (ArrayBuffer.isView(value) || Array.isArray(value)) return Array.from(value as ArrayLike<unknown>, plain);
  return value;
}

before(async () => {
  tmp = copyFixture();
  const result = await buildData({ dataDir: tmp.dataDir, outDir: tmp.outDir, progress: null });
  assert.ok(result.ok);
  conn = await (await DuckDBInstance.create(':memory:')).connect();
});

after(() => tmp.remove());

describe('Arrow files of the fixture build', () => {
  test('each column has the explicit type of the schema', () => {
    for (const table of TABLE_NAMES) {
      for (const file of arrowFiles(table)) {
        const fields = readArrow(file).schema.fields;
        assert.deepEqual(
          fields.map((f) => f.name),
          TABLES[table].columns.map((c) => c.name),
          table,
        );
        TABLES[table].columns.forEach((c, i) => assert.ok(EXPECTED_TYPE[c.type](fields[i]!.type as never), `${table}.${c.name}`));
      }
    }
  });

  test('the same rows, in the same order, as the Parquet files (NULL included)', async () => {
    for (const table of TABLE_NAMES) {
      const parquet = path.join(tmp.outDir, 'parquet', `${table}.parquet`);
      const expected = (await conn.runAndReadAll(`SELECT * FROM '${parquet}'`)).getRowObjectsJS();
      // Each part keeps the key order; the parts together hold every row once.
      const actual = arrowFiles(table).flatMap((file) => readArrow(file).toArray());
      const key = TABLES[table].key;
      actual.sort((a, b) => (keyOf(a, key) < keyOf(b, key) ? -1 : 1));
      expected.sort((a, b) => (keyOf(a, key) < keyOf(b, key) ? -1 : 1));
      assert.deepEqual(
        actual.map((r) => Object.values(r).map(plain)),
        expected.map((r) => Object.values(r).map(plain)),
        table,
      );
    }
  });
});

describe('a table bigger than one record batch', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arrow-'));
  const file = path.join(dir, 'scores.arrow');
  const ROWS = 150_000;

  before(async () => {
    await conn.run(createTableSql('scores'));
    await conn.run(`INSERT INTO scores SELECT 'idx-' || (i % 3), 2000 + (i % 50), 'unit-' || i, 'D' || (i % 7), 'domain', NULL,
      i % 11 <> 0, i / 10, NULL, NULL, NULL, NULL, CASE WHEN i % 5 = 0 THEN NULL ELSE i / 100 END, NULL, NULL,
      CASE WHEN i % 1000 = 0 THEN 'Lý do ' || i END, NULL, NULL, NULL, NULL, (i % 97)::INTEGER, 97,
      CASE WHEN i % 7 = 0 THEN ['https://a.org/' || i, 'https://b.org/'] ELSE []::VARCHAR[] END, 'f.csv', FALSE
      FROM range(${ROWS}) r(i) ORDER BY i`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('is written as several batches of one stream, every row and NULL intact', async () => {
    assert.equal(await writeArrow(conn, 'scores', 'scores', file), ROWS);
    const table = readArrow(file);
    assert.equal(table.numRows, ROWS);
    assert.ok(table.getChild('unit_id')!.data.length >= 3, 'several record batches');
    const rows = table.toArray();
    assert.deepEqual(
      [rows[0]!.unit_id, rows[0]!.final_score, rows[0]!.reason_vi, rows[0]!.applicable, rows[0]!.computed_rank],
      ['unit-0', null, 'Lý do 0', false, 0],
    );
    const last = rows[ROWS - 1]!;
    assert.deepEqual(
      [last.unit_id, last.year, last.max_points, last.final_score, last.reason_vi, Array.from(last.source_urls)],
      [`unit-${ROWS - 1}`, 2049, (ROWS - 1) / 10, (ROWS - 1) / 100, null, []],
    );
    assert.equal(rows[131_000]!.reason_vi, 'Lý do 131000');
    assert.deepEqual(Array.from(rows[140_000]!.source_urls), ['https://a.org/140000', 'https://b.org/'], 'a list in the third batch');
    assert.equal(
      rows.reduce((n, r) => n + r.source_urls.length, 0),
      2 * Math.ceil(ROWS / 7),
    );
  });

  test('DuckDB-WASM, as in the browser, reads the stream', async () => {
    const require = createRequire(import.meta.url);
    const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
    const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));
    const db = await duckdb.createDuckDB(
      {
        mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
        eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
      },
      new duckdb.VoidLogger(),
      duckdb.NODE_RUNTIME,
    );
    await db.instantiate();
    const wasm = db.connect();
    wasm.insertArrowFromIPCStream(readFileSync(file), { name: 'big' });
    wasm.insertArrowFromIPCStream(readFileSync(arrowFile('units')), { name: 'units' });
    wasm.insertArrowFromIPCStream(readFileSync(arrowFile('lineage')), { name: 'lineage' });
    const big = wasm
      .query(
        `SELECT count(*)::INTEGER AS n, count(final_score)::INTEGER AS scored, count(reason_vi)::INTEGER AS reasons,
      max(year) AS max_year, sum(len(source_urls))::INTEGER AS pages FROM big`,
      )
      .toArray()
      .map((r: { toJSON(): unknown }) => r.toJSON());
    assert.deepEqual(big, [{ n: ROWS, scored: ROWS - ROWS / 5, reasons: ROWS / 1000, max_year: 2049, pages: 2 * Math.ceil(ROWS / 7) }]);
    const first = wasm
      .query(`SELECT source_urls[1] AS first FROM big WHERE unit_id = 'unit-140000'`)
      .toArray()
      .map((r: { toJSON(): unknown }) => r.toJSON());
    assert.deepEqual(first, [{ first: 'https://a.org/140000' }]);
    const aliases = wasm
      .query(`SELECT len(aliases)::INTEGER AS n, aliases[2] AS second FROM units WHERE unit_id = 'hai-phong'`)
      .toArray()
      .map((r: { toJSON(): unknown }) => r.toJSON());
    assert.deepEqual(aliases, [{ n: 2, second: 'TP. Hải Phòng' }]);
    const dates = wasm
      .query(`SELECT effective_date::VARCHAR AS d FROM lineage WHERE from_unit_id = 'so-cu'`)
      .toArray()
      .map((r: { toJSON(): unknown }) => r.toJSON());
    assert.deepEqual(dates, [{ d: '2024-01-01' }]);
    wasm.close();
  });
});
