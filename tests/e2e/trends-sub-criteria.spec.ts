/**
 * The trends page's sub-criteria table: pre-rendered for the first domain; choosing a domain redraws it
 * from the index's detail and writes the URL, and a link reproduces it; a highlighted unit never loads
 * the detail; years across a break say so; an index without detail has no such control; nothing wider
 * than a phone, no axe violations.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeCheck, expectNoErrors, formatViolations, openPage, useSite, waitForDataReady } from './support/site.ts';

const site = useSite();
const PATH = '/trends/sample-departments/';
const DETAIL = /scores\.detail\.sample-departments/;

const waitForView = (page: Page, view: string) =>
  page.waitForFunction((v) => document.documentElement.dataset.view === v, view, { timeout: 60_000 });
const rowHeads = (page: Page) => page.locator('[data-sub-movers-table] tbody th').allInnerTexts();

describe('sub-criteria movers on the trends page', () => {
  test("pre-rendered for the first domain's sub-criteria, with no engine", async () => {
    const opened = await openPage(site.browser, PATH, { waitUntil: 'networkidle' });
    try {
      const { page } = opened;
      assert.equal(await page.getAttribute('html', 'data-engine'), 'idle');
      assert.match(await page.locator('[data-sub-movers-heading]').innerText(), /Công tác chỉ đạo.*2023–2024/);
      const heads = await rowHeads(page);
      assert.ok(heads.length >= 5);
      assert.ok(heads.every((h) => h.startsWith('D1.')));
      assert.equal(await page.locator('select[name="domain"]').inputValue(), 'D1');
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  test('choosing a domain loads the detail, redraws the table and writes the URL; the link reproduces it', async () => {
    const opened = await openPage(site.browser, PATH);
    let table: string;
    try {
      const { page } = opened;
      const detail: string[] = [];
      page.on('request', (r) => (DETAIL.test(r.url()) ? detail.push(r.url()) : undefined));
      await page.getByLabel('Tiêu chí thành phần của lĩnh vực').selectOption('D3');
      await waitForDataReady(page);
      await waitForView(page, 'domain=D3');
      assert.match(page.url(), /\?domain=D3$/);
      assert.ok(detail.length >= 1);
      assert.match(await page.locator('[data-sub-movers-heading]').innerText(), /Cải cách thủ tục hành chính/);
      assert.ok((await rowHeads(page)).every((h) => h.startsWith('D3.')));
      table = await page.locator('[data-sub-movers-table]').innerText();
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
    const linked = await openPage(site.browser, `${PATH}?domain=D3`);
    try {
      await waitForView(linked.page, 'domain=D3');
      assert.equal(await linked.page.locator('select[name="domain"]').inputValue(), 'D3');
      assert.equal(await linked.page.locator('[data-sub-movers-table]').innerText(), table);
    } finally {
      await linked.close();
    }
  });

  test('a highlighted unit does not load the detail; years across the 2025 reorganisation say why not', async () => {
    const opened = await openPage(site.browser, PATH);
    try {
      const { page } = opened;
      const detail: string[] = [];
      page.on('request', (r) => (DETAIL.test(r.url()) ? detail.push(r.url()) : undefined));
      const before = await page.locator('[data-sub-movers-table]').innerText();
      await page.getByLabel('Tô màu một đơn vị').selectOption('sample-so-y-te');
      await waitForDataReady(page);
      await waitForView(page, 'unit=sample-so-y-te');
      assert.deepEqual(detail, []);
      assert.equal(await page.locator('[data-sub-movers-table]').innerText(), before);
      await page.locator('select[name="to"]').selectOption('2025');
      await waitForView(page, 'unit=sample-so-y-te&to=2025');
      assert.match(await page.locator('[data-sub-movers-heading]').innerText(), /2023–2025/);
      assert.match(await page.locator('[data-sub-movers-note]').innerText(), /Không so sánh được/);
      assert.equal(await page.locator('[data-sub-movers-table]').count(), 0);
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  test('an index without detail has no sub-criteria control or table', async () => {
    const opened = await openPage(site.browser, '/en/trends/vn-provinces/', { javaScriptEnabled: false });
    try {
      assert.equal(await opened.page.locator('select[name="domain"]').count(), 0);
      assert.equal(await opened.page.locator('[data-sub-movers-slot]').count(), 0);
    } finally {
      await opened.close();
    }
  });

  test('a phone: a linked domain and years, nothing wider than the screen, no axe violations', async () => {
    const opened = await openPage(site.browser, `/en${PATH}?domain=D8&from=2022&to=2023`, { viewport: { width: 360, height: 800 } });
    try {
      const { page } = opened;
      await waitForView(page, 'from=2022&to=2023&domain=D8');
      assert.match(await page.locator('[data-sub-movers-heading]').innerText(), /2022–2023/);
      assert.ok((await rowHeads(page)).every((h) => h.startsWith('D8.')));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0);
      const violations = await axeCheck(page);
      assert.equal(violations.length, 0, formatViolations(violations));
    } finally {
      await opened.close();
    }
  });
});
