/**
 * An import that would duplicate values another score source of the index holds (the sample's own
 * export, the published national ranking) is refused before the data build, naming the other file and
 * row and comparing each value; `--replace` does not reach files the importer did not write.
 */
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { runImport } from '../../scripts/import/run.ts';
import type { TempData } from '../fixtures/build/fixture.ts';
import { importFixture, snapshot, writeText } from '../fixtures/import/fixture.ts';

let tmp: TempData;
afterEach(() => tmp.remove());

describe('values held in another score source', () => {
  test('a year of the sample export: refused naming raw/sample/…, each value compared; nothing written', async () => {
    tmp = importFixture();
    const before = snapshot(tmp.dataDir);
    const file = writeText(
      path.join(tmp.root, 'a.csv'),
      [
        ['Năm', 'Tên đơn vị', 'Mã tiêu chí', 'Điểm thẩm định'],
        ['2024', 'Sở Nội vụ', '1.1.1', '3'],
        ['2024', 'Sở Y tế', '1.1.2', '1'],
      ],
      'utf-8',
      ';',
    );
    const report = await runImport({ file, dataDir: tmp.dataDir, index: 'sample-departments' });
    const other = 'raw/sample/scores/departments-2024.csv';
    assert.deepEqual(report.errors, [
      `2 row(s) are already in ${other}, another score source of sample-departments: nothing written (an import writes only under raw/imported/sample-departments/, and --replace changes values there only; correct ${other} itself, or take those rows out of it and import them)`,
      `a!B2: so-noi-vu D1.1.1 2024 — ${other} row 2: final_score 3.5 → 3`,
      `a!B3: so-y-te D1.1.2 2024 — ${other} row 17: final_score 2 → 1`,
    ]);
    assert.deepEqual(snapshot(tmp.dataDir), before);
  });

  test('a published ranking: the same with --replace, a value equal to the published one said so', async () => {
    tmp = importFixture();
    const before = snapshot(tmp.dataDir);
    const file = writeText(
      path.join(tmp.root, 'b.csv'),
      [
        ['Năm', 'Tỉnh/thành phố', 'Chỉ số (%)', 'Xếp hạng'],
        ['2023', 'Tỉnh Quảng Ninh', '92,18', '1/63'],
        ['2023', 'Hà Nội', '90', '3/63'],
      ],
      'utf-8',
      ';',
    );
    const report = await runImport({ file, dataDir: tmp.dataDir, index: 'vn-provinces', replace: true });
    assert.deepEqual(report.errors.slice(1), [
      'b!B2: quang-ninh TOTAL 2023 — raw/published/provinces.csv row 2: same values',
      'b!B3: ha-noi TOTAL 2023 — raw/published/provinces.csv row 4: score_pct 91.5 → 90',
    ]);
    assert.match(
      report.errors[0]!,
      /^2 row\(s\) are already in raw\/published\/provinces\.csv, another score source of vn-provinces: nothing written/,
    );
    assert.deepEqual(snapshot(tmp.dataDir), before);
  });
});
