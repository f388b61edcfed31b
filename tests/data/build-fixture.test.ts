/**
 * The build of the miniature data dir, read back from Parquet with DuckDB: exact values, NULL kept
 * NULL, non-applicable items out of the maximum, parents added up, ranks with ties, the manifest.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { SAMPLE_NOTICE, SCHEMA_VERSION, TABLES, TABLE_NAMES, type Manifest } from '../../src/schema/index.ts';
import { buildData } from '../../scripts/data/build.ts';
import { CSV_FORMULA_START } from '../../scripts/data/write-output.ts';
import { looksLikeFormula } from '../../src/exports/cells.ts';
import { copyFixture, type TempData } from '../fixtures/build/fixture.ts';

let tmp: TempData;
let manifest: Manifest;
let conn: DuckDBConnection;

/** Rows of a query, as plain JS (numbers, strings, null). */
async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

const parquet = (table: string): string => `'${path.join(tmp.outDir, 'parquet', `${table}.parquet`)}'`;

/** One score row by index, unit and item. */
async function score(unit: string, item: string, year = 2024): Promise<Record<string, unknown>> {
  const found = await rows(`SELECT * FROM ${parquet('scores')} WHERE unit_id = '${unit}' AND item_code = '${item}' AND year = ${year}`);
  assert.equal(found.length, 1, `${unit} ${item} ${year}`);
  return found[0]!;
}

before(async () => {
  tmp = copyFixture();
  const result = await buildData({ dataDir: tmp.dataDir, outDir: tmp.outDir, progress: null });
  assert.ok(result.ok, result.ok ? '' : result.errors.join('\n'));
  manifest = result.manifest;
  conn = await (await DuckDBInstance.create(':memory:')).connect();
});

after(() => tmp.remove());

