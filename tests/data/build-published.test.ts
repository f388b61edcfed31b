/**
 * The real published national figures (data/raw/published), built on their own into a temporary
 * output and read back from Parquet: the figures the site leads with must come out exactly.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import Papa from 'papaparse';
import type { Manifest } from '../../src/schema/index.ts';
import { buildData } from '../../scripts/data/build.ts';
import { splitSources } from '../../scripts/data/normalise.ts';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const PUBLISHED = ['raw/published/provinces.csv', 'raw/published/ministries.csv', 'raw/published/domains.csv'];

let root: string;
let outDir: string;
let manifest: Manifest;
let conn: DuckDBConnection;

const csv = (rel: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(DATA, rel), 'utf8'), { header: true, skipEmptyLines: true }).data;

/** A data dir holding only the national dataset: sources.json rewritten, the rest linked. */
function nationalDataDir(): string {
  const dir = path.join(root, 'data');
  mkdirSync(path.join(dir, 'raw'), { recursive: true });
  mkdirSync(path.join(dir, 'frameworks'));
  const sources = JSON.parse(readFileSync(path.join(DATA, 'sources.json'), 'utf8')) as { datasets: { id: string }[] };
  sources.datasets = sources.datasets.filter((d) => d.id === 'national');
  writeFileSync(path.join(dir, 'sources.json'), JSON.stringify(sources));
  symlinkSync(path.join(DATA, 'reference'), path.join(dir, 'reference'));
  symlinkSync(path.join(DATA, 'raw/published'), path.join(dir, 'raw/published'));
  for (const id of new Set(csv('reference/index-years.csv').map((r) => r.framework_id!))) {
    symlinkSync(path.join(DATA, 'frameworks', `${id}.csv`), path.join(dir, 'frameworks', `${id}.csv`));
  }
  return dir;
}

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

const scores = (): string => `'${path.join(outDir, 'parquet', 'scores.parquet')}'`;

async function total(indexId: string, year: number, unitId: string): Promise<Record<string, unknown>[]> {
  return rows(`SELECT final_score, pct_of_max, published_rank, published_rank_of FROM ${scores()}
    WHERE index_id = '${indexId}' AND year = ${year} AND unit_id = '${unitId}' AND item_code = 'TOTAL'`);
}

before(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'build-published-'));
  outDir = path.join(root, 'dist');
  const result = await buildData({ dataDir: nationalDataDir(), outDir, progress: null });
  assert.deepEqual(result.ok ? [] : result.errors, []);
  if (result.ok) manifest = result.manifest;
  conn = await (await DuckDBInstance.create(':memory:')).connect();
});

after(() => rmSync(root, { recursive: true, force: true }));

