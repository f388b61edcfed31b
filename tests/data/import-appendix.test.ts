/**
 * The round-1 explanation appendix of letter 003 has no unit column: the unit is named above the table
 * ("UBND TỈNH …", "… của Sở Tư pháp") or given with `--unit` (an id or a name). The report says which;
 * a title naming several units or none is refused with what to do, and nothing is written.
 */
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { runImport, type ImportOptions } from '../../scripts/import/run.ts';
import type { TempData } from '../fixtures/build/fixture.ts';
import { buildAndQuery, importFixture, snapshot, writeText } from '../fixtures/import/fixture.ts';

let tmp: TempData;
afterEach(() => tmp.remove());

const HEADER = [
  'STT',
  'Tiêu chí/Tiêu chí thành phần bị trừ điểm sau khi HĐTD chấm điểm lần 1',
  'Điểm tự chấm của tỉnh',
  'Điểm thẩm định lần 1',
  'Lý do trừ điểm',
  'Nội dung giải trình, TLKC bổ sung (lần 2)',
  'Điểm đề nghị điều chỉnh',
];

/** An appendix with `title` rows above the letter's header and one row per `rows`. */
function appendix(title: readonly string[], rows: readonly string[][]): string {
  const pad = (cells: readonly string[]): string[] => [...cells, ...Array<string>(HEADER.length - cells.length).fill('')];
  return writeText(
    path.join(tmp.root, 'phu-luc.csv'),
    [...title.map((t) => pad([t])), HEADER, ...rows.map(pad), pad(['', 'Tổng điểm'])],
    'utf-8',
    ';',
  );
}

async function run(file: string, options: Partial<ImportOptions>) {
  return runImport({ file, dataDir: tmp.dataDir, year: 2025, ...options });
}

const assumes = (report: { summary: [string, string][] }): string[] => report.summary.filter(([l]) => l === 'assumes').map(([, t]) => t);

describe('the unit of an explanation appendix', () => {
  test('a province\'s appendix under "UBND TỈNH QUẢNG NINH", as in the letter: the unit from the title', async () => {
    tmp = importFixture();
    const file = appendix(
      ['UBND TỈNH QUẢNG NINH', 'Quảng Ninh, ngày 5 tháng 3 năm 2026', 'PHỤ LỤC'],
      [['1', 'I. Công tác chỉ đạo, điều hành CCHC', '38', '35,5', 'Thiếu kiểm tra', 'Bổ sung báo cáo kiểm tra', '37']],
    );
    const report = await run(file, { index: 'vn-provinces' });
    assert.ok(report.ok, report.errors.join('\n'));
    assert.deepEqual(assumes(report), [
      'the appendix is about Quảng Ninh, from the title ("UBND TỈNH QUẢNG NINH")',
      'round-1 appendix: final scores left empty until the decision',
    ]);
    const query = await buildAndQuery(tmp);
    const rows = await query(
      (t) =>
        `SELECT unit_id, item_code, self_score, appraisal_r1, final_score, explanation_vi FROM ${t('scores')} WHERE year = 2025 AND item_code = 'D1'`,
    );
    assert.deepEqual(rows, [
      {
        unit_id: 'quang-ninh',
        item_code: 'D1',
        self_score: 38,
        appraisal_r1: 35.5,
        final_score: null,
        explanation_vi: 'Bổ sung báo cáo kiểm tra',
      },
    ]);
  });

  test('"… của Sở Tư pháp" wins over the letterhead\'s issuer (Sở Nội vụ)', async () => {
    tmp = importFixture();
    const file = appendix(
      ['UBND TỈNH MẪU', 'SỞ NỘI VỤ', 'TỔNG HỢP CÁC TIÊU CHÍ GIẢI TRÌNH CỦA SỞ TƯ PHÁP'],
      [['1', '1.1.2. Báo cáo đúng hạn', '2', '1,5', 'Báo cáo nộp chậm', 'Đã bổ sung báo cáo', '2']],
    );
    const report = await run(file, { index: 'sample-departments' });
    assert.ok(report.ok, report.errors.join('\n'));
    assert.equal(
      assumes(report)[0],
      'the appendix is about Sở Tư pháp, from the title ("TỔNG HỢP CÁC TIÊU CHÍ GIẢI TRÌNH CỦA SỞ TƯ PHÁP")',
    );
    const query = await buildAndQuery(tmp);
    const rows = await query(
      (t) =>
        `SELECT unit_id, self_score, appraisal_r1 FROM ${t('scores')} WHERE year = 2025 AND item_code = 'D1.1.2' AND self_score IS NOT NULL`,
    );
    assert.deepEqual(rows, [{ unit_id: 'so-tu-phap', self_score: 2, appraisal_r1: 1.5 }]);
  });

  test('--unit takes a unit id, and wins over the title', async () => {
    tmp = importFixture();
    const file = appendix(['SỞ NỘI VỤ'], [['1', '2.1. Công khai thủ tục', '5', '4', 'Thiếu', '', '']]);
    const report = await run(file, { index: 'sample-departments', unit: 'so-y-te', dryRun: true });
    assert.ok(report.ok, report.errors.join('\n'));
    assert.equal(assumes(report)[0], 'the appendix is about Sở Y tế, from --unit so-y-te');
  });

  test('a title naming several units, or none, is refused with what to do; nothing written', async () => {
    tmp = importFixture();
    const before = snapshot(tmp.dataDir);
    const rows = [['1', '2.1. Công khai thủ tục', '5', '4', 'Thiếu', '', '']];
    const several = await run(appendix(['SỞ NỘI VỤ', 'SỞ Y TẾ'], rows), { index: 'sample-departments' });
    assert.deepEqual(several.errors, [
      'phu-luc!A1: (no unit) — the title names several units (Sở Nội vụ (so-noi-vu), Sở Y tế (so-y-te)): give --unit <unit_id or name>',
    ]);
    const none = await run(appendix(['PHỤ LỤC'], rows), { index: 'sample-departments' });
    assert.deepEqual(none.errors, [
      'phu-luc!A1: (no unit) — an explanation appendix is about one unit, and its title names none of this index: give --unit <unit_id or name>',
    ]);
    assert.deepEqual(snapshot(tmp.dataDir), before);
  });
});
