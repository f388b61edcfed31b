import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeMedian, median } from '../../scripts/bench/stats.ts';

test('median of odd and even counts, unsorted input left as it was', () => {
  const values = [300, 100, 200];
  assert.equal(median(values), 200);
  assert.deepEqual(values, [300, 100, 200]);
  assert.equal(median([400, 100, 300, 200]), 250);
  assert.ok(Number.isNaN(median([])));
});

test('runs without a value are left out of the median and counted', () => {
  assert.equal(describeMedian([310, 290, 300], 'a paint entry'), '300 ms');
  assert.equal(describeMedian([310, NaN, 290, 900, NaN], 'a paint entry'), '310 ms (median of the 3 runs with a paint entry; 2 without)');
  assert.equal(describeMedian([NaN, NaN], 'a paint entry'), 'none of 2 runs had a paint entry');
});
