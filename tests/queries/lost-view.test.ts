/**
 * The unit page's lost-points view over the built fixture (tests/fixtures/lost): the summary in words
 * in both languages, exactly; the breakdown's order and N/A; the worksheet's rows, read back from XLSX.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readSheet } from 'read-excel-file/node';
import { JSDOM } from 'jsdom';
import { queryLostSource } from '../../src/queries/lost-index.ts';
import { lostView, type LostUnit } from '../../src/views/lost-view.ts';
import { worksheetFiles } from '../../src/views/worksheet-view.ts';
import { buildLostFixture, type LostFixture } from '../fixtures/lost/fixture.ts';

let fx: LostFixture;
before(async () => {
  fx = await buildLostFixture();
});
after(() => fx.remove());

const UNIT: LostUnit = { unit_id: 'xa-a', name_vi: 'Xã An', name_en: 'An Commune', valid_from: null, formedByMerger: false };
const view = (locale: 'vi' | 'en', unit = UNIT) =>
  lostView(queryLostSource(fx.db, 'fx-communes'), { locale, indexId: 'fx-communes', unit, year: 2024 });

describe('the lost-points view of a unit', () => {
  test('the summary in Vietnamese', async () => {
    assert.deepEqual((await view('vi')).summary, [
      'Năm 2024, Xã An đạt 12,00/17,00 điểm, bị trừ 5,00 điểm.',
      'Bị trừ nhiều nhất ở lĩnh vực Thủ tục hành chính (4,00 điểm) và Chỉ đạo điều hành (1,00 điểm).',
      '2 trong 5 tiêu chí thành phần chiếm 80% số điểm bị trừ; nhiều nhất là D2.1.1 Hồ sơ giải quyết đúng hạn (3,00 điểm).',
      'So với năm 2023: 1 tiêu chí thành phần mới bị trừ điểm, 2 bị trừ lại, 1 đã khắc phục.',
      'Hội đồng thẩm định trừ 4,50 điểm so với điểm tự chấm (13,00 → 8,50). Bị trừ nhiều nhất ở D2.1.1 Hồ sơ giải quyết đúng hạn (3,00 điểm).',
    ]);
  });

  test('the summary in English', async () => {
    const v = await view('en');
    assert.equal(v.summary[0], 'In 2024, An Commune scored 12.00 of 17.00 points and lost 5.00.');
    assert.equal(
      v.summary[2],
      '2 of 5 sub-criteria account for 80% of the points lost; the largest is D2.1.1 Dossiers on time (3.00 points).',
    );
    assert.equal(v.yoyNote, 'Items new in the 2024 framework, with no previous year to compare with: 1 (items are matched by code).');
  });

  test('a unit formed by a merger says why it has no comparison', async () => {
    const merged = { unit_id: 'xa-e', name_vi: 'Xã Đông Hải', name_en: null, valid_from: 2024, formedByMerger: true };
    const v = await view('vi', merged);
    assert.match(v.yoyNote ?? '', /hình thành sau sáp nhập/);
    assert.equal(
      v.summary.some((s) => s.startsWith('So với năm')),
      false,
    );
  });

  test('the breakdown: domains by points lost, N/A shown as such, last year’s status per item', async () => {
    const { document } = new JSDOM(`<body>${(await view('vi')).breakdown}</body>`).window;
    const domains = [...document.querySelectorAll('details.bd-domain')].map((d) => d.getAttribute('data-item'));
    assert.deepEqual(domains, ['D2', 'D1']);
    const na = document.querySelector('tr[data-item="D2.1.2"]');
    assert.equal(na?.className, 'bd-na');
    assert.match(na?.textContent ?? '', /Không áp dụng/);
    assert.doesNotMatch(na?.textContent ?? '', /0,00/);
    const rows = [...document.querySelectorAll('details[data-item="D2.1"] tbody tr')].map((r) => r.getAttribute('data-item'));
    assert.deepEqual(rows, ['D2.1.1', 'D2.1.4', 'D2.1.2'], 'most lost first, N/A last');
    assert.match(document.querySelector('tr[data-item="D2.1.1"]')?.textContent ?? '', /Bị trừ 2 năm liên tiếp/);
    assert.match(document.querySelector('tr[data-item="D2.1.4"]')?.textContent ?? '', /Tiêu chí mới/);
    assert.match(document.querySelector('tr[data-item="D2.1.1"] .bd-peers')?.textContent ?? '', /Vấn đề chung: 2\/3/);
    // Owners: a domain names its owner once; an item only where it has another (D2.1.4).
    assert.equal(
      document.querySelector('details[data-item="D2"] > summary .bd-owner')?.textContent,
      'Chủ trì: Công chức Tư pháp – Hộ tịch',
    );
    assert.equal(document.querySelector('details[data-item="D2.1"] > summary .bd-owner'), null);
    assert.equal(document.querySelector('tr[data-item="D2.1.1"] .bd-owner'), null);
    assert.equal(document.querySelector('tr[data-item="D2.1.4"] .bd-owner')?.textContent, 'Chủ trì: Công chức Văn hóa – Xã hội');
    assert.equal(document.querySelector('tr[data-item="D2.1.4"]')?.getAttribute('data-owner'), 'cc-van-hoa');
    // The survey-scored sub-criterion is tagged as such; appraised ones are not.
    assert.equal(document.querySelector('tr[data-item="D1.2.1"] .badge')?.textContent, 'điều tra XHH');
    assert.equal(document.querySelector('tr[data-item="D2.1.1"] .badge'), null);
    assert.equal(document.querySelector('details[data-item="D2"]')?.getAttribute('data-owners'), 'cc-tu-phap cc-van-hoa');
  });

  test('the worksheet: lost items most first, then the recovered one, with empty plan columns', async () => {
    const subject = {
      unit: UNIT,
      index: { index_id: 'fx-communes', name_vi: 'Chỉ số CCHC các xã (thử)', name_en: "Communes' PAR Index (test)", is_sample: true },
      year: 2024,
      source: '/units/xa-a/',
    };
    const files = await worksheetFiles(queryLostSource(fx.db, 'fx-communes'), subject);
    const rows = (await readSheet(Buffer.from(files.xlsx))) as unknown[][];
    assert.equal(rows[0]?.[0], 'PHÂN TÍCH TIÊU CHÍ BỊ TRỪ ĐIỂM VÀ KẾ HOẠCH KHẮC PHỤC');
    assert.equal(rows[1]?.[0], 'Xã An · Chỉ số CCHC các xã (thử) · Năm 2024');
    assert.match(String(rows[4]?.[0]), /DỮ LIỆU MẪU/);
    assert.equal(rows[5]?.[0], 'Bản nội bộ — không công bố', 'the edition, as the pages say it');
    const header = rows.findIndex((r) => r[0] === 'STT');
    assert.deepEqual(rows[header]?.slice(11, 17), [
      'So với năm 2023',
      'Nguyên nhân',
      'Giải pháp khắc phục',
      'Đơn vị, bộ phận chịu trách nhiệm',
      'Thời hạn hoàn thành',
      'Tài liệu kiểm chứng cần chuẩn bị',
    ]);
    const body = rows.slice(header + 1).map((r) => [r[1], r[8], r[11], r[14]]);
    // The responsible office comes from the owners: D2.1.4 has its own, the rest their domain's.
    assert.deepEqual(body, [
      ['D2.1.1', 3, 'Bị trừ 2 năm liên tiếp', 'Công chức Tư pháp – Hộ tịch'],
      ['D2.1.4', 1, 'Tiêu chí mới của bộ tiêu chí', 'Công chức Văn hóa – Xã hội'],
      ['D1.1.2', 0.5, 'Mới bị trừ (năm 2023 đạt tối đa)', 'Công chức Văn phòng – Thống kê'],
      ['D1.2.1', 0.5, 'Bị trừ 2 năm liên tiếp', 'Công chức Văn phòng – Thống kê'],
      ['D1.1.1', 0, 'Đã khắc phục (năm 2023 bị trừ 1,00 điểm)', 'Công chức Văn phòng – Thống kê'],
    ]);
    assert.ok(files.csv.startsWith('\ufeffSTT,Mã,'));
  });
});

test('the Pareto chart shows every item up to the 80 % cut (at most 30), then one row for the rest', async () => {
  const { paretoFigures } = await import('../../src/views/lost-view.ts');
  const { COLUMN_CHART_WIDTHS } = await import('../../src/views/chart-widths.ts');
  const pareto = Array.from({ length: 40 }, (_, i) => ({
    code: `D1.${i + 1}`,
    label: `Mục ${i + 1}`,
    lost: 1,
    cumulative_share: (i + 1) / 40,
  }));
  const rounds = { items: [], won: 0, asked: 0, recovered: 0 };
  const base = {
    year: 2024,
    heading: '',
    summary: [],
    yoyNote: null,
    breakdown: '',
    owners: [],
    worksheet: { xlsx: '', csv: '' },
    rounds,
    appendix: '',
  };
  const document = new JSDOM('<body></body>').window.document;
  const rowsOf = (f: ReturnType<typeof paretoFigures>) => new JSDOM(f?.table ?? '').window.document.querySelectorAll('tbody tr').length;
  const wide = paretoFigures({ ...base, pareto, paretoCut: { count: 32, itemsScored: 90, totalLost: 40 } }, 'vi', document);
  assert.equal(rowsOf(wide), 31, '30 items and "10 tiêu chí khác"');
  const cut = paretoFigures({ ...base, pareto, paretoCut: { count: 20, itemsScored: 90, totalLost: 40 } }, 'vi', document);
  assert.equal(rowsOf(cut), 21);
  assert.deepEqual(
    cut?.svgs.map((s) => s.width),
    [...COLUMN_CHART_WIDTHS],
    'drawn at every width of the unit page column',
  );
  for (const { svg } of cut?.svgs ?? []) assert.match(svg, /20 trên 90 tiêu chí thành phần chiếm 50%/);
});

test('reasons and explanations that begin with =, +, - or @ stay text in the worksheets, never formulas', async () => {
  const { unzipEntry } = await import('../e2e/support/zip.ts');
  const index = { index_id: 'fx-communes', name_vi: 'Chỉ số (thử)', name_en: 'Index (test)', is_sample: true };
  const cases = [
    { unit_id: 'xa-b', name_vi: 'Xã Bình', texts: ['=Tỷ lệ hồ sơ quá hạn 1.5%', '+Đã giải trình bằng văn bản'] },
    { unit_id: 'xa-c', name_vi: 'Xã Cát', texts: ['-Thiếu báo cáo quý II', '@Chưa số hóa hồ sơ'] },
  ];
  for (const c of cases) {
    const unit = { unit_id: c.unit_id, name_vi: c.name_vi, name_en: null };
    const files = await worksheetFiles(queryLostSource(fx.db, 'fx-communes'), { unit, index, year: 2024, source: '/' });
    const xml = unzipEntry(Buffer.from(files.xlsx), 'xl/worksheets/sheet1.xml');
    assert.doesNotMatch(xml, /<f[ >]/, `${c.unit_id}: no formula cell`);
    const cells = ((await readSheet(Buffer.from(files.xlsx))) as unknown[][]).flat();
    for (const text of c.texts) {
      assert.ok(cells.includes(text), `${text} kept as text in XLSX`);
      assert.ok(files.csv.includes(`'${text}`), `${text} neutralised in CSV`);
    }
  }
});
