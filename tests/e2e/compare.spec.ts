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
// The top three of 2025 among units with totals in two years or more (a department formed in 2025 is not one).
const DEFAULT = ['sample-so-y-te', 'sample-thanh-tra-tinh', 'sample-van-phong-ubnd'];

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
        assert.match(
          await page.locator('[data-default-rule]').innerText(),
          /3 đơn vị xếp hạng cao nhất năm 2025 trong số các đơn vị có điểm ít nhất hai năm/,
        );
        assert.deepEqual(await itemHeads(page), ['Mục', 'Sở Y tế', 'Thanh tra tỉnh', 'Văn phòng UBND tỉnh', 'Chênh lệch']);
        assert.match(
          await page.locator('#compare-rank figcaption').innerText(),
          /Hạng từng năm: 2021–2024: hạng tính từ điểm, trong 20 đơn vị có điểm; 2025: hạng tính từ điểm, trong 14 đơn vị có điểm\./,
        );
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
        const three = ['sample-so-y-te', 'sample-van-phong-ubnd', 'sample-so-tu-phap'].join(',');
        await waitForView(page, `units=${three}`);
        await page.reload();
        await waitForView(page, `units=${three}`);
        assert.deepEqual(await itemHeads(page), ['Mục', 'Sở Y tế', 'Văn phòng UBND tỉnh', 'Sở Tư pháp', 'Chênh lệch']);
        assert.equal(await page.locator('[data-unit-chips] button').count(), 3);
        await page.getByRole('button', { name: 'Bỏ chọn Sở Y tế', exact: true }).click();
        await waitForView(page, 'units=sample-van-phong-ubnd,sample-so-tu-phap');
        await page.getByRole('button', { name: 'Bỏ chọn Sở Tư pháp', exact: true }).click();
        await waitForView(page, 'units=sample-van-phong-ubnd');
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
  test('a link with ?units= and a year reproduces the view; a unit of another level is refused with the note, by name', async () => {
    const opened = await openPage(site.browser, `/en${PATH}?units=sample-so-tu-phap,ha-noi,sample-so-noi-vu&year=2023`);
    try {
      const { page } = opened;
      await waitForView(page, 'units=sample-so-tu-phap,sample-so-noi-vu&year=2023');
      await page
        .getByRole('status')
        .getByText(
          '“Hanoi (ha-noi)” is one of the provinces, and this index ranks departments: only units of one level can be compared, so it was left out.',
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

  test('an item that does not apply to a unit reads "not applicable", apart from missing scores', async () => {
    // sample-xa-phuoc-giang-2025 has no D2.1.1 in 2025 (not applicable); the other two are its lowest and highest.
    const units = 'sample-phuong-thanh-thinh-2025,sample-xa-phuoc-giang-2025,sample-xa-hoa-binh-2025';
    const opened = await openPage(site.browser, `/en/compare/sample-communes/?units=${units}`);
    try {
      const { page } = opened;
      await waitForView(page, `units=${units}`);
      const row = page.locator('[data-compare-items] tbody tr').filter({ has: page.locator('th', { hasText: 'D2.1.1' }) });
      assert.equal(await row.count(), 1);
      assert.equal(await row.locator('td').nth(1).innerText(), 'not applicable');
      assert.equal(await page.locator('[data-compare-items] td', { hasText: 'no data' }).count(), 0);
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
      const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
      assert.equal(await nav.getByRole('link', { name: 'So sánh' }).getAttribute('aria-current'), 'page');
      assert.equal(await nav.getByRole('link', { name: 'So sánh' }).getAttribute('href'), '/compare/');
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
