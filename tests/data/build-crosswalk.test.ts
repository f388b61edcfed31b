/**
 * The crosswalk between frameworks: the miniature data dir gets a second provinces framework from 2024
 * (D1 re-weighted, D2 renamed, a new D3 whose maximum is unknown) and a crosswalk that says so. The build writes it as a table;
 * a framework change that leaves a domain unaccounted for, an unknown code or relation, or an item on
 * the wrong side of a "new" row is refused with file, row and column.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildData } from '../../scripts/data/build.ts';
import { append, buildEdited, copyFixture, replace, type Edits } from '../fixtures/build/fixture.ts';

const FRAMEWORK_2024 = [
  'item_code,parent_code,item_level,name_vi,name_en,max_points,kind,aliases',
  'TOTAL,,total,Chỉ số cải cách hành chính,PAR Index,100,mixed,Chỉ số CCHC',
  'D1,TOTAL,domain,"Công tác chỉ đạo, điều hành cải cách hành chính",Direction and administration,40,appraisal,"Công tác chỉ đạo, điều hành CCHC"',
  'D2,TOTAL,domain,Cải cách TTHC,Procedures,60,mixed,Cải cách thủ tục hành chính',
  'D3,TOTAL,domain,Chuyển đổi số,Digital transformation,,mixed,',
  '',
].join('\n');

const HEADER = 'from_framework,from_item,to_framework,to_item,relation,note_vi,note_en';
const ROWS = [
  'fx-provinces-2023,D1,fx-provinces-2024,D1,reweighted,Tối đa 40 → 30,Maximum 40 → 30',
  'fx-provinces-2023,D2,fx-provinces-2024,D2,renamed,,',
  'fx-provinces-2023,,fx-provinces-2024,D3,new,Lĩnh vực mới,New domain',
];

/** The fixture with the 2024 framework in force for provinces, and a crosswalk of the given rows. */
function edits(rows: readonly string[]): Edits {
  return {
    'frameworks/fx-provinces-2024.csv': () => FRAMEWORK_2024,
    'reference/index-years.csv': replace('vn-provinces,2024,fx-provinces-2023,', 'vn-provinces,2024,fx-provinces-2024,'),
    'reference/crosswalk.csv': append(HEADER, ...rows),
    'sources.json': replace(
      '"grade_thresholds": [\n        "reference/grade-thresholds.csv"\n      ],',
      '"grade_thresholds": [\n        "reference/grade-thresholds.csv"\n      ],\n      "crosswalk": ["reference/crosswalk.csv"],',
    ),
  };
}

async function errorsOf(rows: readonly string[]): Promise<string[]> {
  const result = await buildEdited(edits(rows));
  assert.equal(result.ok, false, 'the build should fail');
  return result.ok ? [] : result.errors;
}

describe('crosswalk', () => {
  test('is written as a table, NULL where an item is new', async () => {
    const tmp = copyFixture(edits(ROWS));
    try {
      const result = await buildData({ dataDir: tmp.dataDir, outDir: tmp.outDir, progress: null });
      assert.ok(result.ok, result.ok ? '' : result.errors.join('\n'));
      const conn = await (await DuckDBInstance.create(':memory:')).connect();
      const file = path.join(tmp.outDir, 'parquet', 'crosswalk.parquet');
      const rows = (await conn.runAndReadAll(`SELECT * FROM '${file}' ORDER BY to_item`)).getRowObjectsJS();
      assert.deepEqual(rows, [
        {
          from_framework: 'fx-provinces-2023',
          from_item: 'D1',
          to_framework: 'fx-provinces-2024',
          to_item: 'D1',
          relation: 'reweighted',
          note_vi: 'Tối đa 40 → 30',
          note_en: 'Maximum 40 → 30',
        },
        {
          from_framework: 'fx-provinces-2023',
          from_item: 'D2',
          to_framework: 'fx-provinces-2024',
          to_item: 'D2',
          relation: 'renamed',
          note_vi: null,
          note_en: null,
        },
        {
          from_framework: 'fx-provinces-2023',
          from_item: null,
          to_framework: 'fx-provinces-2024',
          to_item: 'D3',
          relation: 'new',
          note_vi: 'Lĩnh vực mới',
          note_en: 'New domain',
        },
      ]);
      assert.ok(result.manifest.files.some((f) => f.table === 'crosswalk' && f.format === 'arrow'));
    } finally {
      tmp.remove();
    }
  });

  test('a framework change must account for every domain on both sides', async () => {
    assert.deepEqual(await errorsOf(ROWS.slice(0, 2)), [
      'reference/crosswalk.csv:-:to_item: D3 — no row for domain D3 of fx-provinces-2024, from fx-provinces-2023 (vn-provinces 2023→2024)',
    ]);
  });

  test('unknown codes, frameworks and relations are refused with their row and column', async () => {
    const errors = await errorsOf([
      ...ROWS,
      'fx-provinces-2023,D9,fx-provinces-2024,D1,merged,,',
      'fx-provinces-2099,D1,fx-provinces-2024,D1,same,,',
      'fx-provinces-2023,D1,fx-provinces-2024,D2,moved,,',
      'fx-provinces-2023,D1,fx-provinces-2024,D3,new,,',
    ]);
    assert.deepEqual(errors, [
      'reference/crosswalk.csv:5:from_item: D9 — unknown item code in fx-provinces-2023',
      'reference/crosswalk.csv:6:from_framework: fx-provinces-2099 — unknown framework (no such file in frameworks/, or it has errors)',
      'reference/crosswalk.csv:7:relation: moved — unknown value (expected one of same, renamed, reweighted, split, merged, new, ended)',
      'reference/crosswalk.csv:8:from_item: D1 — must be empty for relation "new"',
    ]);
  });
});
