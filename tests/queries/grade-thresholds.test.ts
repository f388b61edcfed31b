import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { gradePeriods, gradeThresholds } from '../../src/queries/grade-thresholds.ts';
import { writeQueryFixture } from './fixture.ts';

let db: Db;
before(async () => {
  db = await openNodeDb(await writeQueryFixture());
});

describe('grade thresholds', () => {
  test('the thresholds of an index, year and item where groups were published', async () => {
    assert.deepEqual(await gradeThresholds(db, { indexId: 'nat', year: 2024, itemCode: 'TOTAL' }), { A: 90, B: 80, C: 70 });
    assert.deepEqual(await gradeThresholds(db, { indexId: 'smp', year: 2025, itemCode: 'TOTAL' }), { A: 92.5, B: 85, C: 75 });
  });

  test('none for another year, another item or an index without groups', async () => {
    assert.equal(await gradeThresholds(db, { indexId: 'smp', year: 2024, itemCode: 'TOTAL' }), null);
    assert.equal(await gradeThresholds(db, { indexId: 'nat', year: 2024, itemCode: 'D1' }), null);
    assert.equal(await gradeThresholds(db, { indexId: 'min', year: 2023, itemCode: 'TOTAL' }), null);
  });

  test('periods: years with the same thresholds and source together, real indices first', async () => {
    assert.deepEqual(await gradePeriods(db), [
      { index_id: 'nat', item_code: 'TOTAL', A: 90, B: 80, C: 70, source: 'methodology.md §6', years: [2023, 2024] },
      { index_id: 'smp', item_code: 'TOTAL', A: 92.5, B: 85, C: 75, source: 'Minh họa', years: [2025] },
    ]);
  });
});
