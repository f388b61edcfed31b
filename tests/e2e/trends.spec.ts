/**
 * The domain-trends page: pre-rendered with one panel per domain and no engine; choosing a unit draws it
 * in every panel and writes the URL; from/to change the improved and deteriorated tables (and say why
 * two years cannot be compared); nothing wider than a phone. The unit page has its domains-over-years figure.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
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
const PATH = '/trends/sample-departments/';

const waitForView = (page: Page, view: string) =>
  page.waitForFunction((v) => document.documentElement.dataset.view === v, view, { timeout: 60_000 });
/** The panels of the drawing shown at this width. */
const visiblePanels = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('#domain-trends .chart-at')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ width: Number(el.getAttribute('data-width')), panels: el.querySelectorAll('g[data-panel]').length })),
  );

describe('domain trends page', () => {
  test('is pre-rendered: one panel per domain, the tables, no engine', async () => {
    const opened = await openPage(site.browser, PATH, { waitUntil: 'networkidle' });
    try {
      const { page } = opened;
      assert.equal(await page.getAttribute('html', 'data-engine'), 'idle');
      assert.deepEqual(await visiblePanels(page), [{ width: 1120, panels: 9 }]);
      assert.equal(await page.locator('[data-movers-table] tbody tr').count(), 9);
      assert.match(await page.locator('[data-movers-heading]').innerText(), /2023–2024/);
      assert.ok((await page.locator('[data-marks-table] tbody tr').count()) >= 20);
      assert.equal(await page.locator('#domain-trends [data-mark="unit"]').count(), 0);
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  test('choosing a unit draws it in the panels and writes the URL; back restores the default', async () => {
    const opened = await openPage(site.browser, PATH);
    try {
      const { page } = opened;
      await page.getByLabel('Tô màu một đơn vị').selectOption('sample-so-y-te');
      await waitForDataReady(page);
      await waitForView(page, 'unit=sample-so-y-te');
      assert.match(page.url(), /\?unit=sample-so-y-te$/);
      assert.ok((await page.locator('#domain-trends .chart-at[data-width="1120"] [data-mark="unit"]').count()) >= 8);
      assert.match(await page.locator('#domain-trends .chart-legend').first().innerText(), /Sở Y tế/);
      await page.goBack();
      await waitForView(page, 'default');
      assert.equal(await page.locator('#domain-trends [data-mark="unit"]').count(), 0);
      expectNoExternalRequests(opened);
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  test('from and to change the improved and deteriorated tables, and say why years cannot be compared', async () => {
    const opened = await openPage(site.browser, PATH);
    try {
      const { page } = opened;
      const before = await page.locator('[data-movers-table]').innerText();
      await page.locator('select[name="from"]').selectOption('2021');
      await waitForDataReady(page);
      await waitForView(page, 'from=2021');
      assert.match(await page.locator('[data-movers-heading]').innerText(), /2021–2024/);
      assert.notEqual(await page.locator('[data-movers-table]').innerText(), before);
      await page.locator('select[name="to"]').selectOption('2025');
      await waitForView(page, 'from=2021&to=2025');
      // 2025: the reorganisation of the departments; every domain breaks there.
      assert.equal(await page.locator('[data-movers-table] td.why').count(), 9);
      assert.match(await page.locator('[data-movers-table] td.why').first().innerText(), /Không so sánh được/);
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  test('a phone: one column of panels, nothing wider than the screen, no axe violations', async () => {
    const opened = await openPage(site.browser, `/en${PATH}`, { viewport: { width: 360, height: 800 } });
    try {
      const { page } = opened;
      assert.deepEqual(await visiblePanels(page), [{ width: 320, panels: 9 }]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0);
      const violations = await axeCheck(page);
      assert.equal(violations.length, 0, formatViolations(violations));
    } finally {
      await opened.close();
    }
  });

  test('published national data: each year says how many units it rests on', async () => {
    const opened = await openPage(site.browser, '/en/trends/vn-provinces/');
    try {
      const caption = await opened.page.locator('#domain-trends figcaption').innerText();
      assert.match(caption, /Public data holds only \d+–\d+ of 63 provinces/);
      const violations = await axeCheck(opened.page);
      assert.equal(violations.length, 0, formatViolations(violations));
    } finally {
      await opened.close();
    }
  });

  test("a unit page shows its domains over the years against its peers' median", async () => {
    const opened = await openPage(site.browser, '/units/sample-so-y-te/');
    try {
      const { page } = opened;
      const figure = page.locator('#domain-trends-sample-departments');
      assert.equal(await figure.count(), 1);
      assert.ok((await figure.locator('.chart-at[data-width="720"] g[data-panel]').count()) >= 8);
      assert.ok((await figure.locator('.chart-at[data-width="720"] [data-mark="unit"]').count()) >= 8);
      assert.match(await figure.locator('figcaption').innerText(), /Sở Y tế/);
    } finally {
      await opened.close();
    }
  });
});
