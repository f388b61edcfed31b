/**
 * Browser-test harness over the production build: serves dist/ with the production server
 * (scripts/serve.ts) on a random port, launches Chromium, and opens pages that record every
 * console error, page error, failed request and request to another origin.
 *
 * In a spec file: `const site = useSite();` then `await openPage(site.browser, '/', { javaScriptEnabled: false })`.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before } from 'node:test';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { startServer, type RunningServer } from '../../../scripts/serve.ts';
import { noScriptPages } from './axe.ts';
import { launchBrowser } from './chromium.ts';

export { axeCheck, formatViolations, type AxeViolation } from './axe.ts';

/** The built site the tests run against. */
export const DIST = resolve(import.meta.dirname, '..', '..', '..', 'dist');

let running: RunningServer | null = null;

/** Starts the production server on `root` (random port). Throws if the site has not been built. */
export async function startSite(root = DIST): Promise<RunningServer> {
  const index = resolve(root, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`${index} not found — run \`npm run build\` first (\`npm test\` builds it for you)`);
  }
  running = await startServer({ root, port: 0 });
  return running;
}

/** The running site's origin with a trailing slash. Throws if {@link startSite} has not run. */
export function siteUrl(): string {
  if (running === null) throw new Error('The site is not running: call useSite() or startSite() first');
  return running.url;
}

/** Server and browser for one spec file, started in `before` and stopped in `after`. */
export interface SiteHandle {
  readonly url: string;
  readonly browser: Browser;
}

/** Registers node:test hooks that start the server and Chromium once for the calling spec file. */
export function useSite(): SiteHandle {
  let browser: Browser | null = null;
  before(async () => {
    await startSite();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await running?.close();
    running = null;
  });
  return {
    get url() {
      return siteUrl();
    },
    get browser() {
      if (browser === null) throw new Error('The browser is not running: use site.browser inside a test');
      return browser;
    },
  };
}

/** Options for {@link openPage}. */
export interface OpenPageOptions {
  /**
   * false renders the pre-rendered HTML only, as a visitor without JavaScript sees it. Default true.
   * Timers never fire in such a page: use locators and synchronous `page.evaluate`, not
   * `waitForFunction` or promises that wait on timers (Chromium 156 crashes when the context closes on one).
   */
  javaScriptEnabled?: boolean;
  /** Default 'load'. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
  /** Default Playwright's 1280 × 720. */
  viewport?: { width: number; height: number };
}

/** A page and everything it did that a test may want to assert is empty. */
export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** The main document's response. */
  response: Response;
  /** `console.error` calls and browser-logged errors (CSP violations, failed loads), from pages and workers. */
  consoleErrors: string[];
  /** Uncaught exceptions. */
  pageErrors: string[];
  /** Requests that failed at the network level or got a 4xx/5xx answer. */
  failedRequests: string[];
  /** Every request whose origin is not the server's: must stay empty (no third-party hosts). */
  externalRequests: string[];
  close(): Promise<void>;
}

/** Opens `path` on the running site in a fresh browser context, recording problems as they happen. */
export async function openPage(browser: Browser, path: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const origin = new URL(siteUrl()).origin;
  const javaScriptEnabled = options.javaScriptEnabled ?? true;
  const context = await browser.newContext({
    javaScriptEnabled,
    locale: 'vi-VN',
    ...(options.viewport ? { viewport: options.viewport } : {}),
  });
  const page = await context.newPage();
  if (!javaScriptEnabled) noScriptPages.add(page);
  const opened = record(context, page, origin);
  const response = await page.goto(new URL(path, siteUrl()).href, { waitUntil: options.waitUntil ?? 'load' });
  if (response === null) throw new Error(`No response for ${path}`);
  return { ...opened, page, context, response, close: () => context.close() };
}

type Recorded = Pick<OpenedPage, 'consoleErrors' | 'pageErrors' | 'failedRequests' | 'externalRequests'>;

function record(context: BrowserContext, page: Page, origin: string): Recorded {
  const recorded: Recorded = { consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] };
  const isExternal = (url: string): boolean => !url.startsWith('data:') && new URL(url).origin !== origin;
  context.on('console', (message) => {
    if (message.type() === 'error') recorded.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => recorded.pageErrors.push(error.message));
  context.on('request', (request) => {
    if (isExternal(request.url())) recorded.externalRequests.push(`${request.method()} ${request.url()}`);
  });
  page.on('websocket', (socket) => {
    if (isExternal(socket.url().replace(/^ws/, 'http'))) recorded.externalRequests.push(`WebSocket ${socket.url()}`);
  });
  context.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // Requests cut short by navigation or closing the page are not failures of the site.
    if (reason !== 'net::ERR_ABORTED') recorded.failedRequests.push(`${reason} ${request.method()} ${request.url()}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) recorded.failedRequests.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  return recorded;
}

/** Fails listing every request that left the site's origin. */
export function expectNoExternalRequests(opened: Pick<OpenedPage, 'externalRequests'>): void {
  assert.deepEqual(opened.externalRequests, [], `requests to other hosts:\n${opened.externalRequests.join('\n')}`);
}

/** Fails listing console errors, page errors and failed requests. */
export function expectNoErrors(opened: OpenedPage): void {
  assert.deepEqual(
    { consoleErrors: opened.consoleErrors, pageErrors: opened.pageErrors, failedRequests: opened.failedRequests },
    { consoleErrors: [], pageErrors: [], failedRequests: [] },
  );
}

/**
 * Waits until the site says DuckDB-WASM is ready: `<html data-engine="ready">`. The site sets
 * `data-engine="error"` (and optionally `data-engine-error="why"`) when loading fails; that fails fast.
 */
export async function waitForDataReady(page: Page, timeoutMs = 60_000): Promise<void> {
  const state = await page.waitForFunction(
    () => {
      const { engine, engineError } = document.documentElement.dataset;
      return engine === 'ready' || engine === 'error' ? { engine, engineError: engineError ?? '' } : null;
    },
    undefined,
    { timeout: timeoutMs },
  );
  const { engine, engineError } = (await state.jsonValue()) ?? { engine: 'ready', engineError: '' };
  if (engine === 'error') throw new Error(`DuckDB-WASM failed to load: ${engineError || 'no reason given'}`);
}
