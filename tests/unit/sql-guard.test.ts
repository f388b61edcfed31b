import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { guardStatement, wrapStatement } from '../../src/sql-console/guard.ts';
import { consoleError } from '../../src/sql-console/errors.ts';

const refusal = (sql: string) => {
  const r = guardStatement(sql);
  return r.ok ? null : [r.reason, r.keyword];
};

describe('SQL console guard: what is refused', () => {
  test('writes, extensions and settings are refused by their first keyword', () => {
    assert.deepEqual(refusal('CREATE TABLE x AS SELECT 1'), ['write', 'CREATE']);
    assert.deepEqual(refusal("copy units TO 'x.csv'"), ['write', 'COPY']);
    assert.deepEqual(refusal('INSTALL httpfs'), ['write', 'INSTALL']);
    assert.deepEqual(refusal("attach 'x.db'"), ['write', 'ATTACH']);
    assert.deepEqual(refusal('SET enable_external_access = true'), ['write', 'SET']);
    assert.deepEqual(refusal('-- a comment first\n/* and another */ DROP TABLE units'), ['write', 'DROP']);
  });
  test('an unknown first word is left to DuckDB, whose parser refuses it inside the wrapper', () => {
    assert.deepEqual(guardStatement('selec 1'), { ok: true, body: 'selec 1', explain: null });
  });
  test('nothing but comments is empty', () => {
    assert.deepEqual(refusal('  -- only a comment\n /* and this */ '), ['empty', '']);
    assert.deepEqual(refusal(''), ['empty', '']);
  });
  test('a second statement is refused, wherever it hides', () => {
    assert.deepEqual(refusal('SELECT 1; SELECT 2'), ['multiple', 'SELECT']);
    assert.deepEqual(refusal('select 1) ; drop table units; select (1'), ['multiple', 'SELECT']);
    assert.deepEqual(refusal("SELECT 1; 'text'"), ['multiple', 'SELECT']);
  });
});

describe('SQL console guard: what runs', () => {
  test('semicolons inside strings, quoted names, dollar quotes and comments do not split', () => {
    for (const sql of ["SELECT 'a;b'", 'SELECT 1 AS "x;y"', 'SELECT $$a;b$$', 'SELECT 1 -- ; DROP TABLE units', 'SELECT 1 /* ; */']) {
      assert.equal(guardStatement(sql).ok, true, sql);
    }
  });
  test('trailing semicolons and comments are dropped from the body', () => {
    assert.deepEqual(guardStatement('SELECT 1;  -- done\n'), { ok: true, body: 'SELECT 1', explain: null });
    assert.deepEqual(guardStatement('SELECT 1;;'), { ok: true, body: 'SELECT 1', explain: null });
  });
  test('every reading statement is accepted, in any case', () => {
    for (const sql of [
      'with x as (select 1) from x',
      'FROM units',
      'values (1)',
      'describe units',
      'summarize units',
      'show tables',
      'pivot t on a in (1) using sum(b)',
      '(select 1)',
    ]) {
      assert.equal(guardStatement(sql).ok, true, sql);
    }
  });
  test('a PIVOT without IN values is refused with its own reason (DuckDB would create a type first); with IN it runs', () => {
    for (const sql of [
      'PIVOT scores ON item_level USING count(*)',
      'pivot_wider scores on item_level using count(*) group by year',
      'PIVOT (SELECT * FROM scores WHERE year IN (2024)) ON item_level USING count(*) GROUP BY year',
      "PIVOT scores ON item_level USING count(*) -- IN ('x')",
      'PIVOT scores ON item_level USING count(*) GROUP BY year ORDER BY year LIMIT 3 -- IN',
    ]) {
      assert.deepEqual(guardStatement(sql), { ok: false, reason: 'pivotIn', keyword: sql.slice(0, sql.search(/\s/)).toUpperCase() }, sql);
    }
    for (const sql of [
      "PIVOT scores ON item_level IN ('total', 'domain') USING count(*) GROUP BY year",
      "pivot (select year, item_level from scores) on item_level in ('total') using count(*)",
      'UNPIVOT t ON a, b INTO NAME k VALUE v',
      'FROM t PIVOT (sum(b) FOR a IN (1, 2))',
    ]) {
      assert.equal(guardStatement(sql).ok, true, sql);
    }
  });
  test('EXPLAIN is blanked out of the body, keeping columns, and asked of the wrapper', () => {
    assert.deepEqual(guardStatement('EXPLAIN ANALYZE SELECT 1'), {
      ok: true,
      body: '                SELECT 1',
      explain: 'EXPLAIN ANALYZE',
    });
    assert.deepEqual(guardStatement('explain select 1'), { ok: true, body: '        select 1', explain: 'EXPLAIN' });
  });
  test('the wrapper puts the text on a line of its own, limited to one row more than shown', () => {
    assert.equal(wrapStatement({ body: 'SELECT 1 -- c', explain: null }, 5000), 'FROM (\nSELECT 1 -- c\n) LIMIT 5001');
    assert.equal(wrapStatement({ body: 'SELECT 1', explain: 'EXPLAIN' }, 5000), 'EXPLAIN FROM (\nSELECT 1\n)');
  });
});

describe('SQL console errors', () => {
  test("DuckDB's LINE is counted in the editor's lines and the caret stays under its column", () => {
    const error = new Error(
      'Binder Error: Referenced column "x" not found\n\nLINE 3: select x\n               ^\n    at ha.runQuery (worker.js:1:2)',
    );
    assert.deepEqual(consoleError(error), {
      message: 'Binder Error: Referenced column "x" not found\n\nLINE 2: select x\n               ^',
      line: 2,
    });
  });
  test('a line number losing a digit moves the caret with it', () => {
    const error = new Error('Parser Error: syntax error\n\nLINE 10: selec\n          ^');
    assert.deepEqual(consoleError(error), { message: 'Parser Error: syntax error\n\nLINE 9: selec\n         ^', line: 9 });
  });
  test("an excerpt of the wrapper's own line is left out", () => {
    assert.deepEqual(consoleError(new Error('Parser Error: syntax error at end of input\n\nLINE 1: FROM (\n        ^')), {
      message: 'Parser Error: syntax error at end of input',
      line: null,
    });
  });
});
