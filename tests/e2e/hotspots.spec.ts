/**
 * The analysts' lost-points page of an index, against the production build of the sample: the heat
 * table is pre-rendered, responds to year and level through DuckDB-WASM, a cell opens the unit's
 * breakdown, and the page has no accessibility violations.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
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

const site = useSite();
const PATH = '/lost-points/sample-communes/';

let db: Db;
before(async () => {
  db = await openNodeDb('data/dist');
});

const count = async (sql: string, params: (string | number)[]) => (await db.all<{ n: number }>(sql, params))[0]?.n ?? 0;

describe('lost points across units', () => {
  test('the heat table is in the HTML: one row per unit, one column per criterion of the latest year', async () => {
    const [latest] = await db.all<{ y: number }>(`SELECT max(year) AS y FROM scores WHERE index_id = 'sample-communes'`);
    const units = await count(`SELECT count(DISTINCT unit_id) AS n FROM scores WHERE index_id = 'sample-communes' AND year = ?`, [
      latest!.y,
    ]);
    const items = await count(
      `SELECT count(DISTINCT item_code) AS n FROM scores WHERE index_id = 'sample-communes' AND year = ? AND item_level = 'criterion'`,
      [latest!.y],
    );
    const opened = await openPage(site.browser, PATH, { javaScriptEnabled: false });
    try {
      const table = opened.page.locator('[data-slot="heat"] table');
      assert.equal(await table.locator('tbody tr').count(), units);
      assert.equal(await table.locator('tbody tr').first().locator('a').count(), items);
      assert.ok((await opened.page.locator('[data-slot="reasons"] svg').count()) > 0, 'the reasons chart');
    } finally {
      await opened.close();
    }
  });

  test('year and level redraw the heat table; a cell opens the unit’s breakdown', async () => {
    const opened = await openPage(site.browser, PATH);
    try {
      const { page } = opened;
      await page.locator('select[name="year"]').selectOption('2024');
      await page.waitForFunction(() => document.documentElement.dataset.view === 'year=2024', undefined, { timeout: 60_000 });
      await waitForDataReady(page);
      const units2024 = await count(
        `SELECT count(DISTINCT unit_id) AS n FROM scores WHERE index_id = 'sample-communes' AND year = 2024`,
        [],
      );
      assert.equal(await page.locator('[data-slot="heat"] tbody tr').count(), units2024);
      await page.locator('select[name="level"]').selectOption('domain');
      await page.waitForFunction(() => document.documentElement.dataset.view === 'year=2024&level=domain', undefined, { timeout: 60_000 });
      const domains = await count(
        `SELECT count(DISTINCT item_code) AS n FROM scores WHERE index_id = 'sample-communes' AND year = 2024 AND item_level = 'domain'`,
        [],
      );
      const firstRow = page.locator('[data-slot="heat"] tbody tr').first();
      assert.equal(await firstRow.locator('a').count(), domains);
      const href = await firstRow.locator('a').first().getAttribute('href');
      assert.match(href ?? '', /^\/units\/sample-[a-z0-9-]+\/\?year=2024#lost-sample-communes$/);
      await firstRow.locator('a').first().click();
      await page.waitForURL(/\/units\//);
      // 2024 may be the unit's own latest year (a commune merged in 2025): then it is the page's default view.
      await page.waitForFunction(() => document.documentElement.dataset.view !== undefined, undefined, { timeout: 60_000 });
      await page.waitForFunction(() => document.documentElement.dataset.engine !== 'loading', undefined, { timeout: 60_000 });
      assert.match(await page.locator('[data-lost-heading]').innerText(), /2024/);
      expectNoErrors(opened);
      expectNoExternalRequests(opened);
    } finally {
      await opened.close();
    }
  });

  test('has no accessibility violations', async () => {
    const opened = await openPage(site.browser, PATH);
    try {
      const violations = await axeCheck(opened.page);
      assert.equal(violations.length, 0, formatViolations(violations));
    } finally {
      await opened.close();
    }
  });
});
