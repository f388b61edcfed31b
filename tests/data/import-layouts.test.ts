/**
 * `npm run import` of every layout and encoding: input files generated here (Excel by write-excel-file,
 * text tables in TCVN3, VNI, Windows-1258 and UTF-16), imported into a copy of the build fixture, then
 * built by the data build and read back from Parquet with exact values.
 */
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { runImport, type ImportOptions } from '../../scripts/import/run.ts';
import type { TempData } from '../fixtures/build/fixture.ts';
import { buildAndQuery, importFixture, writeText } from '../fixtures/import/fixture.ts';

let tmp: TempData;
afterEach(() => tmp.remove());

/** Imports `file` into a fresh fixture copy; fails with the import's errors. */
async function imported(file: (dir: string) => Promise<string> | string, options: Partial<ImportOptions>) {
  tmp = importFixture();
  const report = await runImport({ file: await file(tmp.root), dataDir: tmp.dataDir, ...options });
  assert.ok(report.ok, report.errors.join('\n'));
  return report;
}

const summary = (report: { summary: [string, string][] }, label: string): string[] =>
  report.summary.filter(([l]) => l === label).map(([, t]) => t);

describe('wide Excel: title rows, a merged two-row header, totals and signatures below', () => {
  const wide = async (dir: string): Promise<string> => {
    const file = path.join(dir, 'ket-qua.xlsx');
    const results = [
      ['UBND TỈNH MẪU'],
      ['KẾT QUẢ CHỈ SỐ CCHC CÁC SỞ NĂM 2025'],
      [],
      ['STT', 'Tên đơn vị', { value: 'Điểm các tiêu chí', columnSpan: 3 }, null, null, 'Tổng điểm', 'Ghi chú'],
      [null, null, '1.1.1', '1.1.2', '1.2', null, null],
      [1, 'Sở Nội vụ', 3.5, 2, 3.2, 8.7, ''],
      [2, 'UBND sở tư pháp', 4, '1,5', 3.6, 9.1, ''],
      [3, 'SO Y TE', 3, 2, '-', null, 'thiếu khảo sát'],
      [null, 'Tổng cộng', 10.5, 5.5, 6.8, null, null],
      [],
      [null, 'Người lập biểu', null, null, null, 'Giám đốc'],
    ];
    const notes = [['Ghi chú'], ['Số liệu do Sở Nội vụ tổng hợp']];
    await writeExcelFile([
      { sheet: 'Ghi chú', data: notes },
      { sheet: 'Kết quả', data: results },
    ]).toFile(file);
    return file;
  };

  test('the results sheet is chosen, the header folded, the year read from the title; values exact after the build', async () => {
    const report = await imported(wide, { index: 'sample-departments' });
    assert.deepEqual(report.summary.slice(0, 7), [
      ['file', 'ket-qua.xlsx (xlsx)'],
      ['sheet', 'Kết quả (also: Ghi chú)'],
      ['layout', 'wide (one row per unit, one column per item), folded to long rows'],
      ['header', 'rows 4–5 (two-row header folded)'],
      ['columns', 'A stt, B unit_name, C D1.1.1, D D1.1.2, E D1.2, F total_points; ignored: G "Ghi chú"'],
      ['scores', 'C, D, E, F in points'],
      ['rows', '3 read → 12 scores-detail rows; dropped 1 total row (row 9); 1 no scores (heading, note or signature) (row 11)'],
    ]);
    assert.deepEqual(summary(report, 'units'), [
      '3 of 3 matched, 1 by name or alias, 0 by the alias file, 2 loosely ("UBND sở tư pháp" → so-tu-phap, "SO Y TE" → so-y-te)',
    ]);
    assert.deepEqual(summary(report, 'assumes'), [
      'year 2025 read from the title ("NĂM 2025")',
      '4 item columns folded to one row per unit and item, read as final scores',
    ]);
    assert.deepEqual(report.written, ['raw/imported/sample-departments/2025-detail.csv', 'sources.json']);
    const query = await buildAndQuery(tmp);
    const rows = await query(
      (t) =>
        `SELECT unit_id, item_code, final_score FROM ${t('scores')} WHERE year = 2025 AND item_code IN ('D1.1.1', 'D1.1.2', 'D1.2') ORDER BY unit_id, item_code`,
    );
    assert.deepEqual(
      rows.map((r) => `${r.unit_id} ${r.item_code} ${r.final_score}`),
      [
        'so-noi-vu D1.1.1 3.5',
        'so-noi-vu D1.1.2 2',
        'so-noi-vu D1.2 3.2',
        'so-tu-phap D1.1.1 4',
        'so-tu-phap D1.1.2 1.5',
        'so-tu-phap D1.2 3.6',
        'so-y-te D1.1.1 3',
        'so-y-te D1.1.2 2',
        'so-y-te D1.2 null',
      ],
    );
  });
});

