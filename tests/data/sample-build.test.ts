/**
 * The sample goes through the same import and validation as real data: the project's data build
 * runs on a data directory holding only the sample dataset, and its Parquet output keeps the
 * sample's promises (no series joined across the 2025 mergers, ties, the falling department).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { buildData } from '../../scripts/build-data.ts';
import { generateSample } from '../../scripts/sample/generate.ts';
import { DEFAULT_SEED, SCALES } from '../../scripts/sample/scales.ts';
import { FALLING_DEPARTMENT } from '../../scripts/sample/scenarios.ts';
import type { Manifest } from '../../src/schema/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'sample-build-'));
const dataDir = path.join(tmp, 'data');
const outDir = path.join(tmp, 'dist');
let manifest: Manifest;
let leafRows = 0;
let conn: DuckDBConnection;

/** A data directory with only the sample: its sources.json entry, the sample frameworks, raw/sample. */
async function prepare(): Promise<void> {
  const sources = JSON.parse(readFileSync(path.join(ROOT, 'data', 'sources.json'), 'utf8')) as { datasets: { id: string }[] };
  sources.datasets = sources.datasets.filter((d) => d.id === 'sample');
  mkdirSync(path.join(dataDir, 'frameworks'), { recursive: true });
  writeFileSync(path.join(dataDir, 'sources.json'), JSON.stringify(sources, null, 2));
  mkdirSync(path.join(dataDir, 'reference'), { recursive: true });
  for (const file of ['reason-categories.csv', 'crosswalk-sample.csv']) {
    cpSync(path.join(ROOT, 'data', 'reference', file), path.join(dataDir, 'reference', file));
  }
  for (const f of readdirSync(path.join(ROOT, 'data', 'frameworks')).filter((n) => n.startsWith('sample-'))) {
    cpSync(path.join(ROOT, 'data', 'frameworks', f), path.join(dataDir, 'frameworks', f));
  }
  const summary = await generateSample({ seed: DEFAULT_SEED, outDir: path.join(dataDir, 'raw', 'sample'), scale: SCALES.default });
  leafRows = summary.scoreRows;
}

before(async () => {
  await prepare();
  const result = await buildData({ dataDir, outDir, progress: null });
  if (!result.ok) assert.fail(`the data build refused the sample:\n${result.errors.slice(0, 20).join('\n')}`);
  manifest = result.manifest;
  const db = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  conn = await db.connect();
  for (const t of ['scores', 'units', 'index_years', 'framework_items', 'grade_thresholds']) {
    await conn.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${path.join(outDir, 'parquet', `${t}.parquet`)}')`);
  }
});
after(() => {
  conn?.closeSync();
  rmSync(tmp, { recursive: true, force: true });
});

async function rows(sql: string, params: (string | number)[] = []): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql, params)).getRowObjectsJS() as Record<string, unknown>[];
}

test('the build accepts the sample, keeps every row and flags it as illustrative', async () => {
  assert.ok(manifest.sample_notice, 'manifest carries the sample notice');
  const [r] = await rows(
    `SELECT count(*) FILTER (WHERE item_level = 'sub_criterion') AS leaves, bool_and(is_sample) AS sample FROM scores`,
  );
  assert.equal(Number(r?.leaves), leafRows);
  assert.equal(r?.sample, true);
});

test('every unit of the score files resolved: units with a total per index and year = units ranked', async () => {
  const mismatch = await rows(`
    SELECT y.index_id, y.year, y.units_ranked, count(s.unit_id) AS n FROM index_years y
    LEFT JOIN scores s ON s.index_id = y.index_id AND s.year = y.year AND s.item_code = 'TOTAL'
    GROUP BY ALL HAVING count(s.unit_id) <> y.units_ranked`);
  assert.deepEqual(mismatch, []);
});

test("every index year of the sample has its groups from the generator's reference file: the 2022–2030 thresholds", async () => {
  const thresholds = await rows(`
    SELECT y.index_id, y.year, t.item_code, t.a_min_pct, t.b_min_pct, t.c_min_pct FROM index_years y
    LEFT JOIN grade_thresholds t USING (index_id, year) ORDER BY y.index_id, y.year`);
  assert.equal(thresholds.length, 14, '5 years of departments and communes, 4 of districts');
  for (const t of thresholds)
    assert.deepEqual([t.item_code, t.a_min_pct, t.b_min_pct, t.c_min_pct], ['TOTAL', 90, 80, 70], `${t.index_id} ${t.year}`);
});

test('no unit has scores both before 2025 and in 2025, unless a department or the unchanged province', async () => {
  const joined = await rows(`
    SELECT s.unit_id, u.level FROM scores s JOIN units u USING (unit_id)
    GROUP BY ALL HAVING min(s.year) <= 2024 AND max(s.year) = 2025 AND u.level NOT IN ('department', 'province')`);
  assert.deepEqual(joined, []);
});

test('every index has a shared computed rank (a tie) in every year', async () => {
  const noTie = await rows(`
    SELECT index_id, year FROM scores WHERE item_code = 'TOTAL' GROUP BY ALL
    HAVING count(DISTINCT computed_rank) = count(*)`);
  assert.deepEqual(noTie, []);
});

test(`${FALLING_DEPARTMENT.key} falls in computed total rank while domains ${FALLING_DEPARTMENT.risingDomains.join(', ')} rise`, async () => {
  const rank = async (year: number, code: string): Promise<number> => {
    const [r] = await rows(
      `SELECT computed_rank FROM scores WHERE index_id = 'sample-departments' AND unit_id = ? AND year = ? AND item_code = ?`,
      [`sample-${FALLING_DEPARTMENT.key}`, year, code],
    );
    return Number(r?.computed_rank);
  };
  const { from, to } = FALLING_DEPARTMENT;
  assert.ok((await rank(to, 'TOTAL')) > (await rank(from, 'TOTAL')));
  for (const d of FALLING_DEPARTMENT.risingDomains) assert.ok((await rank(to, d)) < (await rank(from, d)), d);
});

test('non-applicable items leave the maximum; survey items have no self-assessment', async () => {
  const [na] = await rows(`SELECT max_points FROM scores WHERE unit_id = 'sample-ban-dan-toc' AND year = 2023 AND item_code = 'TOTAL'`);
  assert.equal(Number(na?.max_points), 82);
  const [survey] = await rows(`
    SELECT count(*) AS n, count(s.self_score) AS self, count(s.final_score) AS final FROM scores s
    JOIN index_years y USING (index_id, year)
    JOIN framework_items f ON f.framework_id = y.framework_id AND f.item_code = s.item_code
    WHERE f.kind = 'survey' AND f.item_level = 'sub_criterion' AND s.applicable`);
  assert.ok(Number(survey?.n) > 0);
  assert.equal(Number(survey?.self), 0);
  assert.equal(Number(survey?.final), Number(survey?.n));
});
