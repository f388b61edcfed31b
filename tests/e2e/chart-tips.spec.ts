/**
 * Charts in the browser: a figure keeps its width when a filter redraws it (desktop and phone), and
 * a point's tooltip (unit, year, rank, score, change) shows on hover and on keyboard focus, with the
 * arrow keys moving between points, in the pre-rendered chart and in a redrawn one alike.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectNoErrors, openPage, useSite } from './support/site.ts';

const site = useSite();
const PATH = '/rankings/sample-departments/';

const waitForView = (page: Page, view: string) =>
  page.waitForFunction((v) => document.documentElement.dataset.view === v, view, { timeout: 60_000 });

/** The on-screen width of the chart each figure shows. */
function shownWidths(page: Page, selectors: readonly string[]) {
  return page.evaluate((list) => {
    const width = (selector: string) => {
      const shown = [...document.querySelectorAll(`${selector} svg.chart-svg`)].filter((s) => s.getClientRects().length > 0);
      return shown.length === 1 ? Math.round(shown[0]!.getBoundingClientRect().width) : -shown.length;
    };
    return Object.fromEntries(list.map((s) => [s, width(s)]));
  }, selectors);
}

describe('a figure keeps its width when a filter redraws it', () => {
  const cases = [
    { width: 1280, drawn: 1120 },
    { width: 360, drawn: 320 },
  ];
  for (const { width, drawn } of cases) {
    test(`rankings at ${width} px: one ${drawn}-px chart per figure, before and after a change`, async () => {
      const opened = await openPage(site.browser, PATH, { viewport: { width, height: 800 } });
      try {
        const { page } = opened;
        const before = await shownWidths(page, ['#bump', '#slope']);
        assert.deepEqual(before, { '#bump': drawn, '#slope': drawn });
        await page.getByLabel('Lĩnh vực').selectOption('D3');
        await waitForView(page, 'domain=D3');
        assert.deepEqual(await shownWidths(page, ['#bump', '#slope']), before);
        expectNoErrors(opened);
      } finally {
        await opened.close();
      }
    });

    test(`unit page at ${width} px: the lost-points chart keeps its width for another year`, async () => {
      const opened = await openPage(site.browser, '/units/sample-xa-cam-an/', { viewport: { width, height: 800 } });
      try {
        const { page } = opened;
        const figures = ['[data-lost-points] [data-chart="pareto"]', '[id^="trend-"]'];
        const before = await shownWidths(page, figures);
        assert.ok(
          Object.values(before).every((w) => w > 0 && w <= drawn),
          JSON.stringify(before),
        );
        await page.locator('[data-lost-controls] select[name="year"]').selectOption('2022');
        await waitForView(page, 'year=2022');
        assert.deepEqual(await shownWidths(page, figures), before);
        expectNoErrors(opened);
      } finally {
        await opened.close();
      }
    });
  }
});

/** The visible tooltip's lines, or null when it is hidden. */
const tipLines = (page: Page) =>
  page.evaluate(() => {
    const tip = document.querySelector<HTMLElement>('.chart-tip');
    return tip && !tip.hidden ? (tip.textContent ?? '').split('\n') : null;
  });

/** Checks a tooltip says unit, year, rank, score and change. */
function assertFullTip(lines: string[] | null): void {
  assert.ok(lines, 'a tooltip is shown');
  assert.equal(lines.length, 5, lines.join(' | '));
  assert.match(lines[1] ?? '', /^Năm: \d{4}$/);
  assert.match(lines[2] ?? '', /^Hạng: \d+$/);
  assert.match(lines[3] ?? '', /^Điểm: \d+,\d\d%$/);
  assert.match(lines[4] ?? '', /^Thay đổi hạng: ([+−]\d+|0|–)$/);
}

describe('tooltips of chart points', () => {
  test('hovering a point of the pre-rendered bump chart shows its unit, year, rank, score and change', async () => {
    const opened = await openPage(site.browser, PATH);
    try {
      const { page } = opened;
      const point = page.locator('#bump .chart-at[data-width="1120"] [data-tip]').first();
      // A pointer only hovers what is on screen: the point may lie below the fold.
      await point.scrollIntoViewIfNeeded();
      const box = await point.boundingBox();
      assert.ok(box);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const lines = await tipLines(page);
      assertFullTip(lines);
      assert.equal(lines?.join('\n'), await point.getAttribute('data-tip'));
      await page.mouse.move(5, 5);
      assert.equal(await tipLines(page), null, 'leaving the chart hides it');
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  test('Tab reaches the chart; the arrow keys move along a line and between lines, and a screen reader hears each', async () => {
    const opened = await openPage(site.browser, PATH);
    try {
      const { page } = opened;
      const bump = page.locator('#bump .chart-at[data-width="1120"] svg.chart-svg');
      for (let i = 0; i < 40 && !(await bump.evaluate((svg) => svg === document.activeElement)); i++) await page.keyboard.press('Tab');
      assert.ok(await bump.evaluate((svg) => svg === document.activeElement), 'the bump chart is one tab stop');
      const first = await tipLines(page);
      assertFullTip(first);
      assert.match(first?.[2] ?? '', /^Hạng: 1$/, 'it starts at the best of the latest year');
      assert.equal(await page.locator('[aria-live="polite"].visually-hidden').textContent(), first?.join(', '));
      await page.keyboard.press('ArrowLeft');
      const earlier = await tipLines(page);
      assert.equal(earlier?.[0], first?.[0], 'the same unit');
      assert.ok(Number(earlier?.[1]?.slice(-4)) < Number(first?.[1]?.slice(-4)), 'a year earlier');
      await page.keyboard.press('ArrowDown');
      const below = await tipLines(page);
      assert.equal(below?.[1], earlier?.[1], 'the same year');
      assert.notEqual(below?.[0], earlier?.[0], 'another unit');
      await page.keyboard.press('Escape');
      assert.equal(await tipLines(page), null);
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  test('a redrawn slope chart has tooltips too', async () => {
    const opened = await openPage(site.browser, PATH);
    try {
      const { page } = opened;
      await page.getByLabel('Lĩnh vực').selectOption('D3');
      await waitForView(page, 'domain=D3');
      await page.locator('#slope .chart-at[data-width="1120"] svg.chart-svg').focus();
      const lines = await tipLines(page);
      assert.ok(lines && lines.length === 5, lines?.join(' | '));
      const from = await page.locator('select[name="from"]').inputValue();
      const to = await page.locator('select[name="to"]').inputValue();
      assert.match(lines[4] ?? '', new RegExp(`^Thay đổi ${from}–${to}: ([+−]\\d+|0|–)$`));
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });
});
