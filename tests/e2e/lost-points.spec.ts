/**
 * A leader's lost-points analysis on the unit page, against the production build of the sample: the
 * breakdown shows the council's reasons (expected values read from the built Parquet with DuckDB), a
 * year change redraws it through DuckDB-WASM loading only that index's detail, the worksheets download
 * and read back with the expected rows, text that looks like a formula stays text, and print works.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, test } from 'node:test';
import { readSheet } from 'read-excel-file/node';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import {
  axeCheck,
  expectNoErrors,
  expectNoExternalRequests,
  formatViolations,
  openPage,
  useSite,
  waitForDataReady,
} from './support/site.ts';
import { unzipEntry } from './support/zip.ts';

const site = useSite();
const UNIT = 'sample-xa-cam-an';
/** A commune whose export writes reasons as "- …" bullets in 2024 (the sample generator's `bulleted`). */
const BULLETED = 'sample-xa-yen-an';

let db: Db;
before(async () => {
  db = await openNodeDb('data/dist');
});

interface LeafRow {
  item_code: string;
  reason_vi: string | null;
  lost_points: number;
  max_points: number;
  final_score: number;
}

const lostLeaves = (unit: string, year: number) =>
  db.all<LeafRow>(
    `SELECT item_code, reason_vi, lost_points, max_points, final_score FROM scores
     WHERE unit_id = ? AND year = ? AND item_level = 'sub_criterion' AND lost_points > 0 ORDER BY lost_points DESC, item_code`,
    [unit, year],
  );

