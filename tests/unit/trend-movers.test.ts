/** Movers between two years and compact trend marks: breaks stop a comparison, ties and gaps handled. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { firstBreak, seriesMovers, trendMark } from '../../src/trends/movers.ts';

const row = (unit_id: string, year: number, pct: number | null, break_reason: string | null = null) => ({
  series: 'D1',
  unit_id,
  year,
  pct,
  break_reason,
});

describe('seriesMovers', () => {
  const rows = [
    row('a', 2022, 70),
    row('a', 2024, 80),
    row('b', 2022, 90),
    row('b', 2024, 85),
    row('c', 2022, 60),
    row('c', 2024, 75, 'merger'),
    row('d', 2022, null),
    row('d', 2024, 99),
    row('e', 2022, 50),
    row('e', 2024, 60),
  ];

  test('the largest rises and falls of units with both years and no break of their own', () => {
    assert.deepEqual(seriesMovers(rows, new Map(), 2022, 2024, 1), {
      comparable: true,
      improved: [{ unit_id: 'a', from: 70, to: 80, change: 10 }],
      deteriorated: [{ unit_id: 'b', from: 90, to: 85, change: -5 }],
      compared: 3,
    });
  });

  test('a break of the series between the two years: not comparable, and why', () => {
    const breaks = new Map([
      [2025, 'merger'],
      [2023, 'framework'],
    ]);
    assert.deepEqual(seriesMovers(rows, breaks, 2022, 2024), { comparable: false, year: 2023, reason: 'framework' });
    assert.equal(firstBreak(breaks, 2023, 2024), null);
  });
});

describe('trendMark', () => {
  const years = [2019, 2020, 2021, 2022, 2023];
  const points = (values: (number | null)[], breakAt?: number) =>
    values.map((value, i) => ({ year: 2019 + i, value, break: 2019 + i === breakAt ? 'framework' : null }));

  test('↑↑↑ three rises, ↓↓↓ three falls', () => {
    assert.equal(trendMark(points([60, 61, 65, 70, 72]), years, 2023), 'rising3');
    assert.equal(trendMark(points([80, 79, 75, 70]), years, 2022), 'falling3');
  });

  test('↘ a fall after a rise, ↗ a rise after a fall', () => {
    assert.equal(trendMark(points([60, 70, 65]), years, 2021), 'fallAfterRise');
    assert.equal(trendMark(points([60, 55, 65, 70]), years, 2021), 'riseAfterFall');
  });

  test('a break or a missing year cuts the run: too short for a mark', () => {
    assert.equal(trendMark(points([60, 61, 65, 70, 72], 2022), years, 2023), null);
    assert.equal(trendMark(points([60, 61, null, 70, 72]), years, 2023), null);
    assert.equal(trendMark(points([60, 61, 61]), years, 2021), null);
  });
});
