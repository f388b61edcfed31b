import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { domainTrends, domainTrendsBase, withUnit, withUnitHtml } from '../../src/charts/domain-trends.ts';
import { figureHtml } from '../../src/views/figure-html.ts';
import { breakYears, panelColumns, segmentsOf, sharedDomain } from '../../src/charts/trend-panels.ts';
import { FEW_PANELS, TREND_LABELS_VI, TREND_PANELS, TREND_YEARS } from './fixtures-trends.ts';
import { assertAccessible, assertSnapshot, tableCells, testDocument } from './snapshot.ts';

const draw = (width: number, panels = TREND_PANELS, years = TREND_YEARS, unit = TREND_LABELS_VI.unit) =>
  domainTrends(panels, { width, locale: 'vi', labels: { ...TREND_LABELS_VI, unit }, document: testDocument(), years });

/** The number of separate pieces ("M" commands) of each path of a mark in a panel. */
function pieces(figure: Element, panel: string, mark: string): number[] {
  return [...figure.querySelectorAll(`g[data-panel="${panel}"] [data-mark="${mark}"] path`)].map(
    (p) => (p.getAttribute('d')?.match(/M/g) ?? []).length,
  );
}

describe('segments', () => {
  test('a break, a missing value and a year without a point each start a new segment', () => {
    const points = [
      { year: 2021, value: 1, break: null },
      { year: 2022, value: null, break: null },
      { year: 2023, value: 3, break: null },
      { year: 2025, value: 5, break: null },
      { year: 2026, value: 6, break: 'framework' as const },
    ];
    assert.deepEqual(
      segmentsOf(points, [2021, 2022, 2023, 2024, 2025, 2026], (p) => p.value).map((p) => p.segment),
      [0, 0, 1, 2, 3],
    );
  });

  test('columns, shared y domain and the break letters', () => {
    assert.deepEqual([panelColumns(1120), panelColumns(720), panelColumns(320)], [4, 2, 1]);
    assert.deepEqual(sharedDomain(TREND_PANELS), [50, 100]);
    assert.deepEqual(breakYears(TREND_PANELS), [
      { year: 2025, reason: 'framework' },
      { year: 2025, reason: 'merger' },
    ]);
  });
});

describe('domain trends', () => {
  test('one panel per series; no line crosses a break', () => {
    const figure = draw(1120);
    assertAccessible(figure, 15);
    assert.deepEqual(
      [...figure.querySelectorAll('g[data-panel]')].map((g) => g.getAttribute('data-panel')),
      ['TOTAL', 'D1', 'D7'],
    );
    // One path per piece, never one path jumping a gap: the median 2021–2024 and 2025 (after the merger);
    // the unit's line only 2023–2024: 2021 (2022 missing) and 2025 (after the merger) are dots alone.
    assert.deepEqual(pieces(figure, 'D1', 'line'), [1, 1]);
    assert.deepEqual(pieces(figure, 'D1', 'unit'), [1]);
    assert.equal(figure.querySelectorAll('g[data-panel="D1"] [data-mark="unit"] circle[data-tip]').length, 4);
    assert.equal(figure.querySelectorAll('g[data-panel="D7"] [data-mark="rule"] line').length, 1, 'D7 marks its break');
    assert.deepEqual(tableCells(figure)[14], [
      'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
      '2025 (bộ tiêu chí mới)',
      '14',
      '74,00%',
      '70,00%–77,00%',
      '62,00%–82,00%',
      '–',
      '–',
    ]);
    assert.match(figure.querySelector('.chart-legend')?.textContent ?? '', /a: 2025, bộ tiêu chí mới/);
    assertSnapshot('domain-trends-desktop', figure);
  });

  test('360 px: one column, every panel readable', () => {
    const figure = draw(320);
    const panels = [...figure.querySelectorAll('g[data-panel]')].map((g) => g.getAttribute('transform'));
    assert.deepEqual(
      panels.map((t) => t?.startsWith('translate(0,')),
      [true, true, true],
    );
    assertSnapshot('domain-trends-360', figure);
  });

  test('few units a year: each unit as a dot, the published mean, no band', () => {
    const figure = draw(320, FEW_PANELS, [2021, 2022, 2023], '');
    assert.equal(figure.querySelectorAll('[data-mark="area"] path').length, 1);
    assert.equal(pieces(figure, 'TOTAL', 'area')[0], 1, 'only 2023 has enough units for a band (one point)');
    assert.deepEqual(tableCells(figure)[0], [
      'Chỉ số cải cách hành chính',
      '2021',
      '4',
      '86,00%',
      '82,00%–89,00%',
      '74,00%–94,00%',
      '86,37%',
    ]);
    assertSnapshot('domain-trends-few', figure);
  });
});

describe('domain trends for many units', () => {
  test('one drawing of the distribution, each unit added as text: the same markup as a whole drawing', () => {
    const options = { width: 720, locale: 'vi' as const, labels: TREND_LABELS_VI, document: testDocument(), years: TREND_YEARS };
    const base = domainTrendsBase(TREND_PANELS, options);
    const unit = new Map(TREND_PANELS.map((p) => [p.series, p.unit]));
    for (const [points, label] of [
      [unit, 'Sở Y tế'],
      [new Map(), ''],
    ] as const) {
      const whole = figureHtml(withUnit(base, points, label), '');
      assert.deepEqual(withUnitHtml(base, points, label), { svg: whole.svg, table: whole.table });
    }
    assert.equal(figureHtml(draw(720), '').svg, figureHtml(withUnit(base, unit, 'Sở Y tế'), '').svg);
  });
});
