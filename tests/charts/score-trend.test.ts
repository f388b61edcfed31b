import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { scoreTrend, trendDomain } from '../../src/charts/score-trend.ts';
import { TREND_LABELS_EN, TREND_LABELS_VI, TREND_MEDIAN, TREND_ROWS } from './fixtures.ts';
import { assertAccessible, assertSnapshot, tableCells, testDocument } from './snapshot.ts';

describe('score trend', () => {
  test('a unit against the peers median, with a gap in 2019', () => {
    const figure = scoreTrend(TREND_ROWS, {
      width: 640,
      locale: 'vi',
      labels: TREND_LABELS_VI,
      document: testDocument(),
      comparison: TREND_MEDIAN,
    });
    assertAccessible(figure, 6);
    assert.equal(figure.querySelector('svg')?.getAttribute('aria-label'), 'Điểm qua các năm. Hà Tĩnh: 78,20% năm 2017, 85,95% năm 2022');
    assert.deepEqual(tableCells(figure)[2], ['2019', '–', '79,00%']);
    const mainLine = [...figure.querySelectorAll('svg [data-mark=line] path')].at(-1)?.getAttribute('d') ?? '';
    assert.equal((mainLine.match(/M/g) ?? []).length, 2, 'the line breaks at 2019');
    assertSnapshot('trend-basic', figure);
  });

  test('without a comparison there is no legend', () => {
    const figure = scoreTrend(TREND_ROWS, { width: 640, locale: 'vi', labels: TREND_LABELS_VI, document: testDocument() });
    assert.equal(figure.querySelector('.chart-legend'), null);
    assert.deepEqual(tableCells(figure)[0], ['2017', '78,20%']);
  });

  test('fits 360 px', () => {
    const figure = scoreTrend(TREND_ROWS, {
      width: 360,
      locale: 'vi',
      labels: TREND_LABELS_VI,
      document: testDocument(),
      comparison: TREND_MEDIAN,
    });
    assertSnapshot('trend-360', figure);
  });

  test('English', () => {
    const figure = scoreTrend(TREND_ROWS, {
      width: 640,
      locale: 'en',
      labels: TREND_LABELS_EN,
      document: testDocument(),
      comparison: TREND_MEDIAN,
    });
    assert.match(figure.querySelector('svg')?.getAttribute('aria-label') ?? '', /85\.95% in 2022/);
    assertSnapshot('trend-en', figure);
  });

  test('the y domain pads the data and stays within 0–100', () => {
    assert.deepEqual(trendDomain([85.95, 88.42]), [83, 91]);
    assert.deepEqual(trendDomain([1, 99.5]), [0, 100]);
    assert.deepEqual(trendDomain([]), [0, 100]);
  });
});
