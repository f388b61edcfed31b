import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { slopeChart, type SlopeRow } from '../../src/charts/slope-chart.ts';
import { countDirections, improvement, slopeItems } from '../../src/charts/slope-data.ts';
import { DIVERGING } from '../../src/charts/palette.ts';
import { shortNames } from '../../src/charts/short-names.ts';
import { CHART_WIDTHS } from '../../src/views/chart-widths.ts';
import { DEPARTMENT_ROWS, SLOPE_LABELS_EN, SLOPE_LABELS_VI, SLOPE_PCT_ROWS, SLOPE_RANK_ROWS } from './fixtures.ts';
import { assertTextFits } from './fit.ts';
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

  test('fits 320 px', () => {
    const figure = slopeChart(SLOPE_RANK_ROWS, {
      width: 320,
      locale: 'vi',
      labels: SLOPE_LABELS_VI,
      document: testDocument(),
      measure: 'rank',
      highlight: ['ha-tinh'],
      ...years,
    });
    assert.equal(figure.querySelector('svg')?.getAttribute('width'), '320');
    assertTextFits(figure, 320);
    assertSnapshot('slope-320', figure);
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

/** Departments 2024 → 2025 (one without 2025), with scores for the tooltips. */
const departments = (() => {
  const of = (year: number) => new Map(DEPARTMENT_ROWS.filter((r) => r.year === year).map((r) => [r.unit_id, r]));
  const [from, to] = [of(2024), of(2025)];
  return [...from.values()].map((r) => ({
    unit_id: r.unit_id,
    label: r.label,
    from: r.rank,
    to: to.get(r.unit_id)?.rank ?? null,
    fromScore: r.score ?? null,
    toScore: to.get(r.unit_id)?.score ?? null,
  }));
})();

/** The labels written in the chart, a label's lines joined by spaces. */
const textsIn = (figure: HTMLElement) =>
  [...figure.querySelectorAll('svg [data-mark=text] text')].map((t) =>
    t.querySelectorAll('tspan').length > 0 ? [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') : (t.textContent ?? ''),
  );

describe('slope chart: names and tooltips', () => {
  const draw = (width: number, rows: readonly SlopeRow[] = departments, highlight = ['vp-ubnd']) =>
    slopeChart(rows, {
      width,
      locale: 'vi',
      labels: SLOPE_LABELS_VI,
      document: testDocument(),
      measure: 'rank',
      fromYear: 2024,
      toYear: 2025,
      highlight,
    });

  for (const width of CHART_WIDTHS) {
    test(`${width} px: ranks at the left, "rank name" at the right, whole and inside the chart`, () => {
      const figure = draw(width);
      assertTextFits(figure, width);
      const short = shortNames(departments.map((d) => d.label));
      const right = departments.filter((d) => d.to !== null).map((d) => `${d.to} ${short.get(d.label)}`);
      const texts = textsIn(figure);
      for (const text of right) assert.ok(texts.includes(text), `"${text}" is written whole`);
      assert.ok(
        texts.includes(`${short.get('Sở Thông tin và Truyền thông')} ${departments.find((d) => d.to === null)?.from}`),
        'a unit without 2025 is named at the left',
      );
    });
  }

  test('a crowded chart labels the selected and the best and worst three of each year; the others fade', () => {
    const rows = Array.from({ length: 40 }, (_, u) => ({ unit_id: `xa-${u}`, label: `Xã Số ${u + 1}`, from: 40 - u, to: u + 1 }));
    const texts = textsIn(draw(720, rows, ['xa-19']));
    assert.deepEqual(texts.filter((t) => !/^\d+$/.test(t)).sort(), [
      '1 Số 1',
      '2 Số 2',
      '20 Số 20',
      '3 Số 3',
      '38 Số 38',
      '39 Số 39',
      '40 Số 40',
    ]);
    assert.equal(texts.filter((t) => /^\d+$/.test(t)).length, 7, 'and seven ranks at the left');
  });

  test('each end carries its tooltip: unit, year, rank, score, and the change between the years', () => {
    const tips = [...draw(720).querySelectorAll('svg [data-tip]')].map((el) => el.getAttribute('data-tip'));
    const d = departments.find((r) => r.unit_id === 'thanh-tra')!;
    const change = (d.from ?? 0) - (d.to ?? 0);
    const signed = change > 0 ? `+${change}` : change < 0 ? `\u2212${-change}` : '0';
    assert.ok(
      tips.includes(
        `Thanh tra tỉnh\nNăm: 2025\nHạng: ${d.to}\nĐiểm (%): ${d.toScore?.toFixed(2).replace('.', ',')}%\nThay đổi 2024–2025: ${signed}`,
      ),
      tips.filter((t) => t?.startsWith('Thanh tra')).join(' | '),
    );
    assert.equal(tips.length, departments.length * 2 - 1, 'both ends of every unit, one end of the unit without 2025');
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
