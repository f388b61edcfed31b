/** Every worksheet of a built fixture is written, at the paths the unit pages link, and reads back. */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { readSheet } from 'read-excel-file/node';
import { writeAllWorksheets } from '../../src/views/worksheets-all.ts';
import { buildLostFixture, type LostFixture } from '../fixtures/lost/fixture.ts';

let fx: LostFixture;
const out = mkdtempSync(path.join(tmpdir(), 'worksheets-'));
before(async () => {
  fx = await buildLostFixture();
});
after(() => {
  fx.remove();
  rmSync(out, { recursive: true, force: true });
});

test('one XLSX and one CSV per unit and year with detail, and the round-2 appendix beside them', async () => {
  assert.equal(await writeAllWorksheets(fx.db, out), 8);
  const files = readdirSync(path.join(out, 'worksheets', 'fx-communes')).sort();
  assert.equal(files.length, 24);
  assert.ok(files.includes('xa-a-2024.xlsx') && files.includes('xa-e-2024.csv') && files.includes('xa-a-2024-round2.xlsx'));
  assert.ok(!files.some((f) => f.startsWith('xa-e-2023')), 'a unit formed in 2024 has no 2023 worksheet');
  const rows = (await readSheet(readFileSync(path.join(out, 'worksheets', 'fx-communes', 'xa-a-2024.xlsx')))) as unknown[][];
  assert.equal(rows[1]?.[0], 'Xã An · Chỉ số CCHC các xã (thử) · Năm 2024');
  const appendix = (await readSheet(readFileSync(path.join(out, 'worksheets', 'fx-communes', 'xa-a-2024-round2.xlsx')))) as unknown[][];
  assert.deepEqual(
    appendix.slice(0, 3).map((r) => r[0]),
    [
      'PHỤ LỤC',
      'TỔNG HỢP CÁC TIÊU CHÍ/TIÊU CHÍ THÀNH PHẦN GIẢI TRÌNH, BỔ SUNG TÀI LIỆU KIỂM CHỨNG',
      'Xã An · Chỉ số CCHC các xã (thử) · Năm 2024',
    ],
  );
  assert.deepEqual(appendix.at(-1), [null, 'Tổng điểm', 7, 3, null, null, 2]);
});