describe('scores-detail: parents added up from leaf items', () => {
  test('a complete unit: every stage of the score, summed per kind', async () => {
    assert.deepEqual(await score('so-noi-vu', 'TOTAL'), {
      index_id: 'sample-departments',
      year: 2024,
      unit_id: 'so-noi-vu',
      item_code: 'TOTAL',
      item_level: 'total',
      domain_code: null,
      applicable: true,
      max_points: 20,
      self_score: 15,
      appraisal_r1: 14,
      proposed_score: null,
      appraisal_final: 14.5,
      final_score: 17.7,
      lost_points: 2.3,
      pct_of_max: 88.5,
      reason_vi: null,
      explanation_vi: null,
      reason_category: null,
      published_rank: null,
      published_rank_of: null,
      computed_rank: 2,
      computed_rank_of: 2,
      source_urls: [],
      source_file: 'raw/sample/scores/departments-2024.csv',
      is_sample: true,
    });
  });

  test('self and appraisal scores add up over appraisal items only; survey items have no appraisal_final', async () => {
    const d1 = await score('so-noi-vu', 'D1');
    assert.deepEqual([d1.max_points, d1.final_score, d1.self_score, d1.appraisal_r1, d1.appraisal_final], [10, 8.7, 6, 5.5, 5.5]);
    const survey = await score('so-noi-vu', 'D1.2');
    assert.deepEqual([survey.final_score, survey.appraisal_final, survey.self_score], [3.2, null, null]);
    const leaf = await score('so-noi-vu', 'D1.1.1');
    assert.deepEqual([leaf.appraisal_final, leaf.final_score, leaf.reason_vi], [3.5, 3.5, 'Kế hoạch ban hành chậm']);
  });

  test('a parent given in the file and matching its children is kept', async () => {
    const given = await score('so-noi-vu', 'D1.1');
    assert.deepEqual([given.max_points, given.final_score, given.self_score, given.appraisal_r1], [6, 5.5, 6, 5.5]);
  });

  test('a non-applicable item leaves the maximum of its parents', async () => {
    const na = await score('so-tu-phap', 'D2.2');
    assert.deepEqual([na.applicable, na.max_points, na.final_score, na.lost_points, na.pct_of_max], [false, 5, null, null, null]);
    const d2 = await score('so-tu-phap', 'D2');
    assert.deepEqual([d2.applicable, d2.max_points, d2.final_score, d2.pct_of_max], [true, 5, 5, 100]);
    const total = await score('so-tu-phap', 'TOTAL');
    assert.deepEqual([total.max_points, total.final_score, total.lost_points, total.pct_of_max], [15, 14.1, 0.9, 94]);
  });

  test('a missing score stays NULL up the tree, never 0', async () => {
    const leaf = await score('so-y-te', 'D1.2');
    assert.deepEqual([leaf.final_score, leaf.lost_points, leaf.pct_of_max], [null, null, null]);
    const d1 = await score('so-y-te', 'D1');
    assert.deepEqual([d1.max_points, d1.final_score, d1.pct_of_max, d1.computed_rank], [10, null, null, null]);
    const total = await score('so-y-te', 'TOTAL');
    assert.deepEqual([total.max_points, total.final_score, total.self_score, total.appraisal_final], [20, null, null, 14]);
    const nulls = await rows(
      `SELECT count(*)::INTEGER AS n FROM ${parquet('scores')} WHERE unit_id = 'so-y-te' AND self_score IS NOT NULL`,
    );
    assert.deepEqual(nulls, [{ n: 0 }]);
  });

  test('computed ranks by percentage; ties share a rank; NULL is not ranked', async () => {
    const d2 = await rows(`SELECT unit_id, pct_of_max, computed_rank, computed_rank_of FROM ${parquet('scores')}
      WHERE index_id = 'sample-departments' AND item_code = 'D2' ORDER BY unit_id`);
    assert.deepEqual(d2, [
      { unit_id: 'so-noi-vu', pct_of_max: 90, computed_rank: 2, computed_rank_of: 3 },
      { unit_id: 'so-tu-phap', pct_of_max: 100, computed_rank: 1, computed_rank_of: 3 },
      { unit_id: 'so-y-te', pct_of_max: 90, computed_rank: 2, computed_rank_of: 3 },
    ]);
    const criteria = await rows(
      `SELECT count(computed_rank)::INTEGER AS n FROM ${parquet('scores')} WHERE item_level IN ('criterion', 'sub_criterion')`,
    );
    assert.deepEqual(criteria, [{ n: 0 }]);
  });

  test('text is NFC and trimmed; a reason spanning two lines is kept whole', async () => {
    assert.equal((await score('so-tu-phap', 'D1.1.2')).reason_vi, 'Báo cáo quý III\nnộp chậm');
    assert.equal((await score('so-noi-vu', 'D2.1')).explanation_vi, 'Đã bổ sung tài liệu kiểm chứng');
  });
});

