/**
 * The site as a visitor meets it (issue 12): serves the production build as production would (brotli,
 * headers) and, in headless Chromium, for the home, a rankings page, a unit page and the hotspot view:
 *  - first view: first contentful paint, the first chart in the page (pre-rendered, so at paint), bytes
 *    transferred and JavaScript before interaction;
 *  - the engine: from the first filter change to DuckDB-WASM started, the data loaded and the view redrawn;
 *  - redraws: p50 and p95 of N later filter changes (engine warm), timed in the page from the change
 *    event to the view redrawn and painted;
 *  - the same first chart drawn only after DuckDB-WASM starts, as dashboards that query before drawing do
 *    (DOMContentLoaded + the engine's first redraw), as a ratio to the pre-rendered first paint;
 * on loopback, then with the network throttled (20 Mbit/s, 40 ms; 5 Mbit/s, 150 ms) for the first view
 * and the engine. Medians of --runs cold runs. The default data only (the sample and the published
 * figures, ~101,000 score rows); a national-scale site is not built here.
 *
 *   npm run bench:site [-- --runs 3 --redraws 50]
 */
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { startServer } from '../serve.ts';
import { launchBrowser } from '../../tests/e2e/support/chromium.ts';
import { median } from './stats.ts';

interface Case {
  name: string;
  path: string;
  /** The select whose options a visitor steps through; none for a page without filters. */
  select?: string;
}

const CASES: Case[] = [
  { name: 'home', path: '/' },
  { name: 'rankings (communes)', path: '/rankings/sample-communes/', select: 'select[name="domain"]' },
  { name: 'unit (lost points)', path: '/units/sample-xa-cam-an/', select: '[data-lost-controls] select[name="year"]' },
  { name: 'hotspots (communes)', path: '/lost-points/sample-communes/', select: '[data-hotspots-controls] select[name="year"]' },
];

const NETWORKS = [
  { name: 'loopback', conditions: null },
  { name: '20 Mbit/s, 40 ms', conditions: { latency: 40, downloadThroughput: 20e6 / 8, uploadThroughput: 10e6 / 8 } },
  { name: '5 Mbit/s, 150 ms', conditions: { latency: 150, downloadThroughput: 5e6 / 8, uploadThroughput: 2e6 / 8 } },
] as const;

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, redraws: { type: 'string', default: '50' } } });
const runs = Number(values.runs);
const redraws = Number(values.redraws);

const quantile = (xs: readonly number[], q: number): number => {
  const sorted = xs.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
};
const ms = (x: number): string => (Number.isNaN(x) ? '–' : `${Math.round(x)} ms`);
const kb = (bytes: number): string => `${Math.round(bytes / 1024)} KB`;

/** Changes `select` to the option at `index` in the page and times it until the view is redrawn and painted. */
function timedChange(page: Page, select: string, index: number): Promise<number> {
  return page.evaluate(
    async ({ select, index }) => {
      const root = document.documentElement;
      const el = document.querySelector<HTMLSelectElement>(select)!;
      root.dataset.view = 'pending';
      const done = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (root.dataset.view !== 'pending' || root.dataset.engine === 'error') {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(root, { attributes: true, attributeFilter: ['data-view', 'data-engine'] });
      });
      const start = performance.now();
      el.selectedIndex = index;
      el.dispatchEvent(new Event('change', { bubbles: true }));
      await done;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      if (root.dataset.engine === 'error') throw new Error(root.dataset.engineError ?? 'the engine failed');
      return performance.now() - start;
    },
    { select, index },
  );
}

interface Run {
  fcp: number;
  dcl: number;
  chartAtPaint: boolean;
  bytes: number;
  js: number;
  engine: number;
  engineBytes: number;
  redraws: number[];
}

async function once(browser: Browser, origin: string, c: Case, network: (typeof NETWORKS)[number], withRedraws: boolean): Promise<Run> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (network.conditions) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network.conditions });
  }
  let bytes = 0;
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then(
        (s) => void (bytes += s.responseBodySize + s.responseHeadersSize),
        () => undefined,
      ),
    );
  });
  try {
    await page.goto(new URL(c.path, origin).href, { waitUntil: 'load' });
    const first = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) =>
        /\.m?js$/.test(new URL(r.name).pathname),
      );
      return {
        fcp,
        dcl: nav.domContentLoadedEventEnd,
        chartAtPaint: document.querySelector('figure.chart svg') !== null,
        js: scripts.reduce((sum, r) => sum + r.transferSize, 0),
      };
    });
    await Promise.all(pending);
    const pageBytes = bytes;
    let engine = NaN;
    const times: number[] = [];
    if (c.select) {
      const options = await page.locator(`${c.select} option`).count();
      engine = await timedChange(page, c.select, 1 % options);
      await Promise.all(pending);
      for (let i = 0; withRedraws && i < redraws; i++) times.push(await timedChange(page, c.select, (i + 2) % options));
    }
    return { ...first, bytes: pageBytes, engine, engineBytes: bytes - pageBytes, redraws: times };
  } finally {
    await context.close();
  }
}

const server = await startServer({ root: 'dist', port: 0, host: '127.0.0.1' });
const browser = await launchBrowser();
const lines: string[] = [];
try {
  for (const network of NETWORKS) {
    lines.push(`\n${network.name} (median of ${runs} cold runs${network.conditions ? '' : `; redraws over ${redraws} changes`})`);
    lines.push(
      'view                     first paint  chart in it  page     JS   engine + redraw  engine bytes  redraw p50/p95  engine-first ratio',
    );
    for (const c of CASES) {
      const results: Run[] = [];
      for (let i = 0; i < runs; i++) results.push(await once(browser, server.url, c, network, network.conditions === null && i === 0));
      const fcp = median(results.map((r) => r.fcp).filter((x) => !Number.isNaN(x)));
      const engine = median(results.map((r) => r.engine));
      const dcl = median(results.map((r) => r.dcl));
      const all = results.flatMap((r) => r.redraws);
      const redraw = all.length > 0 ? `${ms(quantile(all, 0.5))} / ${ms(quantile(all, 0.95))}` : '–';
      const ratio = Number.isNaN(engine) || Number.isNaN(fcp) ? '–' : `${((dcl + engine) / fcp).toFixed(1)}× (${ms(dcl + engine)})`;
      lines.push(
        [
          c.name.padEnd(24),
          ms(fcp).padStart(11),
          (results.every((r) => r.chartAtPaint) ? 'yes' : 'no').padStart(12),
          kb(median(results.map((r) => r.bytes))).padStart(8),
          kb(median(results.map((r) => r.js))).padStart(6),
          ms(engine).padStart(16),
          (Number.isNaN(engine) ? '–' : kb(median(results.map((r) => r.engineBytes)))).padStart(13),
          redraw.padStart(15),
          ratio.padStart(19),
        ].join(' '),
      );
      console.log(lines.at(-1));
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`\nbench:site, ${new Date().toISOString().slice(0, 10)}${lines.join('\n')}`);
