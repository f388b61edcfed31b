/**
 * Decimals inside lists and structs of a DuckDB-WASM result, read through real apache-arrow vectors
 * (the library DuckDB-WASM hands results over with): the numbers DuckDB in Node gives, not raw words.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Decimal, Field, List, makeData, makeVector, Struct } from 'apache-arrow';
import { arrowValue, decimalNumber } from '../../src/sql-console/arrow-values.ts';
import { cellValue } from '../../src/sql-console/result.ts';

/** A Decimal128 vector of unscaled values (each as four little-endian 32-bit words). */
function decimals(unscaled: bigint[], scale: number) {
  const words = new Uint32Array(unscaled.length * 4);
  unscaled.forEach((v, i) => {
    const u = BigInt.asUintN(128, v);
    for (let w = 0; w < 4; w++) words[i * 4 + w] = Number((u >> BigInt(32 * w)) & 0xffffffffn);
  });
  const type = new Decimal(scale, 18, 128);
  return { type, data: makeData({ type, length: unscaled.length, nullCount: 0, data: words }) };
}

describe('decimals from Arrow words', () => {
  test('positive, negative, zero, large and scale 0', () => {
    assert.equal(decimalNumber(new Uint32Array([225, 0, 0, 0]), 2), 2.25);
    assert.equal(decimalNumber(new Uint32Array([5, 0, 0, 0]), 2), 0.05);
    const minus = decimals([-1505n], 3).data.values as Uint32Array;
    assert.equal(decimalNumber(minus, 3), -1.505);
    assert.equal(decimalNumber(new Uint32Array([0, 0, 0, 0]), 1), 0);
    assert.equal(decimalNumber(decimals([1234567890123n], 0).data.values as Uint32Array, 0), 1234567890123);
  });

  test('a LIST of DECIMAL reads as numbers, shown as DuckDB in Node shows it', () => {
    const child = decimals([150n, 225n, -5n], 2);
    const listType = new List(new Field('item', child.type, true));
    const list = makeVector(makeData({ type: listType, length: 1, nullCount: 0, valueOffsets: new Int32Array([0, 3]), child: child.data }));
    const value = arrowValue(list.get(0), listType);
    assert.deepEqual(value, [1.5, 2.25, -0.05]);
    assert.equal(cellValue(value), '[1.5,2.25,-0.05]');
    // What the console showed before: the raw words.
    assert.notEqual(cellValue(list.get(0)), '[1.5,2.25,-0.05]');
  });

  test('a STRUCT holding a DECIMAL, and NULL', () => {
    const child = decimals([125n], 2);
    const structType = new Struct([new Field('a', child.type, true)]);
    const struct = makeVector(makeData({ type: structType, length: 1, nullCount: 0, children: [child.data] }));
    assert.equal(cellValue(arrowValue(struct.get(0), structType)), '{"a":1.25}');
    assert.equal(arrowValue(null, structType), null);
  });
});
