import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { reasonsChart, type ReasonsOptions } from '../../src/charts/reasons-chart.ts';
import { NEUTRAL, OKABE_ITO } from '../../src/charts/palette.ts';
import { REASONS_LABELS_EN, REASONS_LABELS_VI, REASONS_ROWS } from './fixtures.ts';
import { assertTextFits } from './fit.ts';
import { assertAccessible, assertSnapshot, tableCells, testDocument } from './snapshot.ts';

const options = (width: number, locale: 'vi' | 'en' = 'vi'): ReasonsOptions => ({
  width,
  locale,
  labels: locale === 'vi' ? REASONS_LABELS_VI : REASONS_LABELS_EN,
  document: testDocument(),
});
const texts = (figure: Element) => [...figure.querySelectorAll('svg text')].map((t) => t.textContent ?? '');

describe('reasons chart', () => {
  test('bars of the share of points lost; no reason recorded is grey', () => {
    const figure = reasonsChart(REASONS_ROWS, options(720));
    assertAccessible(figure, 7);
    assertTextFits(figure, 720);
    const fills = [...figure.querySelectorAll('svg [data-mark=rect] rect')].map((r) => r.getAttribute('fill'));
    assert.equal(fills[4], NEUTRAL.line, 'the row without a reason is neutral');
    assert.equal(fills.filter((f) => f === OKABE_ITO.vermillion).length, 6);
    assert.ok(texts(figure).includes('37%'));
    assert.ok(texts(figure).includes('0,4%'), 'a share under 1 % keeps a decimal');
    assert.ok(texts(figure).includes('412,5 điểm'));
    assert.deepEqual(tableCells(figure)[0], [
      'Thiếu hoặc không có tài liệu kiểm chứng',
      '36,8%',
      '412,5',
      '380',
      'Không có tài liệu kiểm chứng · Tài liệu kiểm chứng chưa đầy đủ · Tài liệu kiểm chứng không đúng thời gian đánh giá',
    ]);
    assert.deepEqual(tableCells(figure)[4], ['Không ghi lý do', '4,4%', '48,75', '61', '']);
    assertSnapshot('reasons-720', figure);
  });

  test('360 px', () => {
    const figure = reasonsChart(REASONS_ROWS, options(360));
    assertAccessible(figure, 7);
    assertTextFits(figure, 360);
    assertSnapshot('reasons-360', figure);
  });

  test('English; an empty label of the no-reason row takes labels.noReason', () => {
    const rows = REASONS_ROWS.map((r) => (r.category_id === '' ? { ...r, label: '' } : r));
    const figure = reasonsChart(rows, options(720, 'en'));
    assertTextFits(figure, 720);
    assert.equal(tableCells(figure)[4]?.[0], 'No reason recorded');
    assert.match(
      figure.querySelector('svg')?.getAttribute('aria-label') ?? '',
      /accounts for 37% of the points lost \(412\.5 of 1,119\.75 points\)/,
    );
    assertSnapshot('reasons-en', figure);
  });
});