describe('long CSV in TCVN3 (.VnTime), semicolons, decimal commas, "N/A"', () => {
  test('read, converted to Unicode and built', async () => {
    const file = (dir: string): string =>
      writeText(
        path.join(dir, 'chi-tiet.csv'),
        [
          ['Bảng tổng hợp điểm các sở', '', '', '', '', '', ''],
          ['STT', 'Tên đơn vị', 'Mã tiêu chí', 'Điểm tự chấm', 'Điểm thẩm định lần 1', 'Điểm thẩm định', 'Lý do trừ điểm'],
          ['1', 'Sở Nội vụ', '1.1.1', '4', '3,5', '3,5', 'Kế hoạch ban hành chậm'],
          ['2', 'Sở Nội vụ', '2.2', 'N/A', '', '', ''],
          ['3', 'Sở Tư pháp', '1.1.2', '2', '1,5', '1,75', 'Báo cáo quý III nộp chậm'],
        ],
        'tcvn3',
        ';',
      );
    const report = await imported(file, { index: 'sample-departments', year: 2025 });
    assert.deepEqual(report.summary[0], ['file', 'chi-tiet.csv (csv, tcvn3)']);
    assert.deepEqual(report.summary[2], ['layout', 'long (one row per unit and item)']);
    const query = await buildAndQuery(tmp);
    const built = await query(
      (t) =>
        `SELECT unit_id, item_code, applicable, self_score, appraisal_r1, final_score, reason_vi FROM ${t('scores')} WHERE year = 2025 AND item_code IN ('D1.1.1', 'D1.1.2', 'D2.2') ORDER BY unit_id, item_code`,
    );
    assert.deepEqual(built, [
      {
        unit_id: 'so-noi-vu',
        item_code: 'D1.1.1',
        applicable: true,
        self_score: 4,
        appraisal_r1: 3.5,
        final_score: 3.5,
        reason_vi: 'Kế hoạch ban hành chậm',
      },
      {
        unit_id: 'so-noi-vu',
        item_code: 'D2.2',
        applicable: false,
        self_score: null,
        appraisal_r1: null,
        final_score: null,
        reason_vi: null,
      },
      {
        unit_id: 'so-tu-phap',
        item_code: 'D1.1.2',
        applicable: true,
        self_score: 2,
        appraisal_r1: 1.5,
        final_score: 1.75,
        reason_vi: 'Báo cáo quý III nộp chậm',
      },
    ]);
  });
});

describe('rankings: VNI with percentages and "1/63" ranks; Windows-1258 with points', () => {
  const ranking = (encoding: 'vni' | 'windows-1258', header: string, scores: string[]) => (dir: string) =>
    writeText(
      path.join(dir, 'xep-hang.csv'),
      [
        ['Kết quả Chỉ số CCHC năm 2025', '', '', '', ''],
        ['STT', 'Tỉnh/thành phố', header, 'Xếp hạng', 'Nhóm'],
        ['1', 'TP. Hải Phòng', scores[0]!, '1/63', 'A'],
        ['2', 'Tỉnh Quảng Ninh', scores[1]!, '2/63', 'A'],
        ['3', 'Ha Noi', scores[2]!, '2/63', 'A'],
        ['', 'Ghi chú: xếp hạng theo điểm', '', '', ''],
      ],
      encoding,
      ';',
    );

  test('VNI, "Chỉ số CCHC (%)": percentages as written, the rank of 63', async () => {
    const report = await imported(ranking('vni', 'Chỉ số CCHC (%)', ['92,18 %', '91,5', '91,5']), { index: 'vn-provinces' });
    assert.deepEqual(report.summary[0], ['file', 'xep-hang.csv (csv, vni)']);
    assert.deepEqual(summary(report, 'scores'), ['C in percent']);
    assert.deepEqual(summary(report, 'assumes'), [
      'year 2025 read from the title ("năm 2025")',
      'group column not imported (the build derives groups from the thresholds)',
    ]);
    const query = await buildAndQuery(tmp);
    const built = await query(
      (t) =>
        `SELECT unit_id, final_score, pct_of_max, published_rank, published_rank_of FROM ${t('scores')} WHERE year = 2025 AND item_code = 'TOTAL' ORDER BY published_rank, unit_id`,
    );
    assert.deepEqual(built, [
      { unit_id: 'hai-phong', final_score: 92.18, pct_of_max: 92.18, published_rank: 1, published_rank_of: 63 },
      { unit_id: 'ha-noi', final_score: 91.5, pct_of_max: 91.5, published_rank: 2, published_rank_of: 63 },
      { unit_id: 'quang-ninh', final_score: 91.5, pct_of_max: 91.5, published_rank: 2, published_rank_of: 63 },
    ]);
  });

  test('Windows-1258, "Tổng điểm": points of the framework total (100), written as percent', async () => {
    const report = await imported(ranking('windows-1258', 'Tổng điểm', ['90,25', '88', '88.0']), { index: 'vn-provinces' });
    assert.deepEqual(report.summary[0], ['file', 'xep-hang.csv (csv, windows-1258)']);
    assert.deepEqual(summary(report, 'scores'), ['C in points of 100, written as percent']);
    const query = await buildAndQuery(tmp);
    const built = await query(
      (t) => `SELECT unit_id, pct_of_max FROM ${t('scores')} WHERE year = 2025 AND item_code = 'TOTAL' ORDER BY unit_id`,
    );
    assert.deepEqual(built, [
      { unit_id: 'ha-noi', pct_of_max: 88 },
      { unit_id: 'hai-phong', pct_of_max: 90.25 },
      { unit_id: 'quang-ninh', pct_of_max: 88 },
    ]);
  });
});

