/**
 * The comparison page at 1280 and 360 px: pre-rendered with its default units and charts and no engine;
 * choosing and removing units redraws the charts and the table, writes the URL and survives a reload;
 * a link with ?units= reproduces a view; a unit of another level is refused with a note; fewer than two
 * units ask for more; nothing wider than the screen; axe clean; without JavaScript the default view
 * with disabled controls and the notice. The rankings, trends and unit pages link to it.
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
const PATH = '/compare/sample-departments/';
const DEFAULT = ['sample-so-y-te', 'sample-thanh-tra-tinh', 'sample-so-khoa-hoc-cong-nghe-2025'];

const waitForView = (page: Page, view: string) =>
  page.waitForFunction((v) => document.documentElement.dataset.view === v, view, { timeout: 90_000 });
/** The widths of the drawings shown, per figure. */
const shownWidths = (page: Page) =>
  page.evaluate(() =>
    ['compare-score', 'compare-rank', 'compare-profiles'].map((id) => {
      const figure = document.getElementById(id);
      if (!figure || figure.hidden) return 0;
      const shown = [...figure.querySelectorAll('.chart-at')].find((el) => el.getClientRects().length > 0);
      return Number(shown?.getAttribute('data-width') ?? 0);
    }),
  );
const itemHeads = (page: Page) => page.locator('[data-compare-items] thead th').allInnerTexts();
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 360, height: 800 },
]) {
  const chartWidth = viewport.width === 1280 ? 1120 : 320;
  describe(`comparison page at ${viewport.width} px`, () => {
    test('pre-rendered: the default units, their charts and the differing items, no engine; axe clean', async () => {
      const opened = await openPage(site.browser, PATH, { viewport, waitUntil: 'networkidle' });
      try {
        const { page } = opened;
        assert.equal(await page.getAttribute('html', 'data-engine'), 'idle');
        assert.deepEqual(await shownWidths(page), [chartWidth, chartWidth, chartWidth]);
        assert.match(await page.locator('[data-default-rule]').innerText(), /3 đơn vị xếp hạng cao nhất năm 2025/);
        assert.deepEqual(await itemHeads(page), ['Mục', 'Sở Y tế', 'Thanh tra tỉnh', 'Sở Khoa học và Công nghệ (2025)', 'Chênh lệch']);
        assert.equal(await page.locator('[data-compare-items] tbody tr').count(), 10);
        assert.equal(await page.locator('[data-unit-chips] button').count(), 3);
        assert.equal(await overflow(page), 0);
        const violations = await axeCheck(page);
        assert.equal(violations.length, 0, formatViolations(violations));
        expectNoErrors(opened);
      } finally {
        await opened.close();
      }
    });

    test('choosing and removing units redraws, writes the URL and survives a reload', async () => {
      const opened = await openPage(site.browser, PATH, { viewport });
      try {
        const { page } = opened;
        const search = page.getByRole('combobox', { name: 'Đơn vị so sánh' });
        await search.fill('tu phap');
        await search.press('Enter');
        const four = [...DEFAULT, 'sample-so-tu-phap'].join(',');
        await waitForDataReady(page);
        await waitForView(page, `units=${four}`);
        assert.ok(page.url().endsWith(`?units=${four}`));
        assert.equal((await itemHeads(page)).at(-2), 'Sở Tư pháp');
        assert.equal(await page.locator('#compare-score .chart-at[data-width="320"] [data-mark="line"]').count(), 4);
        await page.getByRole('button', { name: 'Bỏ chọn Thanh tra tỉnh', exact: true }).click();
        const three = ['sample-so-y-te', 'sample-so-khoa-hoc-cong-nghe-2025', 'sample-so-tu-phap'].join(',');
        await waitForView(page, `units=${three}`);
        await page.reload();
        await waitForView(page, `units=${three}`);
        assert.deepEqual(await itemHeads(page), ['Mục', 'Sở Y tế', 'Sở Khoa học và Công nghệ (2025)', 'Sở Tư pháp', 'Chênh lệch']);
        assert.equal(await page.locator('[data-unit-chips] button').count(), 3);
        await page.getByRole('button', { name: 'Bỏ chọn Sở Y tế', exact: true }).click();
        await waitForView(page, 'units=sample-so-khoa-hoc-cong-nghe-2025,sample-so-tu-phap');
        await page.getByRole('button', { name: 'Bỏ chọn Sở Tư pháp', exact: true }).click();
        await waitForView(page, 'units=sample-so-khoa-hoc-cong-nghe-2025');
        assert.equal(await page.locator('[data-compare-prompt]').innerText(), 'Hãy chọn ít nhất 2 đơn vị để so sánh.');
        assert.deepEqual(await shownWidths(page), [0, 0, 0]);
        assert.equal(await page.locator('[data-compare-items-section]').isVisible(), false);
        assert.equal(await overflow(page), 0);
        expectNoExternalRequests(opened);
        expectNoErrors(opened);
      } finally {
        await opened.close();
      }
    });
  });
}

describe('comparison links', () => {
  test('a link with ?units= and a year reproduces the view; a unit of another level is refused with the note', async () => {
    const opened = await openPage(site.browser, `/en${PATH}?units=sample-so-tu-phap,ha-noi,sample-so-noi-vu&year=2023`);
    try {
      const { page } = opened;
      await waitForView(page, 'units=sample-so-tu-phap,sample-so-noi-vu&year=2023');
      await page
        .getByRole('status')
        .getByText(
          '“ha-noi” is one of the provinces, and this index ranks departments: only units of one level can be compared, so it was left out.',
        )
        .waitFor();
      assert.equal(await page.locator('#compare-items-heading').innerText(), 'Where they differ most in 2023');
      assert.deepEqual(await itemHeads(page), ['Item', 'Department of Justice', 'Department of Home Affairs', 'Gap']);
      assert.equal(await page.locator('select[name="year"]').inputValue(), '2023');
      const violations = await axeCheck(page);
      assert.equal(violations.length, 0, formatViolations(violations));
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  test('without JavaScript: the default view, the controls disabled with the notice', async () => {
    const opened = await openPage(site.browser, PATH, { javaScriptEnabled: false });
    try {
      const { page } = opened;
      const form = page.locator('form.controls');
      assert.equal(await form.getByText('Các bộ lọc cần JavaScript.').isVisible(), true);
      const usable = await form.evaluate(
        (f) => [...f.querySelectorAll<HTMLInputElement>('select, input:not([type="hidden"]), button')].filter((el) => !el.disabled).length,
      );
      assert.equal(usable, 0);
      assert.equal(await page.locator('#compare-score svg.chart-svg').count(), 3);
      assert.equal(await page.locator('[data-compare-items] tbody tr').count(), 10);
    } finally {
      await opened.close();
    }
  });

  test('the rankings, trends and unit pages link to the comparison', async () => {
    const opened = await openPage(site.browser, '/rankings/sample-departments/', { javaScriptEnabled: false });
    try {
      const { page } = opened;
      assert.equal(await page.locator('[data-compare-link]').getAttribute('href'), PATH);
      await page.goto(new URL('/trends/sample-departments/', page.url()).href);
      assert.equal(await page.locator('[data-compare-link]').getAttribute('href'), PATH);
      await page.goto(new URL('/units/sample-so-tu-phap/', page.url()).href);
      assert.match(
        (await page.locator('[data-compare-link]').getAttribute('href')) ?? '',
        /^\/compare\/sample-departments\/\?units=sample-so-tu-phap,[a-z0-9-]+,[a-z0-9-]+$/,
      );
    } finally {
      await opened.close();
    }
  });
});
