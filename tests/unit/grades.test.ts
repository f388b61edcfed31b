import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gradeOf } from '../../src/ranking/grades.ts';

const provinces = (year: number, itemCode = 'TOTAL') => ({ indexId: 'vn-provinces', isSample: false, year, itemCode });

describe('grades', () => {
  test("the provinces' total in reported years, with 2018's own thresholds", () => {
    assert.equal(gradeOf(96.17, provinces(2024)), 'A');
    assert.equal(gradeOf(89.13, provinces(2024)), 'B');
    assert.equal(gradeOf(79.6, provinces(2018)), 'B', '2018: B is 75–80');
    assert.equal(gradeOf(79.6, provinces(2020)), 'C');
    assert.equal(gradeOf(69.99, provinces(2017)), 'D');
  });

  test('no letter where none was reported: other years, domains, ministries, unknown scores', () => {
    for (const year of [2012, 2013, 2014, 2016, 2019, 2021]) assert.equal(gradeOf(91, provinces(year)), null, String(year));
    assert.equal(gradeOf(98.08, provinces(2024, 'D3')), null);
    assert.equal(gradeOf(89.95, { indexId: 'vn-ministries', isSample: false, year: 2023, itemCode: 'TOTAL' }), null);
    assert.equal(gradeOf(null, provinces(2024)), null);
  });

  test('the illustrative sample uses the 2022–2030 thresholds', () => {
    assert.equal(gradeOf(85, { indexId: 'sample-communes', isSample: true, year: 2021, itemCode: 'TOTAL' }), 'B');
  });
});
