import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { slopeChart } from '../../src/charts/slope-chart.ts';
import { countDirections, improvement, slopeItems } from '../../src/charts/slope-data.ts';
import { DIVERGING } from '../../src/charts/palette.ts';
import { SLOPE_LABELS_EN, SLOPE_LABELS_VI, SLOPE_PCT_ROWS, SLOPE_RANK_ROWS } from './fixtures.ts';
import { assertAccessible, assertSnapshot, tableCells, testDocument } from './snapshot.ts';

const years = { fromYear: 2021, toYear: 2022 };

describe('slope chart', () => {
  test('ranks: risers blue, fallers vermillion, unchanged grey', () => {
    const figure = slopeChart(SLOPE_RANK_ROWS, {
      width: 640,
      locale: 'vi',
      labels: SLOPE_LABELS_VI,
      document: testDocument(),
      measure: 'rank',
      ...years,
    });
    assertAccessible(figure, 7);
    assert.equal(
      figure.querySelector('svg')?.getAttribute('aria-label'),
      'Thay đổi giữa hai năm. Từ 2021 đến 2022: 3 đơn vị tăng, 2 đơn vị giảm, 1 đơn vị giữ nguyên',
    );
    const strokes = [...figure.querySelectorAll('svg [data-mark=link] path')].map((p) => p.getAttribute('stroke'));
    assert.equal(strokes.filter((s) => s === DIVERGING.rise).length, 3);
    assert.equal(strokes.filter((s) => s === DIVERGING.fall).length, 2);
    assert.deepEqual(
      tableCells(figure).find((r) => r[0] === 'Hà Tĩnh'),
      ['Hà Tĩnh', '8', '28', '\u221220'],
    );
    assertSnapshot('slope-rank', figure);
  });

  test('scores in percent with a decimal comma; a change below rounding is no change', () => {
    const figure = slopeChart(SLOPE_PCT_ROWS, {
      width: 640,
      locale: 'vi',
      labels: SLOPE_LABELS_VI,
      document: testDocument(),
      measure: 'pct',
      highlight: ['ha-tinh'],
      ...years,
    });
    assertAccessible(figure, 4);
    assert.deepEqual(
      tableCells(figure).find((r) => r[0] === 'Hà Tĩnh'),
      ['Hà Tĩnh', '88,42%', '85,95%', '\u22122,47'],
    );
    assert.match(figure.querySelector('svg')?.getAttribute('aria-label') ?? '', /1 đơn vị giữ nguyên/);
    assertSnapshot('slope-pct', figure);
  });

  test('fits 360 px', () => {
    const figure = slopeChart(SLOPE_RANK_ROWS, {
      width: 360,
      locale: 'vi',
      labels: SLOPE_LABELS_VI,
      document: testDocument(),
      measure: 'rank',
      highlight: ['ha-tinh'],
      ...years,
    });
    assert.equal(figure.querySelector('svg')?.getAttribute('width'), '360');
    assertSnapshot('slope-360', figure);
  });

  test('English labels and number format', () => {
    const figure = slopeChart(SLOPE_PCT_ROWS, {
      width: 640,
      locale: 'en',
      labels: SLOPE_LABELS_EN,
      document: testDocument(),
      measure: 'pct',
      ...years,
    });
    assert.deepEqual(
      tableCells(figure).find((r) => r[0] === 'Hà Tĩnh'),
      ['Hà Tĩnh', '88.42%', '85.95%', '\u22122.47'],
    );
    assertSnapshot('slope-en', figure);
  });
});

describe('slope data', () => {
  test('improvement is positive when the unit did better, for ranks and scores alike', () => {
    assert.equal(improvement('rank', 8, 28), -20);
    assert.equal(improvement('pct', 84.1, 87.3)?.toFixed(2), '3.20');
    assert.equal(improvement('rank', null, 3), null);
  });

  test('counts directions; a unit missing a year is partial', () => {
    assert.deepEqual(countDirections(slopeItems(SLOPE_RANK_ROWS, 'rank')), { rise: 3, fall: 2, same: 1, partial: 1 });
  });

  test('values the caller marks as not comparable are neither risers nor fallers, and get no line', () => {
    const rows = SLOPE_RANK_ROWS.map((r) => (r.unit_id === 'ha-tinh' || r.unit_id === 'nghe-an' ? { ...r, comparable: false } : r));
    const items = slopeItems(rows, 'rank');
    assert.deepEqual(countDirections(items), { rise: 2, fall: 1, same: 1, partial: 3 });
    assert.deepEqual(
      items.filter((d) => d.unit_id === 'ha-tinh').map((d) => [d.from, d.to, d.change, d.direction]),
      [[8, 28, null, 'partial']],
      'both values kept for the labels and the table',
    );
    const svg = slopeChart(rows, {
      width: 720,
      locale: 'vi',
      labels: SLOPE_LABELS_VI,
      document: testDocument(),
      measure: 'rank',
      ...years,
    });
    assert.equal(svg.querySelectorAll('svg [data-mark="link"] path').length, 4, 'a line for each of the 4 compared units');
    assert.match(svg.querySelector('svg')?.getAttribute('aria-label') ?? '', /2 đơn vị tăng, 1 đơn vị giảm, 1 đơn vị giữ nguyên$/);
  });
});
