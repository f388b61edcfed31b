import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { bumpChart } from '../../src/charts/bump-chart.ts';
import { bumpData } from '../../src/charts/bump-data.ts';
import { BUMP_LABELS_EN, BUMP_LABELS_VI, BUMP_MERGER_ROWS, BUMP_ROWS } from './fixtures.ts';
import { assertAccessible, assertSnapshot, tableCells, testDocument } from './snapshot.ts';

const merger = { endings: new Set(['quang-binh', 'quang-tri']), beginnings: new Set(['quang-tri-2025']) };

describe('bump chart', () => {
  test('six provinces over four years', () => {
    const figure = bumpChart(BUMP_ROWS, { width: 640, locale: 'vi', labels: BUMP_LABELS_VI, document: testDocument() });
    assertAccessible(figure, 6);
    assert.equal(
      figure.querySelector('svg')?.getAttribute('aria-label'),
      'Thứ hạng qua các năm. Thứ hạng của 6 đơn vị từ năm 2021 đến năm 2024',
    );
    assert.deepEqual(tableCells(figure)[0], ['Nghệ An', '4', '2', '1', '1']);
    assert.equal(figure.querySelector('.chart-legend'), null, 'no legend without mergers');
    assertSnapshot('bump-basic', figure);
  });

  test('a gap breaks the line; merged units end with a cross, successors start with a diamond', () => {
    const figure = bumpChart(BUMP_MERGER_ROWS, {
      width: 640,
      locale: 'vi',
      labels: BUMP_LABELS_VI,
      document: testDocument(),
      highlight: ['nghe-an', 'ha-tinh'],
      ...merger,
    });
    assertAccessible(figure, 7);
    const cells = tableCells(figure);
    assert.deepEqual(
      cells.find((r) => r[0] === 'Nghệ An'),
      ['Nghệ An', '4', '–', '1', '1', '1'],
    );
    assert.deepEqual(
      cells.find((r) => r[0]?.startsWith('Quảng Bình')),
      ['Quảng Bình (Kết thúc do sáp nhập)', '6', '5', '5', '6', '–'],
    );
    assert.equal(cells.find((r) => r[0]?.startsWith('Quảng Trị (mới)'))?.[0], 'Quảng Trị (mới) (Hình thành sau sáp nhập)');
    assert.equal(figure.querySelectorAll('.chart-legend li').length, 2);
    assertSnapshot('bump-merger', figure);
  });

  test('fits 360 px', () => {
    const figure = bumpChart(BUMP_MERGER_ROWS, {
      width: 360,
      locale: 'vi',
      labels: BUMP_LABELS_VI,
      document: testDocument(),
      highlight: ['ha-tinh'],
      ...merger,
    });
    assert.equal(figure.querySelector('svg')?.getAttribute('viewBox')?.split(' ')[2], '360');
    assertSnapshot('bump-360', figure);
  });

  test('English labels', () => {
    const figure = bumpChart(BUMP_ROWS, { width: 640, locale: 'en', labels: BUMP_LABELS_EN, document: testDocument(), highlight: ['hue'] });
    assert.equal(figure.querySelector('svg')?.getAttribute('aria-label'), 'Rank over the years. Ranks of 6 units from 2021 to 2024');
    assertSnapshot('bump-en', figure);
  });
});

describe('bump data', () => {
  test('inserts a null where a year is missing inside a line, not before or after it', () => {
    const data = bumpData(BUMP_MERGER_ROWS);
    const hue = data.series.find((s) => s.unit_id === 'hue');
    assert.deepEqual(
      hue?.points.map((p) => p.rank),
      [2, 1, null, 4, 3],
    );
    const successor = data.series.find((s) => s.unit_id === 'quang-tri-2025');
    assert.deepEqual(
      successor?.points.map((p) => p.year),
      [2025],
    );
    assert.deepEqual(data.years, [2021, 2022, 2023, 2024, 2025]);
    assert.equal(data.maxRank, 6);
  });

  test('orders lines by their last year, then rank', () => {
    assert.deepEqual(
      bumpData(BUMP_MERGER_ROWS).series.map((s) => s.unit_id),
      ['nghe-an', 'ha-tinh', 'hue', 'da-nang', 'quang-tri-2025', 'quang-tri', 'quang-binh'],
    );
  });
});
