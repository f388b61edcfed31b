/**
 * The whole site of each edition, built from the editions fixture (tests/fixtures/editions/): the data
 * build, `astro build` over it (PAR_DATA_DIST, as scripts/build-site.ts runs it) and the worksheets.
 * Every file of the public site (pages, embeds, scripts, the data under /data/, worksheets) holds no
 * marker, decoded or not; the internal site holds them all, and each says which edition it is.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildData } from '../../scripts/data/build.ts';
import { openNodeDb } from '../../src/db/node.ts';
import type { Edition } from '../../src/schema/index.ts';
import { writeAllWorksheets } from '../../src/views/worksheets-all.ts';
import { NUMBER_MARKER, TEXT_MARKERS, writeEditionsData } from '../fixtures/editions/fixture.ts';
import { filesUnder, scanForMarkers } from '../fixtures/editions/scan.ts';
import { EXAMPLES } from '../../src/sql-console/examples.ts';
import { launchBrowser } from './support/chromium.ts';
import { openPage, startSite } from './support/site.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const TEXTS = Object.values(TEXT_MARKERS);

/** Builds the fixture's site of `edition` into `<root>/<edition>-site` and returns that folder. */
async function buildSite(dataDir: string, edition: Edition): Promise<string> {
  const root = path.dirname(dataDir);
  const dist = path.join(root, `${edition}-data`);
  const result = await buildData({ dataDir, outDir: dist, edition, progress: null });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const site = path.join(root, `${edition}-site`);
  const astro = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', site], {
    cwd: ROOT,
    env: { ...process.env, PAR_DATA_DIST: dist, PAR_BUILD_SHARD: '0/1' },
    encoding: 'utf8',
  });
  if (astro.status !== 0) throw new Error(`astro build of the ${edition} fixture failed:\n${astro.stdout}\n${astro.stderr}`);
  await writeAllWorksheets(await openNodeDb(dist), site, edition);
  return site;
}

describe('the site of each edition', () => {
  let dataDir: string;
  let internal: string;
  let pub: string;

  before(async () => {
    dataDir = writeEditionsData();
    internal = await buildSite(dataDir, 'internal');
    pub = await buildSite(dataDir, 'public');
  });
  after(() => rmSync(path.dirname(dataDir), { recursive: true, force: true }));

  test('the internal site holds every marker, in its pages and in its data', async () => {
    const found = await scanForMarkers([internal], TEXTS, NUMBER_MARKER);
    assert.deepEqual([...new Set(found.map((f) => f.marker))].sort(), [...TEXTS, String(NUMBER_MARKER)].sort());
    assert.ok(found.some((f) => f.file.endsWith('.html') && f.marker === TEXT_MARKERS.internalUnit));
    assert.ok(found.some((f) => f.file.includes(`${path.sep}data${path.sep}`) && f.marker === TEXT_MARKERS.reason));
  });

  test('no file of the public site holds a marker', async () => {
    const files = filesUnder(pub);
    assert.ok(files.some((f) => f.endsWith('.xlsx')) && files.some((f) => f.endsWith('.parquet')) && files.some((f) => f.endsWith('.js')));
    assert.deepEqual(await scanForMarkers([pub], TEXTS, NUMBER_MARKER), []);
  });

  test('every page says which edition it is; the internal one with a banner', () => {
    const html = (site: string, page: string) => readFileSync(path.join(site, page, 'index.html'), 'utf8');
    for (const page of ['', 'en', 'units/xa-a', 'lost-points/fx-communes', 'sql', 'embed/rankings/fx-communes/slope']) {
      const [i, p] = [html(internal, page), html(pub, page)];
      assert.match(i, /data-edition="internal"/, page);
      assert.doesNotMatch(i, /data-edition="public"/, page);
      assert.match(p, /data-edition="public"/, page);
      assert.doesNotMatch(p, /data-edition="internal"|edition-banner/, page);
    }
    assert.match(html(internal, ''), /class="edition-banner"[^>]*>\s*<strong>Bản nội bộ — không công bố<\/strong>/);
    assert.match(html(pub, 'en'), />Public edition</);
    // The downloads made in the browser end their source block with the edition (src/exports/source-block.ts).
    const config = (site: string, page: string) =>
      (
        JSON.parse(/<script type="application\/json" data-share-config[^>]*>([^<]*)<\/script>/.exec(html(site, page))![1]!) as {
          edition: string;
        }
      ).edition;
    assert.equal(config(pub, ''), 'Bản công khai');
    assert.equal(config(pub, 'en/rankings/fx-communes'), 'Public edition');
    assert.equal(config(internal, 'en'), 'Internal edition — not for publication');
  });

  test('where a chart needs a withheld column, the public page says so instead', () => {
    const page = readFileSync(path.join(pub, 'lost-points', 'fx-communes', 'index.html'), 'utf8');
    assert.equal(page.match(/<p class="note" data-withheld>Không công bố trong bản này\.<\/p>/g)?.length, 2);
    const unit = readFileSync(path.join(pub, 'en', 'units', 'xa-a', 'index.html'), 'utf8');
    assert.match(unit, /data-withheld>Not published in this edition: Self, Reason, explanation, Proposed adjusted score\.</);
    // The withheld columns are left out of the breakdown's tables, not shown empty; round 1 stays.
    const heads = (site: string) => [
      ...new Set(
        [...readFileSync(path.join(site, 'en', 'units', 'xa-a', 'index.html'), 'utf8').matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map(
          (m) => m[1],
        ),
      ),
    ];
    assert.ok(heads(internal).includes('Self') && heads(internal).includes('Reason, explanation'), heads(internal).join('|'));
    assert.ok(
      !heads(pub).includes('Self') && !heads(pub).includes('Reason, explanation') && heads(pub).includes('Round 1'),
      heads(pub).join('|'),
    );
  });

  test('no page, list of pages or file name of the public site names the internal index or its unit', async () => {
    const ids = ['fx-internal', 'phuong-mkr'];
    const files = (site: string) => filesUnder(site).filter((f) => ids.some((id) => f.includes(id)));
    assert.ok(files(internal).length > 0, 'the internal site has pages of them (so the check can fail)');
    assert.deepEqual(files(pub), []);
    const named = await scanForMarkers([pub], ids, NUMBER_MARKER);
    assert.deepEqual(named, []);
  });

  test('the public SQL console says why an old link about withheld data answers with no rows', async () => {
    const server = await startSite(pub);
    const browser = await launchBrowser();
    try {
      const reasons = EXAMPLES.find((e) => e.id === 'reasons')!.sql;
      const opened = await openPage(browser, `/sql/?q=${encodeURIComponent(reasons)}`);
      try {
        const { page } = opened;
        await page.locator('[data-sql-result][data-run-count="1"]').waitFor({ state: 'attached', timeout: 90_000 });
        assert.equal(await page.locator('[data-sql-table] tbody tr').count(), 0);
        const note = page.locator('[data-sql-result] [data-sql-edition-note]');
        assert.deepEqual(await note.locator('code').allTextContents(), ['scores.reason_category']);
        assert.match((await note.textContent()) ?? '', /Không có dòng nào: đây là bản công khai/);
      } finally {
        await opened.close();
      }
      // The pre-rendered default query has rows and reads no withheld column: no note.
      const plain = await openPage(browser, '/en/sql/', { javaScriptEnabled: false });
      try {
        assert.equal(await plain.page.locator('[data-sql-edition-note]').count(), 0);
      } finally {
        await plain.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
