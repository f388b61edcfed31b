/**
 * "Use and share": the downloads of a filtered view hold exactly the rows shown (CSV with BOM, XLSX),
 * the chart downloads are a standalone SVG with its title and a 2× PNG, "copy link" puts the view's URL
 * on the clipboard, the embed page shows only the chart and its source and may be framed, and print
 * media drops navigation and controls and prints the view's address. At 1280 and 360 px.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Download, Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { axeCheck, expectNoErrors, expectNoExternalRequests, formatViolations, openPage, useSite } from './support/site.ts';

const site = useSite();
const QUERY = 'domain=D3&to=2024';
/** The same view as the explorer writes it back (the pair 2023–2024 is the one of the table's year 2024). */
const VIEW = 'domain=D3&year=2024';
const PATH = `/rankings/sample-communes/?${QUERY}`;
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 360, height: 800 },
] as const;

const waitForView = (page: Page, view: string) =>
  page.waitForFunction((v) => document.documentElement.dataset.view === v, view, { timeout: 90_000 });

/** The ranking table's rows as the page shows them: rank and unit of each row. */
async function shownRows(page: Page): Promise<string[][]> {
  return page
    .locator('[data-ranking-table] tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...(row as HTMLTableRowElement).cells].slice(0, 2).map((cell) => (cell as HTMLElement).innerText.trim())),
    );
}

/** Clicks a download button of the menu and returns the file. */
async function download(page: Page, menu: string, format: string): Promise<Download> {
  const details = page.locator(menu);
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), details.locator(`[data-export="${format}"]`).click()]);
  return file;
}

const TABLE_MENU = '[data-share-menu="table"][data-share-name="ranking"]';
const SLOPE_MENU = '#slope [data-share-menu="figure"]';

