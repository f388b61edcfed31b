/**
 * Size budgets per page type (issue 12), enforced on the production build served as in production
 * (brotli): the HTML of the page, and the JavaScript it loads before anyone interacts (DuckDB-WASM and
 * the SQL editor load on intent, so they must not be in it). Sizes, not times: they do not depend on the
 * machine. A budget is a ceiling with room for growth; raising one is a decision to write down in its
 * commit, with the page's figures (printed by this test).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useSite } from './support/site.ts';

interface Budget {
  path: string;
  /** The HTML as sent (brotli) and as read, in KB. */
  htmlWire: number;
  htmlRaw: number;
  /** Script bytes on the wire before interaction, in KB. */
  js: number;
}

// Measured 2026-12-01 on the sample build, then about a quarter of room (unit pages: room for a section).
const BUDGETS: Budget[] = [
  { path: '/', htmlWire: 25, htmlRaw: 520, js: 10 },
  { path: '/rankings/vn-provinces/', htmlWire: 17, htmlRaw: 190, js: 20 },
  { path: '/rankings/sample-communes/', htmlWire: 47, htmlRaw: 1000, js: 20 },
  { path: '/trends/sample-communes/', htmlWire: 20, htmlRaw: 430, js: 16 },
  { path: '/lost-points/sample-communes/', htmlWire: 51, htmlRaw: 1150, js: 16 },
  { path: '/units/sample-xa-cam-an/', htmlWire: 25, htmlRaw: 340, js: 14 },
  { path: '/units/quang-ninh/', htmlWire: 12, htmlRaw: 60, js: 10 },
  { path: '/units/', htmlWire: 11, htmlRaw: 92, js: 8 },
  { path: '/methodology/', htmlWire: 7, htmlRaw: 55, js: 6 },
  { path: '/sql/', htmlWire: 9, htmlRaw: 42, js: 38 },
  { path: '/compare/sample-communes/', htmlWire: 12, htmlRaw: 100, js: 17 },
  { path: '/embed/rankings/vn-provinces/bump/', htmlWire: 12, htmlRaw: 135, js: 15 },
];

const site = useSite();

const kb = (bytes: number): number => Math.round(bytes / 102.4) / 10;

describe('size budgets per page type', () => {
  for (const budget of BUDGETS) {
    test(`${budget.path}: HTML ≤ ${budget.htmlWire} KB sent (${budget.htmlRaw} KB read), JavaScript before interaction ≤ ${budget.js} KB`, async () => {
      const opened = await openPage(site.browser, budget.path, { waitUntil: 'networkidle' });
      try {
        const m = await opened.page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) =>
            /\.m?js(\?|$)/.test(new URL(r.name).pathname),
          );
          return {
            htmlWire: nav.encodedBodySize,
            htmlRaw: nav.decodedBodySize,
            js: scripts.reduce((sum, r) => sum + r.encodedBodySize, 0),
            scripts: scripts.map((r) => new URL(r.name).pathname),
          };
        });
        console.log(
          `${budget.path}: HTML ${kb(m.htmlWire)} KB sent, ${kb(m.htmlRaw)} KB read; JS ${kb(m.js)} KB in ${m.scripts.length} files`,
        );
        assert.ok(m.htmlWire > 0 && m.htmlRaw > m.htmlWire, 'the HTML came compressed');
        assert.ok(kb(m.htmlWire) <= budget.htmlWire, `HTML sent ${kb(m.htmlWire)} KB > ${budget.htmlWire} KB`);
        assert.ok(kb(m.htmlRaw) <= budget.htmlRaw, `HTML read ${kb(m.htmlRaw)} KB > ${budget.htmlRaw} KB`);
        assert.ok(kb(m.js) <= budget.js, `JavaScript ${kb(m.js)} KB > ${budget.js} KB: ${m.scripts.join(', ')}`);
        const onIntent = m.scripts.filter((s) => /duckdb|codemirror|sql-editor/i.test(s));
        assert.deepEqual(onIntent, [], 'DuckDB-WASM and the SQL editor load on intent, not with the page');
      } finally {
        await opened.close();
      }
    });
  }
});