describe('published figures', () => {
  test('a published total: "92,18 %" read as 92.18, rank 1 of 63, as published', async () => {
    const qn = await score('quang-ninh', 'TOTAL', 2023);
    assert.deepEqual(
      [qn.max_points, qn.final_score, qn.pct_of_max, qn.lost_points, qn.published_rank, qn.published_rank_of, qn.source_urls],
      [100, 92.18, 92.18, 7.82, 1, 63, ['https://example.org/p2023']],
    );
  });

  test('a partial published year keeps its published ranks (a tie included) and computes none among the few published', async () => {
    const ranks = await rows(`SELECT unit_id, pct_of_max, published_rank, computed_rank, computed_rank_of FROM ${parquet('scores')}
      WHERE index_id = 'vn-provinces' AND year = 2023 AND item_code = 'TOTAL' ORDER BY unit_id`);
    assert.deepEqual(ranks, [
      { unit_id: 'da-nang', pct_of_max: null, published_rank: 5, computed_rank: null, computed_rank_of: null },
      { unit_id: 'ha-noi', pct_of_max: 91.5, published_rank: 2, computed_rank: null, computed_rank_of: null },
      { unit_id: 'hai-phong', pct_of_max: 91.5, published_rank: 2, computed_rank: null, computed_rank_of: null },
      { unit_id: 'quang-ninh', pct_of_max: 92.18, published_rank: 1, computed_rank: null, computed_rank_of: null },
    ]);
  });

  test('domains matched by name or alias, case-folded; the framework gives a missing maximum', async () => {
    const d1 = await score('quang-ninh', 'D1', 2023);
    assert.deepEqual([d1.item_level, d1.max_points, d1.final_score, d1.pct_of_max, d1.published_rank], ['domain', 40, 38, 95, 1]);
    const d2 = await score('quang-ninh', 'D2', 2023);
    assert.deepEqual([d2.max_points, d2.final_score, d2.pct_of_max], [60, 54.18, 90.3]);
    const pctOnly = await score('hai-phong', 'D2', 2023);
    assert.deepEqual([pctOnly.final_score, pctOnly.pct_of_max, pctOnly.lost_points], [null, 89.5, null]);
    const ministry = await score('bo-tu-phap', 'D1', 2023);
    assert.deepEqual([ministry.index_id, ministry.pct_of_max], ['vn-ministries', 90]);
    const component = await score('quang-ninh', 'C-APPRAISAL', 2023);
    assert.deepEqual([component.item_level, component.appraisal_final, component.final_score], ['component', 65.18, 65.18]);
  });

  test('a cell naming several pages gives each of them, in order; a total added up from such rows has every page once', async () => {
    const d2 = await score('da-nang', 'D2');
    assert.deepEqual([d2.final_score, d2.source_urls], [51, ['https://example.org/dn-b', 'https://example.org/dn-a']]);
    const d1 = await score('da-nang', 'D1');
    assert.deepEqual([d1.final_score, d1.source_urls], [30, ['https://example.org/dn-c', 'https://example.org/dn-a']]);
    const total = await score('da-nang', 'TOTAL');
    assert.deepEqual(
      [total.max_points, total.final_score, total.pct_of_max, total.published_rank, total.source_urls, total.source_file],
      [
        100,
        81,
        81,
        null,
        ['https://example.org/dn-a', 'https://example.org/dn-b', 'https://example.org/dn-c'],
        'raw/published/domains.csv',
      ],
    );
  });

  test('index years: units in the data, units ranked (else the largest rank_of), partial', async () => {
    assert.deepEqual(await rows(`SELECT index_id, year, units_ranked, units_in_data, is_partial FROM ${parquet('index_years')}`), [
      { index_id: 'sample-departments', year: 2024, units_ranked: 3, units_in_data: 2, is_partial: true },
      { index_id: 'vn-ministries', year: 2023, units_ranked: 17, units_in_data: 2, is_partial: true },
      { index_id: 'vn-provinces', year: 2023, units_ranked: 63, units_in_data: 4, is_partial: true },
      { index_id: 'vn-provinces', year: 2024, units_ranked: 63, units_in_data: 3, is_partial: true },
    ]);
  });
});

