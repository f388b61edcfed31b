/**
 * The public edition holds nothing internal: the editions fixture (tests/fixtures/editions/) is built in
 * both editions by the real data build, with the remediation worksheets the site writes from it, and
 * every file is scanned for the planted markers (tests/fixtures/editions/scan.ts). The internal edition
 * holds every marker, so the scan can find them.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readSheet } from 'read-excel-file/node';
import { buildData } from '../../scripts/data/build.ts';
import { openNodeDb } from '../../src/db/node.ts';
import type { Edition, Manifest } from '../../src/schema/index.ts';
import { writeAllWorksheets } from '../../src/views/worksheets-all.ts';
import { NUMBER_MARKER, TEXT_MARKERS, writeEditionsData } from '../fixtures/editions/fixture.ts';
import { scanForMarkers } from '../fixtures/editions/scan.ts';

const TEXTS = Object.values(TEXT_MARKERS);
const ALL = [...TEXTS, String(NUMBER_MARKER)].sort();

/** Builds the data of `edition` into `<root>/<edition>/data` and its worksheets into `<root>/<edition>/site`. */
async function buildEdition(dataDir: string, edition: Edition): Promise<{ dist: string; site: string; manifest: Manifest }> {
  const root = path.join(path.dirname(dataDir), edition);
  const dist = path.join(root, 'data');
  const result = await buildData({ dataDir, outDir: dist, edition, progress: null });
  if (!result.ok) throw new Error(`the editions fixture does not build (${edition}):\n${result.errors.join('\n')}`);
  const site = path.join(root, 'site');
  await writeAllWorksheets(await openNodeDb(dist), site, edition);
  return { dist, site, manifest: result.manifest };
}

