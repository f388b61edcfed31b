/**
 * What each interactive view makes the browser load, and how long its first redraw takes: serves the
 * built site as production would and, in headless Chromium, changes one filter per view on a cold
 * page, then prints the Arrow files fetched (bytes on the wire, brotli) and the time from the change to
 * the view redrawn (DuckDB-WASM started, data loaded, view drawn). Median of N runs.
 *
 *   npm run bench:views [-- --runs 3]
 */
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { startServer } from '../serve.ts';
import { launchBrowser } from '../../tests/e2e/support/chromium.ts';

interface ViewCase {
  name: string;
  path: string;
  change(page: Page): Promise<void>;
}

const VIEWS: ViewCase[] = [
  {
    name: 'rankings (domain filter)',
    path: '/rankings/sample-communes/',
    change: (page) => page.selectOption('select[name="domain"]', { index: 1 }).then(() => undefined),
  },
  {
    name: 'unit lost points (another year)',
    path: '/units/sample-xa-cam-an/',
    change: (page) => page.selectOption('[data-lost-controls] select[name="year"]', '2022').then(() => undefined),
  },
  {
    name: 'hotspots (another year)',
    path: '/lost-points/sample-communes/',
    change: (page) => page.selectOption('[data-hotspots-controls] select[name="year"]', '2024').then(() => undefined),
  },
];

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;

const server = await startServer({ root: 'dist', port: 0, host: '127.0.0.1' });
const browser = await launchBrowser();
try {
  for (const view of VIEWS) {
    const times: number[] = [];
    const data: number[] = [];
    const all: number[] = [];
    let files: string[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(new URL(view.path, server.url).href, { waitUntil: 'load' });
      const sizes: Promise<{ url: string; bytes: number }>[] = [];
      context.on('requestfinished', (request) => {
        sizes.push(
          request.sizes().then((s) => ({ url: new URL(request.url()).pathname, bytes: s.responseBodySize + s.responseHeadersSize })),
        );
      });
      const start = performance.now();
      await view.change(page);
      await page.waitForFunction(
        () => document.documentElement.dataset.engine === 'ready' || document.documentElement.dataset.engine === 'error',
        undefined,
        {
          timeout: 120_000,
        },
      );
      times.push(performance.now() - start);
      const got = await Promise.all(sizes);
      const arrows = got.filter((r) => r.url.endsWith('.arrow'));
      files = arrows.map((r) => `${r.url.replace('/data/arrow/', '')} ${mb(r.bytes)}`);
      data.push(arrows.reduce((sum, r) => sum + r.bytes, 0));
      all.push(got.reduce((sum, r) => sum + r.bytes, 0));
      await context.close();
    }
    console.log(
      `${view.name}: redrawn in ${(median(times) / 1000).toFixed(2)} s; data ${mb(median(data))} (all requests ${mb(median(all))})`,
    );
    console.log(`  ${files.join('\n  ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
