/**
 * The first view without JavaScript: every page type has its tables and charts in the HTML, in both
 * locales, with the sample labelled and partial years said to be partial.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectNoErrors, expectNoExternalRequests, openPage, useSite } from './support/site.ts';

const site = useSite();

/**
 * Exact counts per page: `charts` figures, `svgs` chart images (each chart is drawn at the three widths
 * of CHART_WIDTHS; CSS shows one), `tables`: home, one headline chart (the slope of rank changes) and one
 * ranking per index (5 + 5 chart data tables); rankings, the two charts' data,
 * the ranking and the years; a unit, its history, the trend's data and its points by source; methodology, the 13 frameworks
 * in use, the group thresholds, the years of each of the 5 indices and the downloads.
 */
const PAGES = [
  { path: '/', charts: 5, svgs: 15, tables: 10, text: 'Chỉ số CCHC cấp tỉnh' },
  { path: '/rankings/vn-provinces/', charts: 2, svgs: 6, tables: 4, text: '9 trên 63' },
  { path: '/rankings/sample-communes/', charts: 2, svgs: 6, tables: 4, text: 'Dữ liệu mẫu minh họa' },
  // Quảng Ninh's third table: its points by source in 2020 (appraised, SIPAS, leaders' survey, socio-economic).
  { path: '/units/quang-ninh/', charts: 1, svgs: 2, tables: 3, text: '92,18%' },
  { path: '/units/hai-phong-2025/', charts: 0, svgs: 0, tables: 0, text: 'Hải Dương' },
  { path: '/units/', charts: 0, svgs: 0, tables: 0, text: 'Nghệ An' },
  { path: '/methodology/', charts: 0, svgs: 0, tables: 20, text: 'Quyết định 268/QĐ-BNV' },
  { path: '/en/', charts: 5, svgs: 15, tables: 10, text: 'Provincial' },
  { path: '/en/rankings/vn-ministries/', charts: 2, svgs: 6, tables: 4, text: 'Ministry of Justice' },
  { path: '/en/units/quang-ninh/', charts: 1, svgs: 2, tables: 3, text: '92.18%' },
];

describe('pages render without JavaScript', () => {
  for (const { path, charts, svgs, tables, text } of PAGES) {
    test(`${path}: tables, charts and text are in the HTML`, async () => {
      const opened = await openPage(site.browser, path, { javaScriptEnabled: false });
      try {
        const { page } = opened;
        assert.equal(opened.response.status(), 200);
        assert.equal(await page.getAttribute('html', 'lang'), path.startsWith('/en/') ? 'en' : 'vi');
        assert.equal(await page.locator('figure.chart').count(), charts, 'charts');
        assert.equal(await page.locator('figure.chart svg.chart-svg').count(), svgs, 'chart images');
        assert.equal(await page.locator('table').count(), tables, 'tables');
        assert.ok((await page.locator('main').innerText()).includes(text), `shows "${text}"`);
        const description = (await page.getAttribute('meta[name="description"]', 'content')) ?? '';
        assert.ok(description.length >= 60, `a meta description: "${description}"`);
        const alternates = await page
          .locator('link[rel="alternate"], link[rel="canonical"]')
          .evaluateAll((ls) => ls.map((l) => l.getAttribute('href') ?? ''));
        assert.deepEqual(
          alternates.filter((href) => !/^https?:\/\//.test(href)),
          [],
          'search engines take absolute alternates only',
        );
        expectNoExternalRequests(opened);
        expectNoErrors(opened);
      } finally {
        await opened.close();
      }
    });
  }

  test('the home ranking shows real published values with their rank and source', async () => {
    const opened = await openPage(site.browser, '/', { javaScriptEnabled: false });
    try {
      const row = opened.page.locator('section[data-index="vn-provinces"] table[data-ranking-table] tbody tr').first();
      const cells = await row.locator('td, th').allInnerTexts();
      assert.deepEqual(cells.slice(0, 3), ['1', 'Hải Phòng', '96,17%']);
      assert.equal(cells[5], 'A', "2024's published groups (reference/grade-thresholds.csv): A from 90 %");
      assert.equal(await row.getByRole('link', { name: 'Nguồn' }).count(), 1);
      const sample = opened.page.locator('section[data-index^="sample-"]').first();
      assert.equal(await sample.locator('[data-sample-notice]').count(), 1, 'the sample is labelled');
    } finally {
      await opened.close();
    }
  });

  test('a merged province links to its predecessors and does not inherit their series', async () => {
    const opened = await openPage(site.browser, '/units/hai-phong-2025/', { javaScriptEnabled: false });
    try {
      const lineage = opened.page.locator('[data-lineage]');
      assert.deepEqual((await lineage.getByRole('link').allInnerTexts()).sort(), ['Hải Dương', 'Hải Phòng']);
      assert.equal(await opened.page.locator('figure.chart').count(), 0, 'no score series borrowed from Hải Phòng before 2025');
    } finally {
      await opened.close();
    }
  });

  test('a 2025 ward formed by a merger shows only its own series and links to its predecessors', async () => {
    const opened = await openPage(site.browser, '/units/sample-phuong-nam-loi-2025/', { javaScriptEnabled: false });
    try {
      const { page } = opened;
      assert.match(await page.title(), /\(minh họa\)/, 'a sample unit says it is illustrative in its title');
      const years = await page.locator('[data-history] tbody th').allInnerTexts();
      assert.deepEqual(years, ['2025'], 'no year borrowed from the predecessors');
      const predecessors = await page.locator('[data-lineage]').getByRole('link').allInnerTexts();
      assert.deepEqual(predecessors.sort(), ['Phường Gia Trung', 'Phường Minh Thắng']);
    } finally {
      await opened.close();
    }
    const before = await openPage(site.browser, '/units/sample-phuong-minh-thang/', { javaScriptEnabled: false });
    try {
      const years = await before.page.locator('[data-history] tbody th').allInnerTexts();
      assert.ok(years.length > 0 && years.every((y) => Number(y) <= 2024), years.join(','));
    } finally {
      await before.close();
    }
  });

  test('ministries: the published national mean, and no group letters where none were published', async () => {
    const opened = await openPage(site.browser, '/', { javaScriptEnabled: false });
    try {
      const section = opened.page.locator('section[data-index="vn-ministries"]');
      assert.ok((await section.locator('.figures').innerText()).includes('84,38%'), 'the 2023 published mean');
      const groups = await section.locator('table tbody tr td:nth-child(6)').allInnerTexts();
      assert.ok(groups.length > 0 && groups.every((g) => g.trim() === '–'), groups.join(','));
    } finally {
      await opened.close();
    }
  });
});
