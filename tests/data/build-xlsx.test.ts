/**
 * The data build reads an Excel workbook where a CSV would be: the fixture's scores-detail file saved as
 * .xlsx (first sheet, typed numbers) builds to the same values, and its errors name the file, row and
 * column as for a CSV.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import writeExcelFile from 'write-excel-file/node';
import { buildData } from '../../scripts/data/build.ts';
import { copyFixture, replace } from '../fixtures/build/fixture.ts';
import { buildAndQuery } from '../fixtures/import/fixture.ts';

const CSV = 'raw/sample/scores/departments-2024.csv';
const XLSX = 'raw/sample/scores/departments-2024.xlsx';

/** The fixture with its departments file as a workbook: numbers typed, text as it was; `extra` rows appended. */
async function asWorkbook(extra: (string | number)[][] = []) {
  const tmp = copyFixture({ 'sources.json': replace('raw/sample/scores/departments-*.csv', 'raw/sample/scores/departments-*.xlsx') });
  const text = readFileSync(path.join(tmp.dataDir, CSV), 'utf8').replace(/^\ufeff/, '');
  const rows = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data;
  const typed = rows.map((r, i) => r.map((c) => (i > 0 && /^\d+(,\d+)?$/.test(c) ? Number(c.replace(',', '.')) : c)));
  await writeExcelFile([...typed, [], ...extra]).toFile(path.join(tmp.dataDir, XLSX));
  rmSync(path.join(tmp.dataDir, CSV));
  return tmp;
}

describe('scores-detail from an Excel workbook', () => {
  test('the same totals as from the CSV (an empty row skipped)', async () => {
    const tmp = await asWorkbook();
    try {
      const query = await buildAndQuery(tmp);
      const rows = await query(
        (t) =>
          `SELECT unit_id, max_points, final_score, source_file FROM ${t('scores')} WHERE item_code = 'TOTAL' AND year = 2024 AND index_id = 'sample-departments' ORDER BY unit_id`,
      );
      assert.deepEqual(rows, [
        { unit_id: 'so-noi-vu', max_points: 20, final_score: 17.7, source_file: XLSX },
        { unit_id: 'so-tu-phap', max_points: 15, final_score: 14.1, source_file: XLSX },
        { unit_id: 'so-y-te', max_points: 20, final_score: null, source_file: XLSX },
      ]);
    } finally {
      tmp.remove();
    }
  });

  test('errors name the workbook, the row and the column header, as for a CSV', async () => {
    const tmp = await asWorkbook([[2024, 'Sở Nội vụ', 'D9.9', '', 4, 'Có', '', '', 3, '', '']]);
    try {
      const result = await buildData({ dataDir: tmp.dataDir, outDir: tmp.outDir, progress: null });
      assert.equal(result.ok, false);
      assert.deepEqual(result.ok ? [] : result.errors, [`${XLSX}:21:Mã tiêu chí: D9.9 — unknown item for framework fx-departments-2024`]);
    } finally {
      tmp.remove();
    }
  });
});
