import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { paretoChart, type ParetoOptions } from '../../src/charts/pareto-chart.ts';
import { PARETO_CUT, PARETO_ITEMS_TOTAL, PARETO_LABELS_EN, PARETO_LABELS_VI, PARETO_ROWS, PARETO_TOTAL_LOST } from './fixtures.ts';
import { assertTextFits } from './fit.ts';
import { assertAccessible, assertSnapshot, tableCells, testDocument } from './snapshot.ts';

const options = (width: number, locale: 'vi' | 'en' = 'vi'): ParetoOptions => ({
  width,
  locale,
  labels: locale === 'vi' ? PARETO_LABELS_VI : PARETO_LABELS_EN,
  document: testDocument(),
  cutIndex: PARETO_CUT,
  totalLost: PARETO_TOTAL_LOST,
  itemsTotal: PARETO_ITEMS_TOTAL,
});

const texts = (figure: Element) => [...figure.querySelectorAll('svg text')].map((t) => t.textContent ?? '');

describe('pareto chart', () => {
  test('bars up to the cut are strong, a note says how few items make 80 %', () => {
    const figure = paretoChart(PARETO_ROWS, options(720));
    assertAccessible(figure, 11);
    assertTextFits(figure, 720);
    assert.ok(texts(figure).includes('7 trên 16 tiêu chí thành phần chiếm 82% tổng số 9,5 điểm bị trừ'));
    const fills = [...figure.querySelectorAll('svg [data-mark=rect] rect')].map((r) => r.getAttribute('fill'));
    assert.equal(fills.length, 11);
    assert.equal(new Set(fills.slice(0, 7)).size, 1);
    assert.notEqual(fills[6], fills[7], 'the colour changes after the cut row');
    assert.equal(figure.querySelectorAll('svg [data-mark=rule] line').length, 1, 'one divider');
    assert.deepEqual(tableCells(figure)[6], ['D2.1.2 Lấy ý kiến, thẩm định dự thảo văn bản QPPL đúng quy định', '0,5', '81,6%']);
    assert.deepEqual(tableCells(figure)[10], ['6 tiêu chí thành phần khác', '0,75', '100,0%']);
    assertSnapshot('pareto-720', figure);
  });

  test('360 px: long names wrap whole, nothing is cut or overflows', () => {
    const figure = paretoChart(PARETO_ROWS, options(360));
    assertAccessible(figure, 11);
    assertTextFits(figure, 360);
    assert.ok(
      texts(figure).some((t) => t.startsWith('D7.2.1 Tỷ lệ thủ tục')),
      'the long name keeps its code on its first line',
    );
    assertSnapshot('pareto-360', figure);
  });

  test('English', () => {
    const figure = paretoChart(PARETO_ROWS, options(720, 'en'));
    assertTextFits(figure, 720);
    assert.match(
      figure.querySelector('svg')?.getAttribute('aria-label') ?? '',
      /^Sub-criteria with the most points lost\. D3\.4\.1 Tỷ lệ hồ sơ TTHC giải quyết đúng hạn lost the most \(2 points\); 7 of 16/,
    );
    assert.ok(texts(figure).includes('7 of 16 sub-criteria account for 82% of the 9.5 points lost'));
    assertSnapshot('pareto-en', figure);
  });

  test('without a cut in range there is no divider', () => {
    const figure = paretoChart(PARETO_ROWS.slice(0, 3), { ...options(720), cutIndex: 6 });
    assert.equal(figure.querySelectorAll('svg [data-mark=rule]').length, 0);
    assertAccessible(figure, 3);
  });
});
