/**
 * Lighthouse (mobile: emulated phone, simulated slow 4G and CPU) over each page type of the production
 * build, served as in production (brotli, the security headers): the four category scores, the paint
 * and blocking metrics, and every audit that did not pass in full, so a score below 100 says why.
 * Chromium from Debian (/usr/bin/chromium, or CHROME_PATH); nothing is fetched from another host.
 *
 *   npm run bench:lighthouse [-- --paths /,/units/quang-ninh/ --desktop]
 */
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from '../serve.ts';

const PAGES = [
  '/',
  '/rankings/vn-provinces/',
  '/rankings/sample-communes/',
  '/trends/sample-communes/',
  '/lost-points/sample-communes/',
  '/units/sample-xa-cam-an/',
  '/units/quang-ninh/',
  '/en/units/quang-ninh/',
  '/methodology/',
  '/sql/',
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values } = parseArgs({ options: { paths: { type: 'string' }, desktop: { type: 'boolean', default: false } } });
const paths = values.paths ? values.paths.split(',') : PAGES;

const server = await startServer({ root: 'dist', port: 0, host: '127.0.0.1' });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

const seconds = (ms: number | undefined): string => (ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
const rows: string[] = [];
try {
  console.log(`Lighthouse ${values.desktop ? 'desktop' : 'mobile'}, ${new Date().toISOString().slice(0, 10)}, ${paths.length} pages`);
  for (const path of paths) {
    const result = await lighthouse(new URL(path, server.url).href, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      ...(values.desktop ? { formFactor: 'desktop', screenEmulation: { disabled: true }, throttlingMethod: 'provided' } : {}),
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
    const { categories, audits } = result.lhr;
    const score = (c: (typeof CATEGORIES)[number]) => Math.round((categories[c]?.score ?? 0) * 100);
    const metric = (id: string) => audits[id]?.numericValue;
    rows.push(
      [
        path.padEnd(32),
        ...CATEGORIES.map((c) => String(score(c)).padStart(4)),
        seconds(metric('first-contentful-paint')).padStart(8),
        seconds(metric('largest-contentful-paint')).padStart(8),
        `${Math.round(metric('total-blocking-time') ?? 0)} ms`.padStart(8),
        (metric('cumulative-layout-shift') ?? 0).toFixed(3).padStart(6),
      ].join(' '),
    );
    // Every scored audit of the four categories that did not pass in full, with its category.
    for (const c of CATEGORIES) {
      for (const ref of categories[c]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          rows.push(`    ${c}: ${audit.id} (${Math.round(audit.score * 100)}) ${audit.displayValue ?? ''} — ${audit.title}`);
        }
      }
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.log(`${'page'.padEnd(32)} perf a11y best  seo      FCP      LCP      TBT    CLS`);
for (const row of rows) console.log(row);
