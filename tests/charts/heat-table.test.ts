import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { heatBin, heatTable, type HeatTableOptions } from '../../src/charts/heat-table.ts';
import { HEAT_CELLS, HEAT_LABELS_EN, HEAT_LABELS_VI } from './fixtures.ts';
import { assertHtmlSnapshot, testDocument } from './snapshot.ts';

const options = (locale: 'vi' | 'en' = 'vi'): HeatTableOptions => ({
  locale,
  labels: locale === 'vi' ? HEAT_LABELS_VI : HEAT_LABELS_EN,
  caption: locale === 'vi' ? 'Điểm bị trừ theo đơn vị và tiêu chí thành phần, năm 2024' : 'Points lost by unit and sub-criterion, 2024',
  unitHref: (unit, item) => `/don-vi/${unit}/?nam=2024#${item}`,
  document: testDocument(),
});

/** The cell of a unit (row header text) and an item (column code). */
function cellOf(figure: Element, unit: string, code: string): HTMLTableCellElement {
  const codes = [...figure.querySelectorAll('thead th')].map((th) => th.textContent);
  const row = [...figure.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent === unit);
  const cell = row?.children[codes.indexOf(code)];
  assert.ok(cell, `cell ${unit} × ${code}`);
  return cell as HTMLTableCellElement;
}

describe('heatBin', () => {
  test('every boundary falls in the bin the legend gives it', () => {
    const cases: [number | null, boolean, string][] = [
      [0, true, 'heat-0'],
      [-0.1, true, 'heat-0'],
      [1e-6, true, 'heat-1'],
      [0.1, true, 'heat-1'],
      [0.07 / 0.7, true, 'heat-1'],
      [0.1001, true, 'heat-2'],
      [0.25, true, 'heat-2'],
      [0.2501, true, 'heat-3'],
      [0.5, true, 'heat-3'],
      [0.5001, true, 'heat-4'],
      [0.75, true, 'heat-4'],
      [0.7501, true, 'heat-5'],
      [1, true, 'heat-5'],
      [1.2, true, 'heat-5'],
      [null, true, 'heat-unknown'],
      [Number.NaN, true, 'heat-unknown'],
      [null, false, 'heat-na'],
      [0, false, 'heat-na'],
      [0.6, false, 'heat-na'],
    ];
    for (const [share, applicable, bin] of cases) assert.equal(heatBin(share, applicable), bin, `${share} ${applicable}`);
  });
});

