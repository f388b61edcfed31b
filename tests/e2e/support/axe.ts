/**
 * Accessibility sweep with axe-core, injected through the DevTools protocol: the site's CSP forbids
 * inline and foreign scripts, and `page.evaluate` is not subject to it, so the page stays as served.
 *
 * axe needs timers, which never fire in a page opened with JavaScript disabled (and Chromium 156
 * crashes if script execution is switched back on there and a timer fires). So a no-JS page is
 * checked as a copy: its DOM as parsed without scripting, `<script>` removed and `<noscript>`
 * unwrapped, re-rendered at the same URL in a scripting context.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Browser, Page } from 'playwright-core';

/** One failed rule and the elements that fail it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  /** CSS selectors of the failing elements. */
  targets: string[];
}

/** WCAG 2.1 A and AA, the level the site aims for. */
const DEFAULT_RUN_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
};

let axeSource: Promise<string> | null = null;

/** Pages opened with JavaScript disabled; site.ts registers them. */
export const noScriptPages = new WeakSet<Page>();

function loadAxeSource(): Promise<string> {
  const require = createRequire(import.meta.url);
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** Runs axe-core on the page as it is now and returns its violations (empty when it passes). */
export async function axeCheck(page: Page, options: RunOptions = DEFAULT_RUN_OPTIONS): Promise<AxeViolation[]> {
  if (!noScriptPages.has(page)) return runAxe(page, options);
  const browser = page.context().browser();
  if (browser === null) throw new Error('axeCheck: a no-JavaScript page must belong to a launched browser');
  return checkCopy(browser, page.url(), await noScriptSnapshot(page), options);
}

/** The DOM as a visitor without JavaScript gets it, with nothing left that could run. */
function noScriptSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.documentElement.cloneNode(true) as HTMLElement;
    for (const script of root.querySelectorAll('script')) script.remove();
    for (const noscript of root.querySelectorAll('noscript')) noscript.replaceWith(...noscript.childNodes);
    return `<!doctype html>\n${root.outerHTML}`;
  });
}

async function checkCopy(browser: Browser, url: string, html: string, options: RunOptions): Promise<AxeViolation[]> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await copy.goto(url, { waitUntil: 'load' });
    return await runAxe(copy, options);
  } finally {
    await context.close();
  }
}

async function runAxe(page: Page, options: RunOptions): Promise<AxeViolation[]> {
  await page.evaluate(await loadAxeSource());
  const results = await page.evaluate(
    (runOptions) =>
      (window as unknown as { axe: { run(context: Document, options: unknown): Promise<AxeResults> } }).axe.run(document, runOptions),
    options,
  );
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    helpUrl: violation.helpUrl,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/** Violations as readable lines for an assertion message. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.impact ?? 'unknown'}: ${v.id} — ${v.help} (${v.helpUrl})\n    ${v.targets.join('\n    ')}`).join('\n');
}
