import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { placesGained } from '../../src/ranking/rank-change.ts';

describe('places gained, for the bump chart’s tooltips', () => {
  const row = (unit_id: string, year: number, rank: number | null, rank_of: number | null = 20) => ({ unit_id, year, rank, rank_of });

  test('against the previous year of the index, positive when the unit rose', () => {
    const gained = placesGained([row('a', 2022, 5), row('a', 2023, 2), row('b', 2022, 2), row('b', 2023, 5)]);
    assert.equal(gained.get('a|2023'), 3);
    assert.equal(gained.get('b|2023'), -3);
    assert.equal(gained.get('a|2022'), null, 'no earlier year');
  });

  test('null when the previous year has no rank, or ranked a different number of units', () => {
    const gained = placesGained([
      row('a', 2022, null),
      row('a', 2023, 2),
      row('b', 2022, 18, 20),
      row('b', 2023, 1, 14),
      row('c', 2021, 3),
      row('c', 2023, 1),
    ]);
    assert.equal(gained.get('a|2023'), null);
    assert.equal(gained.get('b|2023'), null, '18th of 20 and 1st of 14 are not 17 places up');
    assert.equal(gained.get('c|2023'), null, 'the previous year of the index is 2022, where c has no row');
  });
});
