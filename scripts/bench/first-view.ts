/**
 * How fast does a person see an answer? Serves the built site as production would (brotli, Range) and
 * measures in headless Chromium, over N cold runs each:
 *  - first view: navigation to DOMContentLoaded and to the first contentful paint of a rankings page
 *    (the pre-rendered tables and charts; DuckDB-WASM is not started);
 *  - engine on demand: from the first filter change to DuckDB-WASM ready and the view redrawn,
 *    with the bytes transferred for it.
 * Prints the page measured and the median of each. Headless Chromium sometimes reports no paint entry
 * for a run: such runs are left out of the paint median and counted, never averaged in as NaN.
 * Network is this machine's loopback: add your link's transfer time (the bytes are printed) to judge a
 * phone on 4G.
 *
 *   npm run bench:first-view [-- --runs 5 --path /rankings/sample-communes/]
 */
import { parseArgs } from 'node:util';
import { startServer } from '../serve.ts';
import { launchBrowser } from '../../tests/e2e/support/chromium.ts';
import { describeMedian, median } from './stats.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, path: { type: 'string', default: '/rankings/sample-communes/' } },
});
const runs = Number(values.runs);
const server = await startServer({ root: 'dist', port: 0, host: '127.0.0.1' });
const browser = await launchBrowser();
const samples = { dcl: [] as number[], fcp: [] as number[], engine: [] as number[], bytes: [] as number[], page: [] as number[] };

for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Bytes on the wire per request, the worker's wasm fetch included (a page-level count would miss it).
  let bytes = 0;
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then(
        (s) => {
          bytes += s.responseBodySize + s.responseHeadersSize;
        },
        () => undefined,
      ),
    );
  });
  await page.goto(new URL(values.path!, server.url).href, { waitUntil: 'load' });
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return { dcl: nav.domContentLoadedEventEnd, fcp: fcp?.startTime ?? NaN };
  });
  await Promise.all(pending);
  const pageBytes = bytes;
  const start = Date.now();
  await page.selectOption('select[name="domain"]', { index: 1 });
  await page.waitForFunction(() => (document.documentElement.dataset.view ?? '').startsWith('domain='), undefined, { timeout: 120_000 });
  samples.engine.push(Date.now() - start);
  await Promise.all(pending);
  samples.dcl.push(timing.dcl);
  samples.fcp.push(timing.fcp);
  samples.page.push(pageBytes);
  samples.bytes.push(bytes - pageBytes);
  const paint = Number.isNaN(timing.fcp) ? 'no paint entry reported' : `first paint ${timing.fcp.toFixed(0)} ms`;
  console.log(
    `run ${i + 1}: ${paint} (page ${(pageBytes / 1024).toFixed(0)} KB); engine + redraw ${samples.engine.at(-1)} ms, ${(samples.bytes.at(-1)! / 1e6).toFixed(2)} MB transferred`,
  );
  await context.close();
}
console.log(
  [
    `\npage ${values.path}, median of ${runs} runs:`,
    `  first view: ${(median(samples.page) / 1024).toFixed(0)} KB transferred, DOMContentLoaded ${median(samples.dcl).toFixed(0)} ms, first contentful paint ${describeMedian(samples.fcp, 'a paint entry')}`,
    `  first interaction → DuckDB-WASM ready and view redrawn: ${median(samples.engine).toFixed(0)} ms, ${(median(samples.bytes) / 1e6).toFixed(2)} MB transferred`,
  ].join('\n'),
);
await browser.close();
await server.close();
