/**
 * The files a download menu makes from the page (src/exports/): the rows of a table as shown, the
 * source block above them, the file name, and the standalone SVG of a chart. Run on real HTML in jsdom.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { decisionsFor, fileName, sourceLines } from '../../src/exports/source-block.ts';
import { cellText, parseShownNumber, tableCaption, tableData } from '../../src/exports/table-data.ts';
import { chartSize, standaloneSvg, wrapLines } from '../../src/exports/chart-svg.ts';
import { toCsv } from '../../src/exports/csv.ts';

const doc = (body: string) => new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window.document;

describe('numbers as shown', () => {
  test('Vietnamese separators, signs, the minus sign and percentages; anything else is text', () => {
    assert.deepEqual(parseShownNumber('85,95%', 'vi'), { value: 85.95, percent: true });
    assert.deepEqual(parseShownNumber('1.234,5', 'vi'), { value: 1234.5, percent: false });
    assert.deepEqual(parseShownNumber('−2', 'vi'), { value: -2, percent: false });
    assert.deepEqual(parseShownNumber('+4', 'en'), { value: 4, percent: false });
    assert.deepEqual(parseShownNumber('1,234.5', 'en'), { value: 1234.5, percent: false });
    assert.equal(parseShownNumber('12/14', 'vi'), null);
    assert.equal(parseShownNumber('2024 (mới)', 'vi'), null);
    assert.equal(parseShownNumber('1,5', 'en'), null, 'a Vietnamese decimal is not an English number');
  });
});

describe('table rows as shown', () => {
  const html = `
    <table aria-labelledby="h"><thead><tr><th>Hạng</th><th>Đơn vị</th><th>Điểm</th><th>Thay đổi</th></tr></thead>
    <tbody>
      <tr><td>1</td><td><a href="/u/a">Sở A</a><span role="tooltip">tip</span></td><td>85,95%</td><td>+2</td></tr>
      <tr><td>2</td><td>=Sở B<p>ghi chú</p></td><td>–</td><td>hạng 1/14</td></tr>
    </tbody></table><h2 id="h">Xếp hạng 2024</h2>`;

  test('numbers become numbers, the missing dash an empty cell, tooltips are left out, percent columns say so', () => {
    const d = doc(html);
    const table = d.querySelector('table')!;
    assert.equal(tableCaption(table), 'Xếp hạng 2024');
    const data = tableData([table], 'vi', 'Thuộc');
    assert.deepEqual(data.header, ['Hạng', 'Đơn vị', 'Điểm (%)', 'Thay đổi']);
    assert.deepEqual(data.rows, [
      [1, 'Sở A', 85.95, 2],
      [2, '=Sở B\nghi chú', null, 'hạng 1/14'],
    ]);
    assert.equal(cellText(table.tBodies[0]!.rows[0]!.cells[1]!), 'Sở A');
  });

  test('several tables become one sheet with a first column naming each row’s table', () => {
    const d = doc(
      ['A', 'B']
        .map((c) => `<table><caption>${c}</caption><thead><tr><th>x</th></tr></thead><tbody><tr><td>${c}1</td></tr></tbody></table>`)
        .join(''),
    );
    const data = tableData([...d.querySelectorAll('table')], 'en', 'Part of');
    assert.deepEqual(data.header, ['Part of', 'x']);
    assert.deepEqual(data.rows, [
      ['A', 'A1'],
      ['B', 'B1'],
    ]);
  });

  test('the CSV of a download: BOM, the source block, an empty line, the header, formulas neutralised', () => {
    const data = tableData([doc(html).querySelector('table')!], 'vi', 'Thuộc');
    const csv = toCsv([['Chỉ số CCHC mở — Xếp hạng'], [], data.header, ...data.rows]);
    assert.ok(csv.startsWith('\ufeffChỉ số CCHC mở — Xếp hạng\r\n\r\nHạng,Đơn vị,Điểm (%),Thay đổi\r\n1,Sở A,85.95,2\r\n'));
    assert.ok(csv.includes(`2,"'=Sở B\nghi chú",,hạng 1/14\r\n`));
  });
});

describe('source block and file name', () => {
  const labels = { page: 'Trang', source: 'Nguồn dữ liệu', decision: 'Công bố kết quả năm {year}', filters: 'Bộ lọc' };

  test('title, address, source, the decisions of the years in view, filters, the sample label and the edition, one per line', () => {
    const lines = sourceLines(
      {
        site: 'Chỉ số CCHC mở',
        title: 'Xếp hạng 2024',
        url: 'https://x.vn/rankings/s/?domain=D3',
        source: 'Bộ Nội vụ — Chỉ số CCHC cấp tỉnh',
        decisions: decisionsFor({ '2023': 'QĐ 1', '2024': 'QĐ 2' }, [2024], [2023]),
        filters: [
          { label: 'Lĩnh vực', value: 'D3' },
          { label: 'Năm', value: '2024' },
        ],
        sample: 'Dữ liệu minh hoạ',
        edition: 'Bản công khai',
      },
      labels,
    );
    assert.deepEqual(lines, [
      'Chỉ số CCHC mở — Xếp hạng 2024',
      'Trang: https://x.vn/rankings/s/?domain=D3',
      'Nguồn dữ liệu: Bộ Nội vụ — Chỉ số CCHC cấp tỉnh',
      'Công bố kết quả năm 2024: QĐ 2',
      'Bộ lọc: Lĩnh vực: D3; Năm: 2024',
      'Dữ liệu minh hoạ',
      'Bản công khai',
    ]);
  });

  test('decisions: the filters’ years, else the page’s, oldest first, only where known', () => {
    const known = { '2022': 'A', '2024': 'C' };
    assert.deepEqual(decisionsFor(known, [2024, 2022, 2024], [2023]), [
      { year: 2022, text: 'A' },
      { year: 2024, text: 'C' },
    ]);
    assert.deepEqual(decisionsFor(known, [], [2023]), []);
  });

  test('file names carry the page, the part and the query', () => {
    assert.equal(
      fileName('/en/rankings/sample-communes/', '?domain=D3&to=2024', 'ranking', 'csv'),
      'en-rankings-sample-communes-ranking-domain-D3-to-2024.csv',
    );
    assert.equal(fileName('/', '', 'slope-vn-provinces', 'svg'), 'home-slope-vn-provinces.svg');
  });
});

describe('standalone chart SVG', () => {
  test('lines wrap at the width', () => {
    assert.deepEqual(wrapLines('một hai ba bốn năm sáu bảy tám chín mười', 100, 10), ['một hai ba bốn', 'năm sáu bảy tám', 'chín mười']);
    assert.deepEqual(wrapLines('Trang: https://example.org/rankings/x/?domain=D3', 120, 10), [
      'Trang:',
      'https://example.org/',
      'rankings/x/?domain=D',
      '3',
    ]);
  });

  test('the file has the title, the chart with its styles written on, the source lines, a font family and a white ground', () => {
    const d = doc(
      '<svg class="chart-svg" width="400" height="200" viewBox="0 0 400 200" tabindex="0"><g class="ticks"><text>2024</text></g><circle class="chart-tip-ring" r="4"/></svg>',
    );
    assert.deepEqual(chartSize(d.querySelector('svg')!), { width: 400, height: 200 });
    const styleOf = (el: Element) => ({
      getPropertyValue: (name: string) => (name === 'fill' ? (el.tagName === 'text' ? 'rgb(89, 99, 110)' : 'none') : ''),
    });
    const file = standaloneSvg(
      d,
      {
        chart: d.querySelector('svg')!,
        legend: [],
        title: 'Thay đổi thứ hạng 2023–2024',
        footer: ['Nguồn dữ liệu: Bộ Nội vụ', 'Trang: https://x.vn/'],
      },
      styleOf,
    );
    assert.equal(file.width, 512, 'at least 480 px inside the margins');
    assert.ok(file.height > 200 + 2 * 15);
    const out = new JSDOM(file.svg, { contentType: 'image/svg+xml' }).window.document;
    const root = out.documentElement;
    assert.equal(root.getAttribute('xmlns'), 'http://www.w3.org/2000/svg');
    assert.match(root.getAttribute('font-family') ?? '', /system-ui/);
    assert.equal(out.querySelector('title')?.textContent, 'Thay đổi thứ hạng 2023–2024');
    const texts = [...out.querySelectorAll('text')].map((t) => t.textContent);
    assert.deepEqual(texts, ['Thay đổi thứ hạng 2023–2024', '2024', 'Nguồn dữ liệu: Bộ Nội vụ', 'Trang: https://x.vn/']);
    assert.equal(out.querySelector('rect')?.getAttribute('fill'), '#ffffff');
    assert.equal(out.querySelector('.chart-tip-ring'), null, 'the focus ring is left out');
    assert.equal(out.querySelector('g.ticks text')?.getAttribute('style'), 'fill:rgb(89, 99, 110)');
  });
});