describe('reference tables', () => {
  test('grade thresholds: an empty item_code means the total, "92,5" is 92.5, each with its source', async () => {
    assert.deepEqual(await rows(`SELECT * FROM ${parquet('grade_thresholds')}`), [
      { index_id: 'sample-departments', year: 2024, item_code: 'TOTAL', a_min_pct: 90, b_min_pct: 80, c_min_pct: 70, source: 'Minh họa' },
      {
        index_id: 'vn-provinces',
        year: 2023,
        item_code: 'TOTAL',
        a_min_pct: 90,
        b_min_pct: 80,
        c_min_pct: 70,
        source: 'Quyết định 1/QĐ-BNV: A ≥ 90 %, B 80–90 %, C 70–80 %',
      },
      {
        index_id: 'vn-provinces',
        year: 2024,
        item_code: 'TOTAL',
        a_min_pct: 92.5,
        b_min_pct: 80,
        c_min_pct: 70,
        source: 'https://example.org/2024',
      },
    ]);
  });

  test('units with aliases as a list; lineage dates; frameworks with domain and order', async () => {
    assert.deepEqual(await rows(`SELECT aliases, is_sample FROM ${parquet('units')} WHERE unit_id = 'hai-phong'`), [
      { aliases: ['Thành phố Hải Phòng', 'TP. Hải Phòng'], is_sample: false },
    ]);
    assert.deepEqual(await rows(`SELECT effective_date::VARCHAR AS d, event FROM ${parquet('lineage')} WHERE from_unit_id = 'so-cu'`), [
      { d: '2024-01-01', event: 'absorb' },
    ]);
    assert.deepEqual(
      await rows(`SELECT item_code, domain_code, sort_order FROM ${parquet('framework_items')}
      WHERE framework_id = 'fx-departments-2024' AND item_code IN ('TOTAL', 'D1.1.2', 'D2', 'C-SURVEY') ORDER BY item_code`),
      [
        { item_code: 'C-SURVEY', domain_code: null, sort_order: 4 },
        { item_code: 'D1.1.2', domain_code: 'D1', sort_order: 2 },
        { item_code: 'D2', domain_code: 'D2', sort_order: 2 },
        { item_code: 'TOTAL', domain_code: null, sort_order: 1 },
      ],
    );
    assert.deepEqual(await rows(`SELECT metric, value, value_unit FROM ${parquet('aggregates')} ORDER BY metric`), [
      { metric: 'count_units_ranked', value: 63, value_unit: 'count' },
      { metric: 'mean_score_pct', value: 85.5, value_unit: 'pct' },
    ]);
  });

  test("every Parquet file has the schema's columns and types, ZSTD-compressed, rows ordered by key", async () => {
    for (const table of TABLE_NAMES) {
      const cols = await rows(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${parquet(table)})`);
      assert.deepEqual(
        cols,
        TABLES[table].columns.map((c) => ({ column_name: c.name, column_type: c.type })),
        table,
      );
      const codecs = await rows(`SELECT DISTINCT compression FROM parquet_metadata(${parquet(table)})`);
      // A table without rows (the fixture has no crosswalk) has no row groups, hence no codec.
      const [{ n }] = (await rows(`SELECT count(*)::INTEGER AS n FROM ${parquet(table)}`)) as [{ n: number }];
      assert.deepEqual(codecs, n === 0 ? [] : [{ compression: 'ZSTD' }], table);
      const key = TABLES[table].key.map((k) => `"${k}"`).join(', ');
      const unordered = await rows(`SELECT count(*)::INTEGER AS n FROM (
        SELECT row_number() OVER () AS i, row_number() OVER (ORDER BY ${key}) AS j FROM ${parquet(table)}) WHERE i <> j`);
      assert.deepEqual(unordered, [{ n: 0 }], table);
    }
  });
});

describe('manifest', () => {
  test('schema version, sample notice, coverage per index', () => {
    assert.equal(manifest.schema_version, SCHEMA_VERSION);
    assert.equal(manifest.sample_notice, SAMPLE_NOTICE);
    assert.ok(!Number.isNaN(Date.parse(manifest.built_at)));
    assert.deepEqual(manifest.coverage, [
      { index_id: 'vn-provinces', is_sample: false, years: [2023, 2024], units_per_year: { 2023: 4, 2024: 3 } },
      { index_id: 'vn-ministries', is_sample: false, years: [2023], units_per_year: { 2023: 2 } },
      { index_id: 'sample-departments', is_sample: true, years: [2024], units_per_year: { 2024: 2 } },
    ]);
    const written = JSON.parse(readFileSync(path.join(tmp.outDir, 'manifest.json'), 'utf8')) as Manifest;
    assert.deepEqual(written, manifest);
  });

  test('every file is listed with its real size, SHA-256 and row count', async () => {
    // Scores go to the browser in parts: the summary, and the detail of each index that has any.
    const parts = manifest.files.filter((f) => f.part !== undefined);
    assert.deepEqual(
      parts.map((f) => [f.part, f.path]),
      [
        ['summary', 'arrow/scores.summary.arrow'],
        ['detail:sample-departments', 'arrow/scores.detail.sample-departments.arrow'],
      ],
    );
    assert.equal(manifest.files.length, TABLE_NAMES.length * 3 - 1 + parts.length);
    for (const f of manifest.files) {
      const bytes = readFileSync(path.join(tmp.outDir, f.path));
      assert.equal(f.bytes, bytes.length, f.path);
      assert.equal(f.sha256, createHash('sha256').update(bytes).digest('hex'), f.path);
      if (f.part === undefined) assert.equal(f.path, `${f.format}/${f.table}.${f.format}`);
      const [{ n }] = (await rows(`SELECT count(*)::INTEGER AS n FROM ${parquet(f.table)}`)) as [{ n: number }];
      if (f.part === undefined) assert.equal(f.rows, n, f.path);
    }
    const [{ n: scoreRows }] = (await rows(`SELECT count(*)::INTEGER AS n FROM ${parquet('scores')}`)) as [{ n: number }];
    assert.equal(
      parts.reduce((sum, f) => sum + f.rows, 0),
      scoreRows,
      'the parts hold every score row once',
    );
    const scores = manifest.files.find((f) => f.path === 'csv/scores.csv')!;
    assert.equal(scores.rows, 46);
  });

  test('the CSV files start with the UTF-8 BOM; text a spreadsheet would run as a formula gets an apostrophe, in the CSV only', async () => {
    for (const f of manifest.files.filter((file) => file.format === 'csv')) {
      assert.deepEqual([...readFileSync(path.join(tmp.outDir, f.path)).subarray(0, 3)], [0xef, 0xbb, 0xbf], f.path);
    }
    const text = readFileSync(path.join(tmp.outDir, 'csv', 'aggregates.csv'), 'utf8');
    assert.equal(text.split('\n')[0], '\ufeffyear,scope,metric,value,value_unit,source_url,note');
    assert.match(text, /,'\+2\.19 vs 2022\n/);
    assert.deepEqual(await rows(`SELECT note FROM ${parquet('aggregates')} ORDER BY metric`), [
      { note: '63 provinces' },
      { note: '+2.19 vs 2022' },
    ]);
  });

  test("the CSV files' formula rule is the site's downloads' rule (src/exports/cells.ts)", async () => {
    const probes = ['=1+1', '+2.95 vs 2018', '-3', '@SUM(A1)', '\tx', '\rx', 'a=b', ' +1', '–2', '−2', 'Hà Nội', ''];
    for (const probe of probes) {
      const [{ m }] = (await rows(`SELECT regexp_matches('${probe}', '${CSV_FORMULA_START}') AS m`)) as [{ m: boolean }];
      assert.equal(m, looksLikeFormula(probe), JSON.stringify(probe));
    }
  });

  test('the CSV files write a list as a JSON array, which no comma inside an item can break', async () => {
    const csv = (table: string) => `read_csv('${path.join(tmp.outDir, 'csv', `${table}.csv`)}', all_varchar = true)`;
    assert.deepEqual(
      await rows(`SELECT source_urls FROM ${csv('scores')} WHERE unit_id = 'da-nang' AND year = 2024 AND item_code = 'TOTAL'`),
      [{ source_urls: '["https://example.org/dn-a","https://example.org/dn-b","https://example.org/dn-c"]' }],
    );
    assert.deepEqual(await rows(`SELECT source_urls FROM ${csv('scores')} WHERE unit_id = 'so-noi-vu' AND item_code = 'TOTAL'`), [
      { source_urls: '[]' },
    ]);
    assert.deepEqual(await rows(`SELECT aliases::JSON::VARCHAR[] AS aliases FROM ${csv('units')} WHERE unit_id = 'hai-phong'`), [
      { aliases: ['Thành phố Hải Phòng', 'TP. Hải Phòng'] },
    ]);
  });
});
