/**
 * `--new-index`: a province's first commune results create an index of their own (a dataset in
 * sources.json with its reference files), the units named in the file with proposed ids and levels, and
 * the scores; a taken id is never reused.
 */
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runImport } from '../../scripts/import/run.ts';
import type { TempData } from '../fixtures/build/fixture.ts';
import { buildAndQuery, importFixture, writeText } from '../fixtures/import/fixture.ts';

let tmp: TempData;
afterEach(() => tmp.remove());

const NEW = {
  id: 'mau-xa',
  level: 'commune',
  framework: 'fx-departments-2024',
  year: 2025,
  name: 'Chỉ số CCHC các xã (MẪU)',
  publisher: 'UBND tỉnh Mẫu',
  scope: 'tinh-mau',
  source: 'https://example.org/xa-2025',
};

describe('a new index', () => {
  test('created with its year, framework, source and units (levels by name, taken ids suffixed), then built', async () => {
    tmp = importFixture();
    const file = writeText(
      path.join(tmp.root, 'xa.csv'),
      [
        ['Đơn vị', 'Mã tiêu chí', 'Điểm thẩm định'],
        ['Xã An Phú', '1.1.1', '3,5'],
        ['Phường Bắc Sơn', '1.1.1', '4'],
        ['Tỉnh Mẫu', '1.1.1', '2'],
      ],
      'utf-8',
      ';',
    );
    const report = await runImport({ file, dataDir: tmp.dataDir, newIndex: NEW });
    assert.ok(report.ok, report.errors.join('\n'));
    assert.deepEqual(
      report.summary.find(([l]) => l === 'new index'),
      ['new index', 'mau-xa: xa-an-phu (commune), phuong-bac-son (ward), tinh-mau-tinh-mau (commune)'],
    );
    assert.deepEqual(report.written, [
      'raw/imported/mau-xa/indices.csv',
      'raw/imported/mau-xa/index-years.csv',
      'raw/imported/mau-xa/units.csv',
      'raw/imported/mau-xa/lineage.csv',
      'raw/imported/mau-xa/2025-detail.csv',
      'sources.json',
    ]);
    assert.equal(
      readFileSync(path.join(tmp.dataDir, 'raw/imported/mau-xa/units.csv'), 'utf8'),
      'unit_id,name_vi,name_en,level,parent_id,valid_from,valid_to,aliases\n' +
        'xa-an-phu,Xã An Phú,,commune,tinh-mau,2025,,\nphuong-bac-son,Phường Bắc Sơn,,ward,tinh-mau,2025,,\ntinh-mau-tinh-mau,Tỉnh Mẫu,,commune,tinh-mau,2025,,\n',
    );
    const query = await buildAndQuery(tmp);
    assert.deepEqual(await query((t) => `SELECT index_id, unit_level, scope_unit_id FROM ${t('indices')} WHERE index_id = 'mau-xa'`), [
      { index_id: 'mau-xa', unit_level: 'commune', scope_unit_id: 'tinh-mau' },
    ]);
    assert.deepEqual(await query((t) => `SELECT framework_id, source_url FROM ${t('index_years')} WHERE index_id = 'mau-xa'`), [
      { framework_id: 'fx-departments-2024', source_url: 'https://example.org/xa-2025' },
    ]);
    const scores = await query(
      (t) => `SELECT unit_id, final_score FROM ${t('scores')} WHERE index_id = 'mau-xa' AND item_code = 'D1.1.1' ORDER BY unit_id`,
    );
    assert.deepEqual(scores, [
      { unit_id: 'phuong-bac-son', final_score: 4 },
      { unit_id: 'tinh-mau-tinh-mau', final_score: 2 },
      { unit_id: 'xa-an-phu', final_score: 3.5 },
    ]);
  });

  test('an index that exists, an unknown framework or scope are refused before reading', async () => {
    tmp = importFixture();
    const file = path.join(tmp.root, 'none.csv');
    const errors = async (o: Partial<typeof NEW>) => (await runImport({ file, dataDir: tmp.dataDir, newIndex: { ...NEW, ...o } })).errors;
    assert.deepEqual(await errors({ id: 'vn-provinces' }), [
      '--new-index vn-provinces: the index exists already (use --index vn-provinces)',
    ]);
    assert.deepEqual(await errors({ scope: 'tinh-khac' }), ['--scope tinh-khac: unknown unit id']);
    assert.deepEqual(await errors({ level: 'village' }), [
      '--level takes one of ministry, province, department, district, commune, ward, special_zone',
    ]);
  });
});