describe('real published figures', () => {
  test('2023: Quảng Ninh 92.18 %, rank 1 of 63', async () => {
    assert.deepEqual(await total('vn-provinces', 2023, 'quang-ninh'), [
      { final_score: 92.18, pct_of_max: 92.18, published_rank: 1, published_rank_of: 63 },
    ]);
  });

  test('2024: Hải Phòng 96.17 %, rank 1', async () => {
    const [hp] = await total('vn-provinces', 2024, 'hai-phong');
    assert.deepEqual([hp?.pct_of_max, hp?.published_rank], [96.17, 1]);
  });

  test('2023: Bộ Tư pháp 89.95 %, rank 1 of 17 ministries', async () => {
    assert.deepEqual(await total('vn-ministries', 2023, 'bo-tu-phap'), [
      { final_score: 89.95, pct_of_max: 89.95, published_rank: 1, published_rank_of: 17 },
    ]);
  });

  test('every published total keeps each page of its source cell, in order (2014 Bộ Giao thông vận tải: two)', async () => {
    for (const [file, index] of [
      ['raw/published/provinces.csv', 'vn-provinces'],
      ['raw/published/ministries.csv', 'vn-ministries'],
    ] as const) {
      const built = await rows(`SELECT source_urls FROM ${scores()}
        WHERE index_id = '${index}' AND source_file = '${file}' AND item_code = 'TOTAL'`);
      // Each row's list of pages, compared as a multiset of lists with the raw cells split.
      const key = (pages: unknown) => JSON.stringify(pages);
      const expected = csv(file)
        .map((r) => key(splitSources(r.source_url)))
        .sort();
      assert.deepEqual(built.map((r) => key(r.source_urls)).sort(), expected, file);
      assert.ok(
        expected.some((k) => (JSON.parse(k) as string[]).length > 1),
        `${file} has cells naming several pages`,
      );
    }
    assert.deepEqual(
      await rows(`SELECT source_urls FROM ${scores()}
      WHERE index_id = 'vn-ministries' AND year = 2014 AND unit_id = 'bo-giao-thong-van-tai' AND item_code = 'TOTAL'`),
      [
        {
          source_urls: [
            'https://en.nhandan.org.vn/society/item/3600302-da-nang-transport-ministry-lead-nation-in-administrative-reform.html',
            'https://congchungbaonguyet.com.vn/news/view/2381/page:206',
          ],
        },
      ],
    );
  });

  test('group thresholds come from reference/grade-thresholds.csv: provinces only, 2018 with its own', async () => {
    const rowsOf = await rows(`SELECT index_id, year, item_code, a_min_pct, b_min_pct, c_min_pct
      FROM '${path.join(outDir, 'parquet', 'grade_thresholds.parquet')}'`);
    assert.deepEqual(
      rowsOf.map((r) => [r.index_id, r.year, r.item_code, r.a_min_pct, r.b_min_pct, r.c_min_pct]),
      [
        ['vn-provinces', 2015, 'TOTAL', 90, 80, 70],
        ['vn-provinces', 2017, 'TOTAL', 90, 80, 70],
        ['vn-provinces', 2018, 'TOTAL', 80, 75, 70],
        ['vn-provinces', 2020, 'TOTAL', 90, 80, 70],
        ['vn-provinces', 2022, 'TOTAL', 90, 80, 70],
        ['vn-provinces', 2023, 'TOTAL', 90, 80, 70],
        ['vn-provinces', 2024, 'TOTAL', 90, 80, 70],
      ],
    );
  });

  test('every published row is in the data, none invented', async () => {
    // Totals added up from domain rows (never published in domains.csv) are left out of the count.
    const given = { 'raw/published/domains.csv': "item_level <> 'total'" } as Record<string, string>;
    for (const file of PUBLISHED) {
      const [{ n }] = (await rows(`SELECT count(*)::INTEGER AS n FROM ${scores()}
        WHERE source_file = '${file}' AND ${given[file] ?? "item_level = 'total'"}`)) as [{ n: number }];
      assert.equal(n, csv(file).length, file);
    }
    assert.equal(manifest.sample_notice, null);
    const [{ n }] = (await rows(`SELECT count(*)::INTEGER AS n FROM ${scores()} WHERE is_sample`)) as [{ n: number }];
    assert.equal(n, 0);
  });

  test('partial years say how many units are in the data out of those ranked', async () => {
    const published2023 = csv('raw/published/provinces.csv').filter((r) => r.year === '2023').length;
    assert.deepEqual(
      await rows(`SELECT units_ranked, units_in_data, is_partial FROM '${path.join(outDir, 'parquet', 'index_years.parquet')}'
      WHERE index_id = 'vn-provinces' AND year = 2023`),
      [{ units_ranked: 63, units_in_data: published2023, is_partial: true }],
    );
    const provinces = manifest.coverage.find((c) => c.index_id === 'vn-provinces');
    assert.equal(provinces?.units_per_year['2023'], published2023);
  });

  test('a year whose number of ranked units is unknown is partial, never complete', async () => {
    assert.deepEqual(
      await rows(`SELECT year, units_ranked, is_partial FROM '${path.join(outDir, 'parquet', 'index_years.parquet')}'
      WHERE index_id = 'vn-ministries' AND year IN (2012, 2017) ORDER BY year`),
      [
        { year: 2012, units_ranked: null, is_partial: true },
        { year: 2017, units_ranked: null, is_partial: true },
      ],
    );
  });

  test('no computed rank among the few published units of a partial year', async () => {
    const [counts] = await rows(`SELECT count(computed_rank) AS computed, count(published_rank) AS published
      FROM '${path.join(outDir, 'parquet', 'scores.parquet')}'`);
    assert.equal(Number(counts?.computed), 0, 'every published year is partial, so no rank is computed');
    assert.ok(Number(counts?.published) > 200);
  });
});