describe('heat table', () => {
  test('units and items sorted by points lost, most first', () => {
    const figure = heatTable(HEAT_CELLS, options());
    const units = [...figure.querySelectorAll('tbody th[scope=row]')].map((th) => th.textContent);
    assert.deepEqual(units, [
      'Sở Tài nguyên và Môi trường',
      'Sở Tư pháp',
      'Sở Nội vụ',
      'Sở Giao thông vận tải',
      'Văn phòng Ủy ban nhân dân tỉnh',
    ]);
    const codes = [...figure.querySelectorAll('thead th')].map((th) => th.textContent);
    assert.deepEqual(codes, ['Đơn vị', 'Tổng điểm bị trừ', 'D1.4.1', 'D6.2.1', 'D7.2.1', 'D3.4.1', 'D5.5.2', 'D3.3.2']);
    assert.deepEqual(
      [...figure.querySelectorAll('tbody td.heat-total')].map((td) => td.textContent),
      ['4,93', '3,68', '2,25', '1,38', '0,75'],
    );
    assert.equal(figure.querySelectorAll('tbody tr').length, 5);
    assert.equal(figure.querySelectorAll('tbody td a').length, 30, 'every cell links, also the one with no row');
  });

  test('cells are binned by the share of the maximum lost; N/A and unknown stand apart', () => {
    const figure = heatTable(HEAT_CELLS, options());
    const bin = (unit: string, code: string) => cellOf(figure, unit, code).className.split(' ')[0];
    assert.equal(bin('Sở Tài nguyên và Môi trường', 'D3.3.2'), 'heat-1', '0.05 of 0.5 is 10 %');
    assert.equal(bin('Sở Giao thông vận tải', 'D1.4.1'), 'heat-2', '0.375 of 1.5 is 25 %');
    assert.equal(bin('Sở Nội vụ', 'D7.2.1'), 'heat-3', '0.75 of 1.5 is 50 %');
    assert.equal(bin('Sở Tư pháp', 'D6.2.1'), 'heat-4', '1.5 of 2 is 75 %');
    assert.equal(bin('Sở Tài nguyên và Môi trường', 'D5.5.2'), 'heat-5');
    assert.equal(bin('Sở Nội vụ', 'D3.4.1'), 'heat-0');
    assert.equal(cellOf(figure, 'Sở Nội vụ', 'D3.4.1').querySelector('a')?.textContent, '0');
    const na = cellOf(figure, 'Sở Nội vụ', 'D6.2.1');
    assert.equal(na.className.split(' ')[0], 'heat-na');
    assert.equal(na.querySelector('a')?.textContent, 'N/A');
    assert.equal(na.querySelector('a')?.getAttribute('aria-label'), 'Sở Nội vụ, D6.2.1: N/A, Không áp dụng');
    const unknown = cellOf(figure, 'Sở Giao thông vận tải', 'D7.2.1');
    assert.equal(unknown.className.split(' ')[0], 'heat-unknown');
    assert.equal(unknown.querySelector('a')?.textContent, '–');
    assert.equal(cellOf(figure, 'Văn phòng Ủy ban nhân dân tỉnh', 'D3.3.2').className.split(' ')[0], 'heat-unknown', 'no row at all');
  });

  test('each cell links to the breakdown, named, with a tooltip for hover and keyboard', () => {
    const figure = heatTable(HEAT_CELLS, options());
    const link = cellOf(figure, 'Sở Tài nguyên và Môi trường', 'D3.4.1').querySelector('a');
    assert.equal(link?.getAttribute('href'), '/don-vi/tai-nguyen/?nam=2024#D3.4.1');
    assert.equal(link?.getAttribute('aria-label'), 'Sở Tài nguyên và Môi trường, D3.4.1: bị trừ 1,25 trên 2,5 điểm');
    const tip = figure.querySelector(`#${link?.getAttribute('aria-describedby') ?? 'none'}`);
    assert.equal(tip?.getAttribute('role'), 'tooltip');
    assert.deepEqual(tip?.textContent?.split('\n'), [
      'Sở Tài nguyên và Môi trường',
      'D3.4.1 Tỷ lệ hồ sơ TTHC giải quyết đúng hạn',
      'Điểm tối đa: 2,5',
      'Điểm đạt được: 1,25',
      'Điểm bị trừ: 1,25 (50%)',
      'Lý do trừ điểm: Tỷ lệ hồ sơ giải quyết đúng hạn đạt 92,4%; còn 37 hồ sơ quá hạn chưa thực hiện xin lỗi tổ chức, cá nhân theo quy định',
    ]);
    const noReason = cellOf(figure, 'Sở Tư pháp', 'D7.2.1').querySelector('.heat-tip');
    assert.equal(noReason?.textContent?.split('\n').at(-1), 'Lý do trừ điểm: Không ghi lý do');
    const ids = [...figure.querySelectorAll('[id]')].map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  });

  test('a focusable, labelled scroll region; sticky headers; no inline styles', () => {
    const figure = heatTable(HEAT_CELLS, options());
    assert.equal(figure.tagName, 'FIGURE');
    assert.equal(figure.className, 'chart chart--heat-table');
    const scroll = figure.querySelector('.heat-scroll');
    assert.equal(scroll?.getAttribute('tabindex'), '0');
    assert.equal(figure.querySelector(`#${scroll?.getAttribute('aria-labelledby') ?? 'none'}`)?.tagName, 'FIGCAPTION');
    assert.equal(figure.querySelectorAll('tbody th[scope=row]').length, 5);
    assert.equal(
      figure.querySelector('thead abbr')?.getAttribute('title'),
      'D1.4.1 Có sáng kiến, giải pháp mới được cấp có thẩm quyền công nhận',
    );
    assert.equal(figure.querySelectorAll('[style], style').length, 0, 'no inline styles (CSP)');
    assertHtmlSnapshot('heat-table', figure);
  });

  test('English', () => {
    const figure = heatTable(HEAT_CELLS, options('en'));
    const link = cellOf(figure, 'Sở Tư pháp', 'D6.2.1').querySelector('a');
    assert.equal(link?.getAttribute('aria-label'), 'Sở Tư pháp, D6.2.1: lost 1.5 of 2 points');
    assert.deepEqual(
      [...figure.querySelectorAll('.heat-legend li')].map((li) => li.textContent),
      ['0Nothing lost', '≤ 10%', '10–25%', '25–50%', '50–75%', '> 75%', 'N/ANot applicable', '–No data'],
    );
    assertHtmlSnapshot('heat-table-en', figure);
  });
});
