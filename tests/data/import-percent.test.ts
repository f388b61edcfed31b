/**
 * Scores written in percent: a wide table whose cells are percentages of each item's maximum ("87,5%"),
 * a header that says "%" over plain numbers, a total given as the index in percent ("Chỉ số (%)"). Each is
 * written as points of the framework's maxima, the report says which columns were read as which, and the
 * data build of the result holds the exact points.
 */
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { runImport } from '../../scripts/import/run.ts';
import type { TempData } from '../fixtures/build/fixture.ts';
import { buildAndQuery, importFixture, writeText } from '../fixtures/import/fixture.ts';

let tmp: TempData;
afterEach(() => tmp.remove());

const line = (report: { summary: [string, string][] }, label: string): string[] =>
  report.summary.filter(([l]) => l === label).map(([, t]) => t);

/** The built final scores of 2025 for `codes`, as "unit item score". */
async function finals(codes: readonly string[]): Promise<string[]> {
  const query = await buildAndQuery(tmp);
  const rows = await query(
    (t) =>
      `SELECT unit_id, item_code, applicable, final_score FROM ${t('scores')} WHERE year = 2025 AND item_code IN (${codes.map((c) => `'${c}'`).join(', ')}) ORDER BY unit_id, item_code`,
  );
  return rows.map((r) => `${r.unit_id} ${r.item_code} ${r.applicable ? r.final_score : 'n/a'}`);
}

describe('wide tables in percent', () => {
  test('Excel cells "87,5%" are percentages of each item\'s maximum, the total of the TOTAL maximum, written as points', async () => {
    tmp = importFixture();
    const file = path.join(tmp.root, 'phan-tram.xlsx');
    await writeExcelFile([
      ['KẾT QUẢ CHỈ SỐ CCHC CÁC SỞ NĂM 2025 (tỷ lệ điểm đạt được so với điểm tối đa)'],
      ['STT', 'Tên đơn vị', '1.1.1', '1.1.2', '2.1', 'Tổng điểm'],
      [1, 'Sở Nội vụ', '87,5%', '50%', '90 %', '45%'],
      [2, 'Sở Tư pháp', '100%', '75%', 'N/A', '40,5%'],
    ]).toFile(file);
    const report = await runImport({ file, dataDir: tmp.dataDir, index: 'sample-departments' });
    assert.ok(report.ok, report.errors.join('\n'));
    assert.deepEqual(line(report, 'columns'), ['A stt, B unit_name, C D1.1.1, D D1.1.2, E D2.1, F total_points']);
    assert.deepEqual(line(report, 'scores'), [
      'C, D, E, F in percent of each item\'s maximum (every number carries "%"), written as points',
    ]);
    // Maxima of fx-departments-2024: D1.1.1 4, D1.1.2 2, D2.1 5, TOTAL 20.
    assert.deepEqual(await finals(['D1.1.1', 'D1.1.2', 'D2.1', 'TOTAL']), [
      'so-noi-vu D1.1.1 3.5',
      'so-noi-vu D1.1.2 1',
      'so-noi-vu D2.1 4.5',
      'so-noi-vu TOTAL 9',
      'so-tu-phap D1.1.1 4',
      'so-tu-phap D1.1.2 1.5',
      'so-tu-phap D2.1 n/a',
      'so-tu-phap TOTAL 8.1',
    ]);
  });

  test('a header saying "%" over plain numbers, points beside it, and the index in percent as the total', async () => {
    tmp = importFixture();
    const file = writeText(
      path.join(tmp.root, 'chi-so.csv'),
      [
        ['Tên đơn vị', '1.1.1', '1.1.2 (%)', 'Chỉ số (%)'],
        ['Sở Nội vụ', '3,5', '50', '27,5'],
        ['Sở Y tế', '4', '100', '30'],
      ],
      'utf-8',
      ';',
    );
    const report = await runImport({ file, dataDir: tmp.dataDir, index: 'sample-departments', year: 2025 });
    assert.ok(report.ok, report.errors.join('\n'));
    assert.deepEqual(line(report, 'scores'), [
      'B in points; C in percent of each item\'s maximum (the header says "%"), written as points; D in percent of each item\'s maximum (a percent column), written as points',
    ]);
    assert.deepEqual(await finals(['D1.1.1', 'D1.1.2', 'TOTAL']), [
      'so-noi-vu D1.1.1 3.5',
      'so-noi-vu D1.1.2 1',
      'so-noi-vu TOTAL 5.5',
      'so-y-te D1.1.1 4',
      'so-y-te D1.1.2 2',
      'so-y-te TOTAL 6',
    ]);
  });

  test('a column mixing "%" and points is refused at its "%" cells, with their places; nothing written', async () => {
    tmp = importFixture();
    const file = writeText(
      path.join(tmp.root, 'lan.csv'),
      [
        ['Tên đơn vị', '1.1.1', '1.1.2'],
        ['Sở Nội vụ', '3,5', '50%'],
        ['Sở Y tế', '4', '1'],
      ],
      'utf-8',
      ';',
    );
    const report = await runImport({ file, dataDir: tmp.dataDir, index: 'sample-departments', year: 2025 });
    assert.deepEqual(report.errors, [
      "lan!C2: 50% — is a percentage, but the column's other numbers are points: write all in percent or all in points",
    ]);
    assert.deepEqual(report.written, []);
  });
});