describe('editions', () => {
  let dataDir: string;
  let internal: Awaited<ReturnType<typeof buildEdition>>;
  let pub: Awaited<ReturnType<typeof buildEdition>>;

  before(async () => {
    dataDir = writeEditionsData();
    internal = await buildEdition(dataDir, 'internal');
    pub = await buildEdition(dataDir, 'public');
  });
  after(() => rmSync(path.dirname(dataDir), { recursive: true, force: true }));

  test('the internal edition holds every marker (so the scan can find them)', async () => {
    const found = await scanForMarkers([internal.dist, internal.site], TEXTS, NUMBER_MARKER);
    assert.deepEqual([...new Set(found.map((f) => f.marker))].sort(), ALL);
    // Decoded, not only as bytes: Parquet compresses its text.
    assert.ok(found.some((f) => f.file.endsWith('scores.parquet') && f.as === 'decoded text'));
    assert.ok(found.some((f) => f.file.endsWith('.xlsx') && f.marker === TEXT_MARKERS.reason && f.as === 'decoded text'));
  });

  test('the public edition holds no marker in any file, decoded or not', async () => {
    assert.deepEqual(await scanForMarkers([pub.dist, pub.site], TEXTS, NUMBER_MARKER), []);
  });

  test('the manifest records the edition and the columns withheld', () => {
    assert.equal(internal.manifest.edition, 'internal');
    assert.deepEqual(internal.manifest.withheld, []);
    assert.equal(pub.manifest.edition, 'public');
    assert.deepEqual(pub.manifest.withheld, [
      'scores.self_score',
      'scores.reason_vi',
      'scores.reason_category',
      'scores.explanation_vi',
      'scores.proposed_score',
    ]);
    const written = JSON.parse(readFileSync(path.join(pub.dist, 'manifest.json'), 'utf8')) as Manifest;
    assert.equal(written.edition, 'public');
  });

  test('the public edition keeps what is public: the index, its units, final scores and round 1', async () => {
    const db = await openNodeDb(pub.dist);
    assert.deepEqual(await db.all('SELECT index_id FROM indices ORDER BY 1'), [{ index_id: 'fx-communes' }]);
    assert.deepEqual(await db.all(`SELECT count(*)::INTEGER AS n FROM units WHERE unit_id = 'phuong-mkr'`), [{ n: 0 }]);
    assert.deepEqual(await db.all(`SELECT DISTINCT year FROM scores ORDER BY 1`), [{ year: 2023 }, { year: 2024 }]);
    // The draft year 2025 (scores only in the internal source) and the internal index's own framework go too.
    assert.deepEqual(await db.all(`SELECT year FROM index_years ORDER BY 1`), [{ year: 2023 }, { year: 2024 }]);
    assert.deepEqual(await db.all('SELECT DISTINCT framework_id FROM framework_items ORDER BY 1'), [
      { framework_id: 'fx-communes-2023' },
      { framework_id: 'fx-communes-2024' },
    ]);
    assert.deepEqual(
      await db.all(
        `SELECT item_code, self_score, appraisal_r1, final_score, reason_vi, reason_category, explanation_vi, proposed_score
         FROM scores WHERE unit_id = 'xa-a' AND year = 2024 AND item_code IN ('D1.1.2', 'D2.1') ORDER BY 1`,
      ),
      [
        {
          item_code: 'D1.1.2',
          self_score: null,
          appraisal_r1: 1,
          final_score: 1.5,
          reason_vi: null,
          reason_category: null,
          explanation_vi: null,
          proposed_score: null,
        },
        {
          item_code: 'D2.1',
          self_score: null,
          appraisal_r1: 4,
          final_score: 3,
          reason_vi: null,
          reason_category: null,
          explanation_vi: null,
          proposed_score: null,
        },
      ],
    );
  });

  test('the worksheets say which edition they are, as the pages do', async () => {
    const title = async (site: string) =>
      ((await readSheet(readFileSync(path.join(site, 'worksheets', 'fx-communes', 'xa-a-2024.xlsx')))) as unknown[][]).map((r) => r[0]);
    assert.ok((await title(pub.site)).includes('Bản công khai'));
    assert.ok(!(await title(pub.site)).includes('Bản nội bộ — không công bố'));
    assert.ok((await title(internal.site)).includes('Bản nội bộ — không công bố'));
    // The CSV keeps its header on the first line: the edition is a last column, on every row.
    const csv = (site: string) =>
      readFileSync(path.join(site, 'worksheets', 'fx-communes', 'xa-a-2024.csv'), 'utf8')
        .replace(/^\ufeff/, '')
        .split('\r\n')
        .filter((l) => l !== '')
        .map((l) => l.split(',').at(-1));
    const [head, ...editions] = csv(pub.site);
    assert.equal(head, 'Bản dữ liệu');
    assert.ok(editions.length > 0 && editions.every((e) => e === 'Bản công khai'), editions.join('|'));
    assert.deepEqual([...new Set(csv(internal.site).slice(1))], ['Bản nội bộ — không công bố']);
  });

  test('the internal edition keeps the proposed score the public one withholds', async () => {
    const db = await openNodeDb(internal.dist);
    assert.deepEqual(
      await db.all(`SELECT item_code, proposed_score FROM scores WHERE proposed_score IS NOT NULL AND unit_id = 'xa-a' ORDER BY 1`),
      [{ item_code: 'D1.1.2', proposed_score: 2 }],
    );
  });

  test('an unknown or published column cannot be internal, and a visibility must be public or internal', async () => {
    const sourcesFile = path.join(dataDir, 'sources.json');
    const sources = JSON.parse(readFileSync(sourcesFile, 'utf8')) as { datasets: Record<string, unknown>[] };
    sources.datasets[0]!.internal_columns = ['reason', 'final_score'];
    (sources.datasets[1]!.scores as Record<string, unknown>[])[0]!.visibility = 'secret';
    const { writeFileSync } = await import('node:fs');
    writeFileSync(sourcesFile, JSON.stringify(sources));
    const result = await buildData({ dataDir, outDir: path.join(path.dirname(dataDir), 'refused'), progress: null });
    assert.equal(result.ok, false);
    const capable = 'columns that can be internal: self_score, appraisal_r1, reason_vi, explanation_vi, proposed_score';
    assert.deepEqual(!result.ok && result.errors, [
      `sources.json:-:datasets[0].internal_columns[0]: "reason" — unknown column (${capable})`,
      `sources.json:-:datasets[0].internal_columns[1]: "final_score" — scores.final_score cannot be internal: it is what a ranking publishes or is computed from it (${capable})`,
      `sources.json:-:datasets[1].scores[0].visibility: "secret" — expected "public" or "internal"`,
    ]);
  });
});