describe('the round-1 explanation appendix (letter 003), TSV in UTF-16', () => {
  test('deducted items with self and round-1 scores, reasons, explanations and the proposed score', async () => {
    const tsv = (dir: string): string =>
      writeText(
        path.join(dir, 'phu-luc.tsv'),
        [
          ['UBND TỈNH MẪU', '', '', '', '', '', ''],
          ['PHỤ LỤC', '', '', '', '', '', ''],
          ['TỔNG HỢP CÁC TIÊU CHÍ/TIÊU CHÍ THÀNH PHẦN GIẢI TRÌNH, BỔ SUNG TÀI LIỆU KIỂM CHỨNG NĂM 2025', '', '', '', '', '', ''],
          [
            'STT',
            'Tiêu chí/Tiêu chí thành phần bị trừ điểm sau khi HĐTD chấm điểm lần 1',
            'Điểm tự chấm của tỉnh',
            'Điểm thẩm định lần 1',
            'Lý do trừ điểm',
            'Nội dung giải trình, TLKC bổ sung (lần 2)',
            'Điểm đề nghị điều chỉnh',
          ],
          ['1', '1.1.1. Ban hành kế hoạch', '4', '3,5', 'Kế hoạch ban hành chậm', 'Đã bổ sung quyết định ban hành đúng hạn', '4'],
          ['2', '2.1. Công khai thủ tục', '5', '4,5', 'Thiếu tài liệu kiểm chứng', '', ''],
          ['...', '', '', '', '', '', ''],
          ['', 'Tổng điểm', '9', '8', '', '', ''],
        ],
        'utf-16le',
        '\t',
      );
    const report = await imported(tsv, { index: 'sample-departments', unit: 'Sở Nội vụ' });
    assert.deepEqual(report.summary.slice(0, 6), [
      ['file', 'phu-luc.tsv (tsv, utf-16le)'],
      ['sheet', 'phu-luc'],
      ['layout', 'explanation appendix (round-1 deductions of one unit)'],
      ['header', 'row 4'],
      ['columns', 'A stt, B item_deducted, C self_score, D appraisal_r1, E reason, F explanation, G proposed_score'],
      ['scores', 'C, D, G in points'],
    ]);
    assert.deepEqual(summary(report, 'assumes'), [
      'year 2025 read from the title ("NĂM 2025")',
      'the appendix is about Sở Nội vụ, from --unit',
      'round-1 appendix: final scores left empty until the decision',
    ]);
    const query = await buildAndQuery(tmp);
    const built = await query(
      (t) =>
        `SELECT item_code, self_score, appraisal_r1, final_score, reason_vi, explanation_vi, proposed_score FROM ${t('scores')} WHERE year = 2025 AND unit_id = 'so-noi-vu' AND item_code IN ('D1.1.1', 'D2.1') ORDER BY item_code`,
    );
    assert.deepEqual(built, [
      {
        item_code: 'D1.1.1',
        self_score: 4,
        appraisal_r1: 3.5,
        final_score: null,
        reason_vi: 'Kế hoạch ban hành chậm',
        explanation_vi: 'Đã bổ sung quyết định ban hành đúng hạn',
        proposed_score: 4,
      },
      {
        item_code: 'D2.1',
        self_score: 5,
        appraisal_r1: 4.5,
        final_score: null,
        reason_vi: 'Thiếu tài liệu kiểm chứng',
        explanation_vi: null,
        proposed_score: null,
      },
    ]);
  });
});
