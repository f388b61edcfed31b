import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mostLostChart, type MostLostOptions } from '../../src/charts/most-lost-chart.ts';
import { MOST_LOST_LABELS_EN, MOST_LOST_LABELS_VI, MOST_LOST_ROWS } from './fixtures.ts';
import { assertTextFits } from './fit.ts';
import { assertAccessible, assertSnapshot, tableCells, testDocument } from './snapshot.ts';

const options = (width: number, locale: 'vi' | 'en' = 'vi'): MostLostOptions => ({
  width,
  locale,
  labels: locale === 'vi' ? MOST_LOST_LABELS_VI : MOST_LOST_LABELS_EN,
  document: testDocument(),
});
const texts = (figure: Element) => [...figure.querySelectorAll('svg text')].map((t) => t.textContent ?? '');

describe('most-lost chart', () => {
  test('one bar per item, units losing points beside it', () => {
    const figure = mostLostChart(MOST_LOST_ROWS, options(720));
    assertAccessible(figure, 7);
    assertTextFits(figure, 720);
    assert.equal(figure.querySelectorAll('svg [data-mark=rect] rect').length, 7);
    assert.ok(texts(figure).includes('132 trên 150 đơn vị'));
    assert.ok(texts(figure).includes('61 trên 121 đơn vị'));
    assert.equal(
      figure.querySelector('svg')?.getAttribute('aria-label'),
      'Tiêu chí thành phần bị trừ nhiều điểm nhất trên toàn bộ đơn vị. D3.4.1 Tỷ lệ hồ sơ TTHC giải quyết đúng hạn bị trừ nhiều điểm nhất: 187,5 điểm, ở 132 trên 150 đơn vị',
    );
    assert.deepEqual(tableCells(figure)[4], ['D6.2.1 Tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao', '76', '61', '121', '50,4%']);
    assertSnapshot('most-lost-720', figure);
  });

  test('360 px: names wrap whole, nothing overflows', () => {
    const figure = mostLostChart(MOST_LOST_ROWS, options(360));
    assertAccessible(figure, 7);
    assertTextFits(figure, 360);
    assertSnapshot('most-lost-360', figure);
  });

  test('English', () => {
    const figure = mostLostChart(MOST_LOST_ROWS, options(720, 'en'));
    assertTextFits(figure, 720);
    assert.ok(texts(figure).includes('132 of 150 units'));
    assert.deepEqual(tableCells(figure)[0], ['D3.4.1 Tỷ lệ hồ sơ TTHC giải quyết đúng hạn', '187.5', '132', '150', '88.0%']);
    assertSnapshot('most-lost-en', figure);
  });
});