describe('lost points on a unit page', () => {
  test('the breakdown shows each lost sub-criterion with the council’s reason, without JavaScript', async () => {
    const [top] = await lostLeaves(UNIT, 2024);
    assert.ok(top?.reason_vi, 'the sample gives a reason for the largest loss');
    const opened = await openPage(site.browser, `/units/${UNIT}/`, { javaScriptEnabled: false });
    try {
      const row = opened.page.locator(`[data-lost-points] tr[data-item="${top.item_code}"]`);
      assert.equal(await row.count(), 1);
      assert.match(await row.innerText(), new RegExp(top.reason_vi.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      assert.match(await opened.page.locator('[data-lost-heading]').innerText(), /2024/);
      assert.match(await opened.page.locator('[data-lost-summary]').innerText(), /Xã Cẩm An/);
      // The domain holding the largest loss is open without any script.
      assert.equal(await row.isVisible(), true);
    } finally {
      await opened.close();
    }
  });

  test('choosing another year redraws it, loading only this index’s detail', async () => {
    const opened = await openPage(site.browser, `/units/${UNIT}/`);
    const requested: string[] = [];
    opened.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    try {
      const { page } = opened;
      await page.locator('[data-lost-controls] select[name="year"]').selectOption('2022');
      await page.waitForFunction(() => document.documentElement.dataset.view === 'year=2022', undefined, { timeout: 60_000 });
      await waitForDataReady(page);
      assert.match(await page.locator('[data-lost-heading]').innerText(), /2022/);
      assert.ok(page.url().endsWith('?year=2022'));
      const [top] = await lostLeaves(UNIT, 2022);
      assert.equal(await page.locator(`[data-lost-points] tr[data-item="${top!.item_code}"]`).count(), 1);
      const arrows = requested.filter((p) => p.endsWith('.arrow'));
      assert.ok(arrows.includes('/data/arrow/scores.detail.sample-communes.arrow'), arrows.join(', '));
      assert.deepEqual(
        arrows.filter((p) => p.includes('scores.detail.') && !p.includes('sample-communes')),
        [],
        'no other index’s detail',
      );
      await page.goBack();
      await page.waitForFunction(() => document.documentElement.dataset.view === 'default', undefined, { timeout: 60_000 });
      assert.match(await page.locator('[data-lost-heading]').innerText(), /2024/);
      expectNoErrors(opened);
      expectNoExternalRequests(opened);
    } finally {
      await opened.close();
    }
  });

  test('the XLSX worksheet downloads and holds the lost items, most first', async () => {
    const opened = await openPage(site.browser, `/units/${UNIT}/`);
    try {
      const [download] = await Promise.all([
        opened.page.waitForEvent('download'),
        opened.page.locator('[data-worksheet] a[href$=".xlsx"]').first().click(),
      ]);
      const file = await download.path();
      const rows = (await readSheet(file)) as unknown[][];
      const header = rows.findIndex((r) => r[0] === 'STT');
      assert.ok(header > 0, 'a title block above the header');
      assert.match(String(rows[1]?.[0]), /Xã Cẩm An.*2024/);
      const body = rows.slice(header + 1);
      const expected = await lostLeaves(UNIT, 2024);
      const lostRows = body.filter((r) => typeof r[8] === 'number' && (r[8] as number) > 0);
      assert.equal(lostRows.length, expected.length);
      assert.deepEqual(
        lostRows.slice(0, 3).map((r) => [r[1], r[8], r[4], r[7]]),
        expected.slice(0, 3).map((e) => [e.item_code, e.lost_points, e.max_points, e.final_score]),
      );
      assert.equal(body[0]?.[9], expected[0]?.reason_vi);
    } finally {
      await opened.close();
    }
  });

  test('reasons that begin with "-" are written as text, never as formulas (XLSX and CSV)', async () => {
    const [lost] = await lostLeaves(BULLETED, 2024);
    assert.ok(lost?.reason_vi?.startsWith('- '), 'the sample writes this unit’s reasons as bullets');
    const base = new URL(`/worksheets/sample-communes/${BULLETED}-2024`, site.url).href;
    const xlsx = Buffer.from(await (await fetch(`${base}.xlsx`)).arrayBuffer());
    const sheet = unzipEntry(xlsx, 'xl/worksheets/sheet1.xml');
    assert.doesNotMatch(sheet, /<f>/, 'no formula cell');
    const rows = (await readSheet(xlsx)) as unknown[][];
    assert.ok(rows.some((r) => r[9] === lost?.reason_vi));
    const bytes = Buffer.from(await (await fetch(`${base}.csv`)).arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM, for Excel');
    const csv = bytes.toString('utf8');
    assert.ok(csv.includes(`'${lost?.reason_vi}`), 'neutralised with an apostrophe');
    assert.doesNotMatch(csv, /,- /, 'no cell starts with the bare minus');
  });

  test('prints on A4 without navigation or controls, every domain open', async () => {
    const opened = await openPage(site.browser, `/units/${UNIT}/`);
    try {
      const { page } = opened;
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.site-header').isVisible(), false);
      assert.equal(await page.locator('[data-lost-controls]').isVisible(), false);
      const closed = page.locator('.breakdown details:not([open]) tr').first();
      assert.equal(await closed.isVisible(), true, 'rows of closed criteria are printed');
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 10_000);
    } finally {
      await opened.close();
    }
  });

  test('has no accessibility violations', async () => {
    const opened = await openPage(site.browser, `/units/${UNIT}/`);
    try {
      const violations = await axeCheck(opened.page);
      assert.equal(violations.length, 0, formatViolations(violations));
    } finally {
      await opened.close();
    }
  });
});

test('the CSV worksheet: one row per lost sub-criterion, most first, then the recovered ones', async () => {
  const csv = await readFile(`dist/worksheets/sample-communes/${UNIT}-2024.csv`, 'utf8');
  const lines = csv
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n');
  const expected = await lostLeaves(UNIT, 2024);
  const recovered = await db.all<{ n: number }>(
    `SELECT count(*) AS n FROM scores a JOIN scores b ON b.unit_id = a.unit_id AND b.item_code = a.item_code AND b.year = a.year - 1
     WHERE a.unit_id = ? AND a.year = 2024 AND a.item_level = 'sub_criterion' AND a.lost_points = 0 AND b.lost_points > 0 AND a.applicable AND b.applicable`,
    [UNIT],
  );
  assert.equal(lines.length - 1, expected.length + (recovered[0]?.n ?? 0));
  assert.equal(lines[1]?.split(',')[1], expected[0]?.item_code);
});
