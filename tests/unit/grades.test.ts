import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gradeOf } from '../../src/ranking/grades.ts';

const STANDARD = { A: 90, B: 80, C: 70 };
const YEAR_2018 = { A: 80, B: 75, C: 70 };

describe('gradeOf', () => {
  test('a lower bound belongs to its group; below C is D', () => {
    assert.equal(gradeOf(96.17, STANDARD), 'A');
    assert.equal(gradeOf(90, STANDARD), 'A');
    assert.equal(gradeOf(89.99, STANDARD), 'B');
    assert.equal(gradeOf(80, STANDARD), 'B');
    assert.equal(gradeOf(70, STANDARD), 'C');
    assert.equal(gradeOf(69.99, STANDARD), 'D');
  });

  test('the thresholds given decide: 79.6 % is B in 2018, C with the standard thresholds', () => {
    assert.equal(gradeOf(79.6, YEAR_2018), 'B');
    assert.equal(gradeOf(79.6, STANDARD), 'C');
  });

  test('no letter without thresholds (none published) or without a score', () => {
    assert.equal(gradeOf(91, null), null);
    assert.equal(gradeOf(null, STANDARD), null);
  });
});
