/**
 * Looks at pages as their users will: serves dist/ with the production server and saves a full-page
 * screenshot of each path at 1280 px and 360 px wide in screenshots/ (not committed), to view before
 * committing a change to a page. `npm run screenshot -- /units/sample-xa-cam-an/ /en/` (add
 * `--print` for A4 print media, `--js-off` to render without JavaScript).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './serve.ts';
import { launchBrowser } from '../tests/e2e/support/chromium.ts';

const WIDTHS = [1280, 360];

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      print: { type: 'boolean', default: false },
      'js-off': { type: 'boolean', default: false },
      out: { type: 'string', default: 'screenshots' },
      // Scroll to this element first and shoot from there (e.g. "[data-lost-points]").
      from: { type: 'string' },
      // Long pages are cut into parts of this height, so each image stays readable.
      part: { type: 'string', default: '1800' },
      parts: { type: 'string', default: '3' },
    },
  });
  const paths = positionals.length > 0 ? positionals : ['/'];
  mkdirSync(values.out, { recursive: true });
  const server = await startServer({ root: 'dist', port: 0 });
  const browser = await launchBrowser();
  try {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: !values['js-off'], locale: 'vi-VN' });
      const page = await context.newPage();
      if (values.print) await page.emulateMedia({ media: 'print' });
      for (const p of paths) {
        await page.goto(new URL(p, server.url).href, { waitUntil: 'networkidle' });
        const base = `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}${values.print ? '-print' : ''}`;
        const top = values.from
          ? await page
              .locator(values.from)
              .first()
              .evaluate((el) => el.getBoundingClientRect().top + window.scrollY)
          : 0;
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const part = Number(values.part);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        for (let i = 0, y = top; i < Number(values.parts) && y < height; i++, y += part) {
          const file = path.join(values.out, `${base}-${i + 1}.png`);
          await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width, height: Math.min(part, height - y) } });
          console.log(`${file}${overflow > 0 ? `  (page ${overflow}px wider than the viewport)` : ''}`);
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
