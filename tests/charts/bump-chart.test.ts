import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { bumpChart } from '../../src/charts/bump-chart.ts';
import { bumpData } from '../../src/charts/bump-data.ts';
import { CHART_WIDTHS } from '../../src/views/chart-widths.ts';
import { shortNames } from '../../src/charts/short-names.ts';
import { BUMP_LABELS_EN, BUMP_LABELS_VI, BUMP_MERGER_ROWS, BUMP_ROWS, DEPARTMENT_ROWS } from './fixtures.ts';
import { assertTextFits } from './fit.ts';
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

  test('fits 320 px', () => {
    const figure = bumpChart(BUMP_MERGER_ROWS, {
      width: 320,
      locale: 'vi',
      labels: BUMP_LABELS_VI,
      document: testDocument(),
      highlight: ['ha-tinh'],
      ...merger,
    });
    assert.equal(figure.querySelector('svg')?.getAttribute('viewBox')?.split(' ')[2], '320');
    assertTextFits(figure, 320);
    assertSnapshot('bump-320', figure);
  });

  test('English labels', () => {
    const figure = bumpChart(BUMP_ROWS, { width: 640, locale: 'en', labels: BUMP_LABELS_EN, document: testDocument(), highlight: ['hue'] });
    assert.equal(figure.querySelector('svg')?.getAttribute('aria-label'), 'Rank over the years. Ranks of 6 units from 2021 to 2024');
    assertSnapshot('bump-en', figure);
  });
});

/** The names written in the chart, a name's lines joined by spaces. */
const namesIn = (figure: HTMLElement) =>
  [...figure.querySelectorAll('svg [data-mark=text] text')].map((t) =>
    t.querySelectorAll('tspan').length > 0 ? [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') : (t.textContent ?? ''),
  );

describe('bump chart: names', () => {
  const departments = (width: number, highlight: string[] = ['vp-ubnd', 'ban-qlkcn']) =>
    bumpChart(DEPARTMENT_ROWS, { width, locale: 'vi', labels: BUMP_LABELS_VI, document: testDocument(), highlight });

  for (const width of CHART_WIDTHS) {
    test(`${width} px: every name is whole (shortened by the rule, wrapped if need be), inside the chart, at least 11 px`, () => {
      const figure = departments(width);
      assertTextFits(figure, width);
      const allowed = new Set(shortNames(DEPARTMENT_ROWS.map((r) => r.label)).values());
      const names = namesIn(figure);
      assert.ok(names.length >= 10, `the ten departments of 2025 are named: ${names.join(' | ')}`);
      for (const name of names) assert.ok(allowed.has(name), `"${name}" is a unit's name`);
    });
  }

  test('the long names are shortened by the rule and wrap at 320 px', () => {
    const names = namesIn(departments(320));
    assert.ok(names.includes('Văn hóa, Thể thao và Du lịch'));
    assert.ok(names.includes('Văn phòng UBND tỉnh'), 'a name without a generic word stays as it is');
    const wrapped = [...departments(320).querySelectorAll('svg [data-mark=text] text')].filter(
      (t) => t.querySelectorAll('tspan').length > 1,
    );
    assert.ok(wrapped.length > 0, 'some names take two lines');
  });

  test('a line that ends early is named after its end only where its whole name fits', () => {
    assert.ok(namesIn(departments(1120)).includes('Thông tin và Truyền thông'), 'room at 1120 px');
    assert.ok(!namesIn(departments(320)).includes('Thông tin và Truyền thông'), 'no room at 320 px: the table has it');
  });

  test('a crowded chart names the selected units and the top and bottom three; the rest are a faint band', () => {
    const rows = Array.from({ length: 40 }, (_, u) =>
      [2024, 2025].map((year) => ({ unit_id: `xa-${u}`, label: `Xã Số ${u + 1}`, year, rank: year === 2024 ? 40 - u : u + 1 })),
    ).flat();
    const figure = bumpChart(rows, {
      width: 720,
      locale: 'vi',
      labels: BUMP_LABELS_VI,
      document: testDocument(),
      highlight: ['xa-19', 'xa-20'],
    });
    assert.deepEqual(namesIn(figure).sort(), ['Số 1', 'Số 2', 'Số 20', 'Số 21', 'Số 3', 'Số 38', 'Số 39', 'Số 40']);
    const faint = figure.querySelectorAll('svg [data-mark=line][stroke-opacity="0.6"] path');
    assert.equal(faint.length, 32, 'the 32 unnamed lines');
    assert.equal(tableCells(figure).length, 40, 'the table lists every unit');
  });
});

describe('bump chart: tooltips', () => {
  test('every point carries its unit, year, rank, score and change, and its line', () => {
    const figure = bumpChart(DEPARTMENT_ROWS, { width: 720, locale: 'vi', labels: BUMP_LABELS_VI, document: testDocument() });
    const points = [...figure.querySelectorAll('svg [data-tip]')];
    assert.equal(points.length, DEPARTMENT_ROWS.length, 'one per ranked point, the merger cross included');
    const tip = points.find((p) => p.getAttribute('data-tip')?.startsWith('Thanh tra tỉnh\nNăm: 2024'));
    const row = DEPARTMENT_ROWS.find((r) => r.unit_id === 'thanh-tra' && r.year === 2024);
    assert.equal(
      tip?.getAttribute('data-tip'),
      `Thanh tra tỉnh\nNăm: 2024\nHạng: ${row?.rank}\nĐiểm: ${(row?.score ?? 0).toFixed(2).replace('.', ',')}%\nThay đổi hạng: +1`,
    );
    assert.equal(tip?.getAttribute('data-series'), 'thanh-tra');
  });

  test('without scores or changes the tooltip says unit, year and rank', () => {
    const figure = bumpChart(BUMP_ROWS, { width: 640, locale: 'en', labels: BUMP_LABELS_EN, document: testDocument() });
    assert.equal(figure.querySelector('svg [data-tip]')?.getAttribute('data-tip')?.split('\n').length, 3);
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
