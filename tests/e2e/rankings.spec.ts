/**
 * The rankings explorer: DuckDB-WASM starts only on interaction; a filter change redraws the charts and
 * the table and writes the URL; a shared link, reload and back/forward restore the view; bad parameters
 * fall back to defaults.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectNoErrors, expectNoExternalRequests, openPage, useSite, waitForDataReady } from './support/site.ts';

const site = useSite();
const PATH = '/rankings/sample-departments/';

const heading = (page: Page) => page.locator('[data-ranking-heading]').innerText();
const selected = (page: Page, name: string) => page.locator(`select[name="${name}"]`).inputValue();
const waitForView = (page: Page, view: string) =>
  page.waitForFunction((v) => document.documentElement.dataset.view === v, view, { timeout: 60_000 });

describe('rankings explorer', () => {
  test('does not start the engine on page load', async () => {
    const opened = await openPage(site.browser, PATH, { waitUntil: 'networkidle' });
    try {
      assert.equal(await opened.page.getAttribute('html', 'data-engine'), 'idle');
      assert.equal(opened.page.url().includes('?'), false);
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  test('changing the domain updates charts, table and URL; back restores the default', async () => {
    const opened = await openPage(site.browser, PATH);
    try {
      const { page } = opened;
      const before = { heading: await heading(page), bump: await page.locator('#bump svg.chart-svg').first().innerHTML() };
      await page.getByLabel('Lĩnh vực').selectOption('D3');
      await waitForDataReady(page);
      await waitForView(page, 'domain=D3');
      assert.match(page.url(), /\?domain=D3$/);
      assert.notEqual(await heading(page), before.heading);
      assert.match(await heading(page), /Cải cách thủ tục hành chính/);
      assert.notEqual(await page.locator('#bump svg.chart-svg').first().innerHTML(), before.bump, 'the bump chart was redrawn');
      assert.ok((await page.locator('[data-ranking-table] tbody tr').count()) > 5);
      await page.goBack();
      await waitForView(page, 'default');
      assert.equal(await selected(page, 'domain'), 'TOTAL');
      assert.equal(await heading(page), before.heading);
      expectNoExternalRequests(opened);
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  test('a shared link restores the same view, also after reload', async () => {
    const query = 'domain=D7&from=2022&to=2024&units=sample-so-tu-phap';
    const opened = await openPage(site.browser, `${PATH}?${query}`);
    try {
      const { page } = opened;
      await waitForView(page, query);
      assert.deepEqual([await selected(page, 'domain'), await selected(page, 'from'), await selected(page, 'to')], ['D7', '2022', '2024']);
      assert.match(await heading(page), /2024/, 'a link with `to` and no `year` shows the table of `to`, as it always did');
      assert.equal(await selected(page, 'year'), '2024');
      await page.reload();
      await waitForView(page, query);
      assert.equal(await selected(page, 'from'), '2022');
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  test('forward restores a view, and years chosen the wrong way round are swapped in the controls too', async () => {
    const opened = await openPage(site.browser, PATH);
    try {
      const { page } = opened;
      await page.getByLabel('Lĩnh vực').selectOption('D3');
      await waitForView(page, 'domain=D3');
      await page.goBack();
      await waitForView(page, 'default');
      await page.goForward();
      await waitForView(page, 'domain=D3');
      assert.equal(await selected(page, 'domain'), 'D3');
      await page.locator('select[name="to"]').selectOption('2022');
      // The slope chart's years, 2023 → 2022, are swapped; the table keeps its year.
      await waitForView(page, 'domain=D3&year=2025&from=2022&to=2023');
      assert.deepEqual([await selected(page, 'year'), await selected(page, 'from'), await selected(page, 'to')], ['2025', '2022', '2023']);
      const length = await page.evaluate(() => history.length);
      await page.getByRole('button', { name: 'Hạng', exact: true }).click();
      assert.equal(await page.evaluate(() => history.length), length, 're-choosing the current order adds no history entry');
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  test('invalid or unknown parameters fall back to defaults without breaking', async () => {
    const opened = await openPage(site.browser, `${PATH}?domain=ZZ&from=abc&to=1999&units=nope&colour=red`);
    try {
      const { page } = opened;
      await page.waitForFunction(() => document.documentElement.dataset.view !== undefined, undefined, { timeout: 60_000 });
      assert.equal(await selected(page, 'domain'), 'TOTAL');
      assert.deepEqual(
        [await selected(page, 'year'), await selected(page, 'to')],
        ['2025', '2024'],
        'the latest table; the latest comparable pair',
      );
      assert.ok((await page.locator('[data-ranking-table] tbody tr').count()) > 5);
      assert.equal(new URL(page.url()).search, '', 'the link is rewritten to the view it shows');
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });
});

describe('unit search', () => {
  test('ignores diacritics: "nghe an" finds Nghệ An', async () => {
    const opened = await openPage(site.browser, '/units/');
    try {
      const { page } = opened;
      await page.getByLabel('Tìm đơn vị').fill('nghe an');
      assert.equal(await page.getByRole('link', { name: 'Nghệ An', exact: true }).isVisible(), true);
      assert.equal(await page.getByRole('link', { name: 'Hà Nội', exact: true }).isVisible(), false);
      await page.getByLabel('Tìm đơn vị').fill('an giang');
      assert.equal(await page.getByRole('link', { name: 'An Giang', exact: true }).first().isVisible(), true);
      assert.equal(await page.getByRole('link', { name: 'Bắc Giang', exact: true }).isVisible(), false, 'words must start a word');
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });
});

describe('rankings explorer: level and sorting', () => {
  test('the level filter keeps only wards, and a header click re-sorts through the engine', async () => {
    const opened = await openPage(site.browser, '/rankings/sample-communes/');
    try {
      const { page } = opened;
      const rows = page.locator('[data-ranking-table] tbody tr');
      const before = await rows.count();
      await page.getByLabel('Cấp').selectOption('ward');
      await waitForView(page, 'level=ward');
      const names = await page.locator('[data-ranking-table] tbody th').allInnerTexts();
      assert.ok(names.length > 0 && names.length < before, `${names.length} wards of ${before} units`);
      assert.ok(
        names.every((n) => n.startsWith('Phường')),
        names.join(', '),
      );
      await page.getByRole('button', { name: 'Δ điểm' }).click();
      await waitForView(page, 'level=ward&sort=scoreChange');
      assert.match(page.url(), /level=ward&sort=scoreChange/);
      assert.equal(await page.locator('th[data-sort-key="scoreChange"]').getAttribute('aria-sort'), 'descending');
      const changes = (await page.locator('[data-ranking-table] tbody tr td:nth-child(5)').allInnerTexts())
        .map((t) => Number(t.replace('−', '-').replace(',', '.').replace('+', '')))
        .filter((n) => !Number.isNaN(n));
      assert.deepEqual(
        changes,
        [...changes].sort((a, b) => b - a),
        'score changes in descending order',
      );
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });
});