for (const viewport of VIEWPORTS) {
  describe(`use and share at ${viewport.width} px`, () => {
    test('CSV and XLSX of a filtered ranking hold exactly the rows shown, under the source and the filters', async () => {
      const opened = await openPage(site.browser, PATH, { viewport });
      try {
        const { page } = opened;
        await waitForView(page, VIEW);
        const shown = await shownRows(page);
        assert.ok(shown.length > 5, 'the filtered table has rows');

        const csvFile = await download(page, TABLE_MENU, 'csv');
        assert.equal(csvFile.suggestedFilename(), 'rankings-sample-communes-ranking-domain-D3-year-2024.csv');
        const csv = readFileSync(await csvFile.path(), 'utf8');
        assert.ok(csv.startsWith('\ufeffChỉ số CCHC mở — '), 'UTF-8 BOM, then the title line');
        const lines = csv.split('\r\n');
        assert.ok(lines.includes(`Trang: ${page.url()}`), 'the address of the view, query included');
        assert.ok(lines.some((l) => l.startsWith('Nguồn dữ liệu: ')));
        assert.ok(
          lines.some((l) => /^"?Bộ lọc: .*Lĩnh vực: Cải cách thủ tục hành chính/.test(l)),
          'the filters in words',
        );
        assert.ok(lines.includes('Dữ liệu mẫu minh họa — không phải kết quả thật'), 'the sample says so');
        const blank = lines.indexOf('');
        assert.equal(lines[blank - 1], 'Bản nội bộ — không công bố', 'the edition, last of the block (this build is internal)');
        const body = lines.slice(blank + 2).filter((l) => l !== '');
        assert.equal(body.length, shown.length, 'one CSV row per row shown');
        assert.deepEqual(
          body.map((l) => l.split(',').slice(0, 1)),
          shown.map(([rank]) => [rank]),
        );

        const xlsxFile = await download(page, TABLE_MENU, 'xlsx');
        assert.match(xlsxFile.suggestedFilename(), /\.xlsx$/);
        const rows = (await readSheet(await xlsxFile.path())) as unknown[][];
        assert.match(String(rows[0]?.[0]), /^Chỉ số CCHC mở — /);
        assert.equal(rows[1]?.[0], `Trang: ${page.url()}`);
        const header = rows.findIndex((r) => r[0] === 'Hạng');
        assert.ok(header > 1, 'the header under the source block');
        assert.deepEqual(
          rows.slice(header + 1).map((r) => [String(r[0]), String(r[1])]),
          shown.map(([rank, unit]) => [rank, unit]),
        );
        expectNoErrors(opened);
        expectNoExternalRequests(opened);
      } finally {
        await opened.close();
      }
    });

    test('the chart downloads: an SVG with its title and source, a PNG twice its size', async () => {
      const opened = await openPage(site.browser, PATH, { viewport });
      try {
        const { page } = opened;
        await waitForView(page, VIEW);
        const caption = (await page.locator('#slope figcaption').innerText()).trim();
        const svgFile = await download(page, SLOPE_MENU, 'svg');
        assert.match(svgFile.suggestedFilename(), /slope.*\.svg$/);
        const svg = readFileSync(await svgFile.path(), 'utf8');
        assert.match(svg, /^<\?xml [^>]+>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        assert.ok(svg.includes(`<title>${caption}</title>`), 'the caption is the title');
        assert.match(svg, /font-family="system-ui/);
        assert.ok(svg.includes('Nguồn dữ liệu: '));
        const width = Number(/<svg [^>]*?width="(\d+)"/.exec(svg)?.[1]);
        const height = Number(/<svg [^>]*?height="(\d+)"/.exec(svg)?.[1]);

        const pngFile = await download(page, SLOPE_MENU, 'png');
        const png = readFileSync(await pngFile.path());
        assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
        assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [width * 2, height * 2]);
        expectNoErrors(opened);
      } finally {
        await opened.close();
      }
    });

    test('copy link puts the view’s URL on the clipboard and says so', async () => {
      const opened = await openPage(site.browser, PATH, { viewport });
      try {
        const { page, context } = opened;
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
        await waitForView(page, VIEW);
        await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
        await page.locator('[data-share-bar] [data-share-status]', { hasText: 'Đã sao chép' }).waitFor();
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
        assert.match(page.url(), /\?domain=D3&year=2024$/);
      } finally {
        await opened.close();
      }
    });

    test('print media hides navigation, controls and menus, opens the data tables and prints the address', async () => {
      const opened = await openPage(site.browser, PATH, { viewport });
      try {
        const { page } = opened;
        await waitForView(page, VIEW);
        await page.emulateMedia({ media: 'print' });
        for (const hidden of ['.site-header', '.site-footer', 'form.controls', '.share-menu', '[data-share-bar]']) {
          assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
        }
        assert.ok(await page.locator('#slope table.chart-table').isVisible(), 'the chart’s data table is open on paper');
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        const foot = page.locator('.print-footer');
        assert.ok(await foot.isVisible());
        assert.equal(await foot.locator('[data-print-url]').innerText(), page.url());
        assert.match(await foot.innerText(), /Nguồn dữ liệu: .*Chỉ số CCHC/);
        await page.emulateMedia({ media: 'screen' });
        assert.equal(await foot.isVisible(), false, 'the foot of the paper is not on screen');
      } finally {
        await opened.close();
      }
    });
  });
}

describe('embed and no-JavaScript', () => {
  test('the embed page: only the chart, its source and a link back; any site may frame it, no other page', async () => {
    const opened = await openPage(site.browser, `/embed/rankings/sample-communes/slope/?${QUERY}`);
    try {
      const { page, response } = opened;
      assert.match(response.headers()['content-security-policy'] ?? '', /frame-ancestors \*/);
      await page.waitForFunction(() => document.documentElement.dataset.view !== undefined, undefined, { timeout: 90_000 });
      assert.equal(await page.locator('nav, header, footer, form, .share-menu').count(), 0);
      assert.equal(await page.locator('figure.chart').count(), 1);
      assert.match(await page.locator('[data-embed-source]').innerText(), /^Nguồn: .*Chỉ số CCHC/);
      assert.match(
        (await page.locator('[data-embed-full]').getAttribute('href')) ?? '',
        /^\/rankings\/sample-communes\/\?domain=D3&/,
        'the link back keeps the view',
      );
      const violations = await axeCheck(page);
      assert.equal(violations.length, 0, formatViolations(violations));
      expectNoErrors(opened);
      const full = await fetch(new URL(PATH, site.url));
      assert.match(full.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    } finally {
      await opened.close();
    }
  });

  test('without JavaScript the menus lead to the full data and show no buttons', async () => {
    const opened = await openPage(site.browser, '/rankings/sample-communes/', { javaScriptEnabled: false });
    try {
      const { page } = opened;
      const menu = page.locator(TABLE_MENU);
      await menu.locator('summary').click();
      assert.ok(await menu.locator('[data-share-nojs] a[href="/methodology/#downloads"]').isVisible());
      assert.equal(await menu.locator('[data-export]').first().isVisible(), false);
      assert.equal(await page.locator('[data-copy-link]').isVisible(), false);
      assert.equal(await page.locator('[data-print-url]').textContent(), '/rankings/sample-communes/', 'the canonical path on paper');
    } finally {
      await opened.close();
    }
  });
});

describe('downloads of the other views', () => {
  test('the heat table of a filtered lost-points view: one CSV row per unit shown, the item codes as columns', async () => {
    const opened = await openPage(site.browser, '/lost-points/sample-departments/?year=2024');
    try {
      const { page } = opened;
      await waitForView(page, 'year=2024');
      const heat = page.locator('[data-slot="heat"] table');
      const units = await heat
        .locator('tbody tr > :first-child')
        .evaluateAll((cells) => cells.map((c) => (c as HTMLElement).innerText.trim()));
      const items = await heat.locator('thead th abbr').allInnerTexts();
      assert.ok(units.length > 5 && items.length > 5);
      const csv = readFileSync(await (await download(page, '[data-share-menu="table"][data-share-name="hotspots"]', 'csv')).path(), 'utf8');
      const lines = csv.split('\r\n');
      assert.ok(
        lines.some((l) => /^"?Bộ lọc: .*2024/.test(l)),
        'the year filter is named',
      );
      const header = lines.findIndex((l, i) => i > 0 && lines[i - 1] === '');
      assert.deepEqual(lines[header]?.split(',').slice(2), items, 'a column per item, in the order shown');
      const body = lines.slice(header + 1).filter((l) => l !== '');
      assert.deepEqual(
        body.map((l) => (l.startsWith('"') ? l.slice(1, l.indexOf('"', 1)) : l.split(',')[0])),
        units,
      );
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });
});
