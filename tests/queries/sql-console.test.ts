import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { openNodeConsole, type NodeConsole } from '../../src/db/node-console.ts';
import { EXAMPLES } from '../../src/sql-console/examples.ts';
import { RefusedStatement, wrapStatement } from '../../src/sql-console/guard.ts';
import { writeQueryFixture } from './fixture.ts';

let sql: NodeConsole;
let raw: DuckDBConnection;
before(async () => {
  sql = await openNodeConsole(await writeQueryFixture());
  raw = await (await DuckDBInstance.create(':memory:')).connect();
});

describe('SQL console over real DuckDB', () => {
  test('a result keeps column order, types and NULL apart from the empty text', async () => {
    const result = await sql.run(
      "SELECT unit_id, valid_to, '' AS empty, is_sample FROM units WHERE unit_id IN ('ha-noi', 'an-giang') ORDER BY unit_id",
    );
    assert.deepEqual(
      result.columns.map((c) => [c.name, c.type, c.kind]),
      [
        ['unit_id', 'VARCHAR', 'text'],
        ['valid_to', 'INTEGER', 'number'],
        ['empty', 'VARCHAR', 'text'],
        ['is_sample', 'BOOLEAN', 'boolean'],
      ],
    );
    assert.deepEqual(result.rows, [
      ['an-giang', 2024, '', false],
      ['ha-noi', null, '', false],
    ]);
    assert.equal(result.truncated, false);
  });
  test('decimals inside lists and structs are cast to doubles by DuckDB (as the browser needs), names and order kept', async () => {
    const result = await sql.run("SELECT [1.5, 2.25] AS xs, {'a': -1.25} AS s, [[0.5]] AS nested, 1.5 AS x, 'a' AS t");
    assert.deepEqual(result.rows, [['[1.5,2.25]', '{"a":-1.25}', '[[0.5]]', 1.5, 'a']]);
    assert.deepEqual(
      result.columns.map((c) => [c.name, c.type]),
      [
        ['xs', 'DOUBLE[]'],
        ['s', 'STRUCT("a" DOUBLE)'],
        ['nested', 'DOUBLE[][]'],
        ['x', 'DECIMAL(2,1)'],
        ['t', 'VARCHAR'],
      ],
    );
    // A bad statement still gets DuckDB's own error, not one about the DESCRIBE asked first.
    await assert.rejects(sql.run('SELECT nope FROM units'), /Referenced column "nope" not found/);
  });
  test('PIVOT runs with its values listed; without them it is refused before DuckDB would create a type', async () => {
    const pivot = await sql.run(
      "PIVOT (SELECT year, item_level FROM scores WHERE index_id = 'smp') ON item_level IN ('total', 'domain') USING count(*) GROUP BY year ORDER BY year",
    );
    assert.deepEqual(
      pivot.columns.map((c) => c.name),
      ['year', 'total', 'domain'],
    );
    assert.deepEqual(pivot.rows, [
      [2024, 3, 0],
      [2025, 3, 6],
    ]);
    await assert.rejects(
      sql.run('PIVOT scores ON item_level USING count(*) GROUP BY year'),
      (e) => e instanceof RefusedStatement && e.reason === 'pivotIn',
    );
  });
  test('the limit: exactly maxRows is complete, one more is truncated to maxRows', async () => {
    assert.deepEqual([(await sql.run('FROM range(5)', 5)).truncated, (await sql.run('FROM range(5)', 5)).rows.length], [false, 5]);
    const more = await sql.run('SELECT * FROM range(1000000)', 5);
    assert.deepEqual([more.truncated, more.rows.length, more.rows.at(-1)], [true, 5, [4]]);
  });
  test('an ORDER BY inside the wrapped statement is kept under the limit', async () => {
    assert.deepEqual((await sql.run('SELECT range AS x FROM range(10) ORDER BY x DESC', 3)).rows, [[9], [8], [7]]);
  });
  test('the guard refuses writes before DuckDB sees them', async () => {
    await assert.rejects(
      sql.run('CREATE TABLE x AS SELECT 1'),
      (e) => e instanceof RefusedStatement && e.reason === 'write' && e.keyword === 'CREATE',
    );
  });
  test('files cannot be read: external access is off', async () => {
    await assert.rejects(sql.run("SELECT * FROM read_csv('/etc/hostname')"), /Permission Error/);
  });
  test("DuckDB's parser refuses every write inside the wrapper, whatever the lexical guard missed", async () => {
    for (const body of [
      'CREATE TABLE x AS SELECT 1',
      "COPY (SELECT 1) TO 'x.csv'",
      'INSTALL httpfs',
      "ATTACH 'x.db'",
      'SET threads = 1',
      'DROP TABLE units',
    ]) {
      await assert.rejects(raw.prepare(wrapStatement({ body, explain: null }, 10)), /Parser Error/, body);
    }
    await assert.rejects(
      raw.prepare(wrapStatement({ body: 'SELECT 1) ; DROP TABLE units; SELECT (1', explain: null }, 10)),
      /multiple statements/,
    );
  });
  test('every example query runs over the schema', async () => {
    for (const example of EXAMPLES) {
      const result = await sql.run(example.sql);
      assert.ok(result.columns.length > 0, example.id);
    }
  });
});
