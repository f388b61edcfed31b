/** Nested decimals cast to doubles before a console result leaves DuckDB (nested-decimals.ts); real DuckDB in sql-console.test.ts. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { castNestedDecimals, doubleForNestedDecimal } from '../../src/sql-console/nested-decimals.ts';

describe('nested decimals', () => {
  test('lists, structs and lists of lists get DOUBLE for each DECIMAL; plain decimals and other types are left alone', () => {
    assert.equal(doubleForNestedDecimal('DECIMAL(3,2)[]'), 'DOUBLE[]');
    assert.equal(
      doubleForNestedDecimal('STRUCT(a DECIMAL(3,2), b VARCHAR, c DECIMAL(18, 3)[])'),
      'STRUCT(a DOUBLE, b VARCHAR, c DOUBLE[])',
    );
    assert.equal(doubleForNestedDecimal('DECIMAL(2,1)[][]'), 'DOUBLE[][]');
    assert.equal(doubleForNestedDecimal('DECIMAL(18,3)'), null);
    assert.equal(doubleForNestedDecimal('DOUBLE[]'), null);
    assert.equal(doubleForNestedDecimal('VARCHAR'), null);
  });

  test('only the columns that nest a decimal are cast, by quoted name, in place', () => {
    const wrapped = 'FROM (\nSELECT 1\n) LIMIT 5001';
    assert.equal(
      castNestedDecimals(wrapped, [
        { name: 'xs', type: 'DECIMAL(3,2)[]' },
        { name: 'x', type: 'DECIMAL(2,1)' },
        { name: 'we"ird', type: 'STRUCT(a DECIMAL(3,2))' },
      ]),
      'SELECT * REPLACE (CAST("xs" AS DOUBLE[]) AS "xs", CAST("we""ird" AS STRUCT(a DOUBLE)) AS "we""ird") FROM (\nFROM (\nSELECT 1\n) LIMIT 5001\n)',
    );
    assert.equal(castNestedDecimals(wrapped, [{ name: 'x', type: 'DECIMAL(2,1)' }]), null);
  });
});
