/**
 * Every page type on a desktop (1280 px) and a phone (360 px): nothing is wider than the viewport, and
 * the text of the charts shown is at least 11 px as drawn on the screen (an SVG shrunk to fit shrinks
 * its text). The default rankings charts of the provinces and the departments name their units whole.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { shortNames } from '../../src/charts/short-names.ts';
import { expectNoErrors, openPage, useSite } from './support/site.ts';

const site = useSite();

const WIDTHS = [1280, 360] as const;

/** One page of each type, both locales, the 404 page, and the unit pages the issue was about. */
const PAGES = [
  '/',
  '/rankings/',
  '/rankings/vn-provinces/',
  '/rankings/vn-ministries/',
  '/rankings/sample-departments/',
  '/rankings/sample-districts/',
  '/rankings/sample-communes/',
  '/units/',
  '/units/quang-ninh/',
  '/units/sample-so-tu-phap/',
  '/units/sample-xa-cam-an/',
  '/units/hai-phong-2025/',
  '/lost-points/',
  '/lost-points/sample-communes/',
  '/methodology/',
  '/sql/',
  '/trends/sample-communes/',
  '/trends/vn-ministries/',
  '/en/',
  '/en/rankings/sample-communes/',
  '/en/trends/sample-departments/',
  '/en/units/quang-ninh/',
  '/en/lost-points/sample-departments/',
  '/en/sql/',
  '/no-such-page/',
];

/** How far the page is wider than the viewport, and the widest elements that stick out. */
function overflowOf(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .filter((el) => !el.closest('.table-wrap, .heat-scroll, .visually-hidden'))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`);
    return { by: root.scrollWidth - root.clientWidth, wide };
  });
}

/** The smallest text of the charts on screen, as drawn: font size × the SVG's scale. */
function smallestChartText(page: Page) {
  return page.evaluate(() => {
    let smallest = { px: Infinity, text: '' };
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart svg.chart-svg')) {
      if (svg.getClientRects().length === 0) continue;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const text of svg.querySelectorAll('text')) {
        const px = parseFloat(getComputedStyle(text).fontSize) * scale;
        if (px < smallest.px) smallest = { px, text: text.textContent ?? '' };
      }
    }
    return smallest;
  });
}

for (const width of WIDTHS) {
  describe(`${width} px wide`, () => {
    for (const path of PAGES) {
      test(`${path}: nothing wider than the screen; chart text at least 11 px`, async () => {
        const opened = await openPage(site.browser, path, { viewport: { width, height: 800 } });
        try {
          const overflow = await overflowOf(opened.page);
          assert.equal(overflow.by, 0, `the page is ${overflow.by} px wider than the screen: ${overflow.wide.join(' | ')}`);
          const smallest = await smallestChartText(opened.page);
          assert.ok(smallest.px >= 10.95, `"${smallest.text}" is ${smallest.px.toFixed(1)} px on screen`);
          if (path !== '/no-such-page/') expectNoErrors(opened);
        } finally {
          await opened.close();
        }
      });
    }
  });
}

/** The texts of the chart shown in a figure, a text's lines joined by spaces. */
function shownTexts(page: Page, figure: string) {
  return page.evaluate((selector) => {
    const svg = [...document.querySelectorAll<SVGSVGElement>(`${selector} svg.chart-svg`)].find((s) => s.getClientRects().length > 0);
    if (!svg) return null;
    const texts = (root: Element) =>
      [...root.querySelectorAll('text')].map((t) => {
        const spans = t.querySelectorAll('tspan');
        return spans.length > 0 ? [...spans].map((s) => s.textContent).join(' ') : (t.textContent ?? '');
      });
    const names = [...svg.querySelectorAll('[data-mark=text]')].flatMap(texts);
    return { all: texts(svg), names };
  }, figure);
}

describe('the default rankings charts name their units whole', () => {
  for (const index of ['vn-provinces', 'sample-departments']) {
    for (const width of WIDTHS) {
      test(`${index} at ${width} px: no name cut, every name a unit's, every unit of the latest year named`, async () => {
        const opened = await openPage(site.browser, `/rankings/${index}/`, { viewport: { width, height: 800 } });
        try {
          const { page } = opened;
          const config = JSON.parse((await page.locator('[data-explorer-config]').textContent()) ?? '{}') as { units: { label: string }[] };
          const short = shortNames(config.units.map((u) => u.label));
          const allowed = new Set(short.values());
          const latest = await page.locator('[data-ranking-table] tbody tr:has(td:first-child:not(:has(span))) th').allInnerTexts();
          for (const chart of ['#bump', '#slope']) {
            const texts = await shownTexts(page, chart);
            assert.ok(texts, `${chart} shows a chart`);
            for (const text of texts.all) assert.doesNotMatch(text, /…/, `${chart}: "${text}" is cut`);
            if (chart === '#bump') {
              for (const name of texts.names) assert.ok(allowed.has(name), `${chart}: "${name}" is not a unit's name`);
              for (const unit of latest) assert.ok(texts.names.includes(short.get(unit) ?? unit), `${chart}: ${unit} is named`);
            } else {
              // The slope chart's years are its own pair (the latest two a rank can be compared across), so
              // its units are those of its years: every label is a rank (left) or a rank and a unit's name (right).
              for (const name of texts.names.filter((n) => !/^\d+$/.test(n)))
                assert.ok(
                  [...allowed].some((n) => name.endsWith(n)),
                  `${chart}: "${name}" is not a unit's name`,
                );
            }
          }
        } finally {
          await opened.close();
        }
      });
    }
  }
});
