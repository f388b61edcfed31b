/**
 * "Why the rank changed" on a unit page, against the production build of the sample, at 1280 and 360
 * px: a department whose score rose from 2023 to 2024 while its rank fell (sample-so-cong-thuong) shows
 * the sentence, the note naming how many overtook it, the waterfall and "what would it take", with the
 * expected values read from the built Parquet with DuckDB; the page does not scroll sideways and is
 * axe clean; the English page says the same. Another pair of years, chosen or from a link
 * (`?explain=2024-2025`, across the 2025 framework change), redraws the block and the URL.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { axeCheck, expectNoErrors, formatViolations, openPage, useSite } from './support/site.ts';

const site = useSite();
const waitForView = (page: Page, view: string) =>
  page.waitForFunction((v) => document.documentElement.dataset.view === v, view, { timeout: 90_000 });
const UNIT = 'sample-so-cong-thuong';
const INDEX = 'sample-departments';

interface Expected {
  overtook: number;
  aboveName: string;
  aboveRank: number;
  topItem: string;
}

let db: Db;
let expected: Expected;
before(async () => {
  db = await openNodeDb('data/dist');
  const ranks = `SELECT unit_id, year, coalesce(published_rank, computed_rank) AS rank FROM scores WHERE index_id = ? AND item_code = 'TOTAL'`;
  const [counts] = await db.all<{ overtook: number }>(
    `WITH r AS (${ranks}), me AS (SELECT * FROM r WHERE unit_id = ?)
     SELECT count(*)::INTEGER AS overtook FROM r a JOIN r b USING (unit_id)
     WHERE a.year = 2023 AND b.year = 2024 AND a.rank > (SELECT rank FROM me WHERE year = 2023) AND b.rank < (SELECT rank FROM me WHERE year = 2024)`,
    [INDEX, UNIT],
  );
  const [above] = await db.all<{ name_vi: string; rank: number }>(
    `WITH r AS (${ranks}) SELECT u.name_vi, r.rank FROM r JOIN units u USING (unit_id)
     WHERE r.year = 2024 AND r.rank < (SELECT rank FROM r WHERE unit_id = ? AND year = 2024) ORDER BY r.rank DESC, u.name_vi LIMIT 1`,
    [INDEX, UNIT],
  );
  const [top] = await db.all<{ item_code: string }>(
    `SELECT s.item_code FROM scores s JOIN index_years y USING (index_id, year)
     JOIN framework_items f ON f.framework_id = y.framework_id AND f.item_code = s.item_code
     WHERE s.index_id = ? AND s.year = 2024 AND s.unit_id = ? AND s.applicable AND s.lost_points > 0 AND f.kind <> 'survey'
       AND NOT EXISTS (SELECT 1 FROM framework_items c WHERE c.framework_id = f.framework_id AND c.parent_code = f.item_code)
     ORDER BY s.lost_points DESC, s.item_code LIMIT 1`,
    [INDEX, UNIT],
  );
  assert.ok(counts && above && top, 'the sample has the case');
  expected = { overtook: counts.overtook, aboveName: above.name_vi, aboveRank: above.rank, topItem: top.item_code };
});

describe('why the rank changed', () => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 360, height: 780 },
  ]) {
    test(`${viewport.width} px: sentence, overtaken note, waterfall and what would it take, without sideways scrolling`, async () => {
      const opened = await openPage(site.browser, `/units/${UNIT}/`, { viewport });
      try {
        const block = opened.page.locator(`section[data-explain="${INDEX}"]`);
        assert.equal(await block.locator('h3').innerText(), 'Vì sao thứ hạng thay đổi, 2023 → 2024');
        assert.equal(
          await block.locator('[data-explain-sentence]').innerText(),
          'Điểm 72,62% → 72,90% (+0,28 điểm %); thứ hạng giảm từ 19 xuống 20 (−1).',
        );
        assert.match(
          await block.locator('[data-explain-overtaken]').innerText(),
          new RegExp(`; ${expected.overtook} đơn vị đã vượt lên: `),
        );
        const chart = block.locator('figure[data-chart="explain-sample-departments"] .chart-at svg');
        assert.equal(await chart.filter({ visible: true }).count(), 1, 'one drawing of the waterfall shown');
        const bars = await chart.filter({ visible: true }).locator('[data-tip]').count();
        assert.ok(bars >= 8, `a bar per domain (${bars})`);
        const takes = block.locator('[data-what-it-takes] > li');
        assert.match(await takes.nth(0).innerText(), new RegExp(`^Hạng kế trên \\(${expected.aboveRank}\\): ${expected.aboveName}, hơn `));
        assert.match(await takes.nth(1).innerText(), /^Đang ở nhóm C; cần thêm .* để vào nhóm B \(từ 80%\)\.$/);
        assert.match(
          await block.locator('[data-recoverable] li').first().innerText(),
          new RegExp(`^${expected.topItem.replace(/\./g, '\\.')} `),
        );
        const overflow = await opened.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, 'no sideways scrolling');
        expectNoErrors(opened);
      } finally {
        await opened.close();
      }
    });
  }

  test('axe clean, without JavaScript too; English says the same', async () => {
    for (const [path, js] of [
      [`/units/${UNIT}/`, false],
      [`/en/units/${UNIT}/`, true],
    ] as const) {
      const opened = await openPage(site.browser, path, { javaScriptEnabled: js });
      try {
        const block = opened.page.locator(`section[data-explain="${INDEX}"]`);
        assert.equal(await block.count(), 1);
        if (path.startsWith('/en/')) {
          assert.equal(await block.locator('h3').innerText(), 'Why the rank changed, 2023 → 2024');
          assert.match(
            await block.locator('[data-explain-overtaken]').innerText(),
            /^The score rose but the rank fell because others rose more; overtaken by \d+: /,
          );
        }
        const violations = await axeCheck(opened.page);
        assert.equal(violations.length, 0, formatViolations(violations));
      } finally {
        await opened.close();
      }
    }
  });

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 360, height: 780 },
  ]) {
    test(`${viewport.width} px: choosing 2024 → 2025 redraws the block across the framework change and puts the pair in the URL`, async () => {
      const opened = await openPage(site.browser, `/units/${UNIT}/`, { viewport });
      try {
        const { page } = opened;
        const block = page.locator(`section[data-explain="${INDEX}"]`);
        const from = block.getByLabel('Từ năm');
        await from.focus();
        await from.selectOption('2024');
        await waitForView(page, 'explain=2024-2025');
        assert.equal(new URL(page.url()).search, '?explain=2024-2025');
        assert.equal(await block.getByLabel('Đến năm').inputValue(), '2025', 'the second year gave way');
        assert.equal(await block.locator('h3').innerText(), 'Vì sao thứ hạng thay đổi, 2024 → 2025');
        assert.equal(
          await block.locator('[data-explain-sentence]').innerText(),
          'Điểm 72,90% → 81,54% (+8,64 điểm %); thứ hạng của hai năm không so sánh được: năm 2024 hạng 20 trong 20 đơn vị có điểm (tính từ điểm), năm 2025 hạng 14 trong 14 đơn vị có điểm (tính từ điểm).',
        );
        const chart = block.locator('figure[data-chart="explain-sample-departments"]');
        assert.match(await chart.locator('figcaption').first().innerText(), /theo % điểm tối đa vì khung đánh giá đã thay đổi/);
        assert.equal(await block.locator('[data-explain-levels]').count(), 0, 'no second level across a framework change');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, 'no sideways scrolling');
        const violations = await axeCheck(page);
        assert.equal(violations.length, 0, formatViolations(violations));
        expectNoErrors(opened);
      } finally {
        await opened.close();
      }
    });
  }

  test('a shared link opens with its pair drawn, the lost-points year kept beside it; each domain opens into its items', async () => {
    const opened = await openPage(site.browser, `/en/units/${UNIT}/?year=2022&explain=2022-2024`);
    try {
      const { page } = opened;
      await waitForView(page, 'explain=2022-2024');
      const block = page.locator(`section[data-explain="${INDEX}"]`);
      assert.equal(await block.locator('h3').innerText(), 'Why the rank changed, 2022 → 2024');
      assert.equal(new URL(page.url()).search, '?explain=2022-2024&year=2022');
      assert.equal(await block.locator('select[name="from"]').inputValue(), '2022');
      const levels = block.locator('[data-explain-levels] details');
      assert.ok((await levels.count()) >= 1, 'a domain with changed items');
      await levels.first().locator('summary').click();
      assert.ok((await levels.first().locator('tbody tr').count()) >= 1);
      assert.equal(await page.locator('[data-lost-controls] select[name="year"]').inputValue(), '2022', 'the other view keeps its year');
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });
});
