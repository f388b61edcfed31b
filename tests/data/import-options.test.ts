/**
 * Import layouts and options beyond the basic ones: wide tables headed by Roman numerals or by domain
 * names (framework aliases), a numbering row under the header, `--mapping` for a header nobody wrote
 * down, `--sheet` to read another sheet than the one that looks like results.
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

async function run(file: string, options: Partial<ImportOptions>) {
  const report = await runImport({ file, dataDir: tmp.dataDir, index: 'vn-provinces', year: 2025, ...options });
  assert.ok(report.ok, report.errors.join('\n'));
  return report;
}

async function domains(): Promise<string[]> {
  const query = await buildAndQuery(tmp);
  const rows = await query(
    (t) =>
      `SELECT unit_id, item_code, final_score FROM ${t('scores')} WHERE year = 2025 AND item_level = 'domain' ORDER BY unit_id, item_code`,
  );
  return rows.map((r) => `${r.unit_id} ${r.item_code} ${r.final_score}`);
}

const column = (report: { summary: [string, string][] }): string => report.summary.find(([l]) => l === 'columns')![1];

describe('wide tables of domains', () => {
  test('Roman numerals, with a numbering row "(1) (2) (3)…" under the header', async () => {
    tmp = importFixture();
    const file = writeText(
      path.join(tmp.root, 'linh-vuc.csv'),
      [
        ['STT', 'Tỉnh/thành phố', 'I', 'II', 'Tổng điểm'],
        ['(1)', '(2)', '(3)', '(4)', '(5)'],
        ['1', 'Quảng Ninh', '38,5', '55', '93,5'],
        ['2', 'Đà Nẵng', '36', '52,25', '88,25'],
      ],
      'utf-8',
      ';',
    );
    const report = await run(file, {});
    assert.equal(column(report), 'A stt, B unit_name, C D1, D D2, E total_points');
    assert.deepEqual(await domains(), ['da-nang D1 36', 'da-nang D2 52.25', 'quang-ninh D1 38.5', 'quang-ninh D2 55']);
  });

  test("domain names as headers, matched through the framework's names and aliases without diacritics", async () => {
    tmp = importFixture();
    const file = writeText(
      path.join(tmp.root, 'linh-vuc.csv'),
      [
        ['Tỉnh/thành phố', 'CONG TAC CHI DAO, DIEU HANH CCHC', 'Cải cách thủ tục hành chính'],
        ['Hà Nội', '39', '58,5'],
      ],
      'utf-8',
      ';',
    );
    const report = await run(file, {});
    assert.equal(column(report), 'A unit_name, B D1, C D2');
    assert.deepEqual(await domains(), ['ha-noi D1 39', 'ha-noi D2 58.5']);
  });
});

describe('a long workbook with unit cells merged over their items, dated below the title', () => {
  test('the unit is filled down; the year is the one assessed, not the date of the letter', async () => {
    tmp = importFixture();
    const file = path.join(tmp.root, 'chi-tiet.xlsx');
    await writeExcelFile([
      ['KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2025'],
      ['Hà Nội, ngày 5 tháng 3 năm 2026'],
      ['Tỉnh/thành phố', 'Mã tiêu chí', 'Điểm'],
      [{ value: 'Hà Nội', rowSpan: 2 }, 'I', 39],
      [null, 'II', 58.5],
      ['Đà Nẵng', 'I', 36],
    ]).toFile(file);
    const report = await run(file, { year: undefined });
    assert.deepEqual(
      report.summary.filter(([l]) => l === 'assumes'),
      [
        ['assumes', 'year 2025 read from the title ("NĂM 2025")'],
        ['assumes', 'unit names filled down into 1 rows (cells merged over several rows)'],
      ],
    );
    assert.deepEqual(await domains(), ['da-nang D1 36', 'ha-noi D1 39', 'ha-noi D2 58.5']);
  });
});

describe('options', () => {
  test('--mapping gives a header nobody wrote down its meaning, by column letter', async () => {
    tmp = importFixture();
    const file = writeText(
      path.join(tmp.root, 'bao-chi.csv'),
      [
        ['Tỉnh/thành phố', 'Điểm trung bình (%)', 'Xếp hạng'],
        ['Hà Nội', '91,02', '5'],
      ],
      'utf-8',
      ';',
    );
    const unmapped = await run(file, { dryRun: true });
    assert.equal(column(unmapped), 'A unit_name, C rank; ignored: B "Điểm trung bình (%)"');
    const report = await run(file, { mapping: ['B=score_pct'] });
    assert.equal(column(report), 'A unit_name, B score_pct, C rank');
    const query = await buildAndQuery(tmp);
    assert.deepEqual(await query((t) => `SELECT unit_id, pct_of_max, published_rank FROM ${t('scores')} WHERE year = 2025`), [
      { unit_id: 'ha-noi', pct_of_max: 91.02, published_rank: 5 },
    ]);
  });

  test('--sheet reads the named sheet; an unknown one is refused with the sheets there are', async () => {
    tmp = importFixture();
    const file = path.join(tmp.root, 'hai-sheet.xlsx');
    await writeExcelFile([
      {
        sheet: '2025',
        data: [
          ['Tỉnh/thành phố', 'Chỉ số (%)', 'Xếp hạng'],
          ['Hà Nội', 91.02, 5],
          ['Đà Nẵng', 90, 6],
          ['Quảng Ninh', 93, 1],
        ],
      },
      {
        sheet: 'Bổ sung',
        data: [
          ['Tỉnh/thành phố', 'Chỉ số (%)', 'Xếp hạng'],
          ['Hải Phòng', 95.5, 2],
        ],
      },
    ]).toFile(file);
    const missing = await runImport({ file, dataDir: tmp.dataDir, index: 'vn-provinces', year: 2025, sheet: 'Sheet1' });
    assert.deepEqual(missing.errors, ['no sheet "Sheet1" (sheets: 2025, Bổ sung)']);
    const report = await run(file, { sheet: 'Bổ sung' });
    assert.deepEqual(report.summary[1], ['sheet', 'Bổ sung (also: 2025)']);
    const query = await buildAndQuery(tmp);
    assert.deepEqual(await query((t) => `SELECT unit_id, pct_of_max FROM ${t('scores')} WHERE year = 2025`), [
      { unit_id: 'hai-phong', pct_of_max: 95.5 },
    ]);
  });
});
