/**
 * The SQL console against the production build: the pre-rendered page (schema, default result, no
 * engine), running an example, errors, refused writes, the row limit, cancelling, the URL, the CSV
 * download, the editor, and accessibility, at 1280 and 360 px. Expected values come from DuckDB in
 * Node over data/dist, never written here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { DEFAULT_QUERY, EXAMPLES } from '../../src/sql-console/examples.ts';
import { TABLE_NAMES } from '../../src/schema/index.ts';
import { axeCheck, expectNoErrors, expectNoExternalRequests, formatViolations, openPage, useSite } from './support/site.ts';

const site = useSite();
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
];
const REASONS = EXAMPLES.find((e) => e.id === 'reasons')!;
const numberVi = (x: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6, useGrouping: 'min2' }).format(x);
const sqlPath = (q: string) => `/sql/?q=${q.split(',').map(encodeURIComponent).join(',')}`;

let db: Db;
before(async () => {
  db = await openNodeDb('data/dist');
});

/** Waits until the console has finished its `run`-th run (1 for the first) and returns the outcome. */
async function waitForRun(page: Page, run: number): Promise<string> {
  const slot = page.locator(`[data-sql-result][data-run-count="${run}"]`);
  await slot.waitFor({ state: 'attached', timeout: 90_000 });
  return (await slot.getAttribute('data-sql-outcome')) ?? '';
}

const bodyRows = (page: Page) => page.locator('[data-sql-table] tbody tr');

describe('SQL console', () => {
  test('without JavaScript: the schema and the default result are in the HTML, and Run is not offered', async () => {
    const expected = await db.all<Record<string, unknown>>(DEFAULT_QUERY);
    const opened = await openPage(site.browser, '/sql/', { javaScriptEnabled: false });
    try {
      const { page } = opened;
      assert.deepEqual(await page.locator('[data-sql-schema] details').evaluateAll((d) => d.map((e) => e.dataset.table)), [...TABLE_NAMES]);
      assert.equal(await page.locator('[data-sql-textarea]').inputValue(), DEFAULT_QUERY);
      assert.equal(await bodyRows(page).count(), expected.length);
      assert.equal(await bodyRows(page).first().locator('td').nth(2).textContent(), expected[0]!.unit);
      assert.equal(await page.locator('[data-sql-run]').isVisible(), false);
    } finally {
      await opened.close();
    }
  });

  test('with JavaScript, neither the engine nor the editor load until someone shows intent', async () => {
    const opened = await openPage(site.browser, '/sql/');
    try {
      const late: string[] = [];
      opened.page.on('request', (r) => void (/\.wasm$|\/sql-editor\./.test(r.url()) && late.push(r.url())));
      await opened.page.waitForTimeout(500);
      assert.equal(await opened.page.evaluate(() => document.documentElement.dataset.engine), 'idle');
      assert.equal(late.join(), '', 'neither the engine nor the editor before intent');
      await opened.page.locator('[data-sql-textarea]').focus();
      await opened.page.locator('.cm-content').waitFor({ timeout: 30_000 });
      assert.ok(
        late.some((url) => url.includes('/sql-editor.')),
        'the editor is loaded on focus',
      );
      assert.equal(await opened.page.locator('[data-sql-run]').isVisible(), true);
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  for (const viewport of WIDTHS) {
    test(`an example runs: the rows and values DuckDB in Node gives, in the URL, and the page never scrolls sideways (${viewport.width} px)`, async () => {
      const expected = await db.all<{ reason: string; deductions: number }>(REASONS.sql);
      const opened = await openPage(site.browser, '/sql/', { viewport });
      try {
        const { page } = opened;
        await page.locator('[data-sql-example="reasons"]').click();
        assert.equal(await waitForRun(page, 1), 'result');
        assert.equal(await bodyRows(page).count(), expected.length);
        const first = bodyRows(page).first().locator('td');
        assert.deepEqual(
          [await first.nth(0).textContent(), await first.nth(2).textContent()],
          [expected[0]!.reason, numberVi(expected[0]!.deductions)],
        );
        assert.equal(new URL(page.url()).searchParams.get('q'), REASONS.sql);
        assert.ok(
          await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
          'no sideways scroll',
        );
        expectNoErrors(opened);
        expectNoExternalRequests(opened);
      } finally {
        await opened.close();
      }
    });
  }

  test('a link with q runs it on load, and a reload reproduces query and result', async () => {
    const opened = await openPage(site.browser, sqlPath(REASONS.sql));
    try {
      const { page } = opened;
      assert.equal(await waitForRun(page, 1), 'result');
      const rows = await bodyRows(page).count();
      await page.reload();
      assert.equal(await waitForRun(page, 1), 'result');
      assert.equal(await page.locator('[data-sql-textarea]').inputValue(), REASONS.sql);
      assert.equal(await bodyRows(page).count(), rows);
    } finally {
      await opened.close();
    }
  });

  test("a bad query shows DuckDB's message with the editor's line, without a stack trace", async () => {
    const opened = await openPage(site.browser, sqlPath('SELECT unit_id\nFROM units\nWHERE nope = 1'));
    try {
      assert.equal(await waitForRun(opened.page, 1), 'error');
      const text = (await opened.page.locator('[data-sql-error]').textContent()) ?? '';
      assert.match(text, /Binder Error: Referenced column "nope" not found/);
      assert.match(text, /\(dòng 3\)/);
      assert.match(text, /LINE 3: WHERE nope = 1/);
      assert.doesNotMatch(text, /worker\.js|\bat [A-Za-z]+\./);
    } finally {
      await opened.close();
    }
  });

  test('writes, copies and extension installs are refused', async () => {
    const opened = await openPage(site.browser, '/sql/');
    try {
      const { page } = opened;
      for (const [q, keyword] of [
        ['CREATE TABLE x AS SELECT 1', 'CREATE'],
        ["COPY (SELECT 1) TO 'x.csv'", 'COPY'],
        ['INSTALL httpfs', 'INSTALL'],
      ] as const) {
        await page.goto(new URL(sqlPath(q), site.url).href);
        assert.equal(await waitForRun(page, 1), 'refused', q);
        const refusal = page.locator('[data-sql-error]');
        assert.equal(await refusal.getAttribute('data-refused'), 'write');
        assert.match((await refusal.textContent()) ?? '', new RegExp(`^Không chạy câu lệnh ${keyword}: trang này chỉ đọc dữ liệu`));
      }
    } finally {
      await opened.close();
    }
  });

  test('a huge result stops at the limit and says so; the CSV holds exactly the rows shown', async () => {
    const opened = await openPage(site.browser, sqlPath('SELECT * FROM range(1000000)'));
    try {
      const { page } = opened;
      assert.equal(await waitForRun(page, 1), 'result');
      assert.equal(await bodyRows(page).count(), 5000);
      const summary = page.locator('[data-sql-summary]');
      assert.equal(await summary.getAttribute('data-truncated'), '');
      assert.match((await summary.textContent()) ?? '', /^5\.000 dòng đầu tiên của một kết quả dài hơn/);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-sql-download]').click()]);
      const csv = readFileSync(await download.path(), 'utf8');
      assert.ok(csv.startsWith('\ufeffrange\r\n0\r\n1\r\n'), 'BOM, header, then the rows');
      const lines = csv
        .slice(1)
        .split('\r\n')
        .filter((l) => l !== '');
      assert.deepEqual([lines.length, lines.at(-1)], [5001, '4999']);
    } finally {
      await opened.close();
    }
  });

  test('Cancel stops a long query and the console runs the next one', async () => {
    const slow = 'SELECT count(*) AS n FROM range(200000) a, range(200000) b WHERE a.range + b.range = 3';
    const opened = await openPage(site.browser, sqlPath(slow));
    try {
      const { page } = opened;
      const cancel = page.locator('[data-sql-cancel]');
      await page.waitForFunction(() => document.querySelector('[data-sql-result]')?.getAttribute('aria-busy') === 'true', undefined, {
        timeout: 90_000,
      });
      await cancel.click();
      assert.equal(await waitForRun(page, 1), 'cancelled');
      assert.equal(await page.locator('[data-sql-status]').textContent(), 'Đã dừng truy vấn.');
      await page.locator('[data-sql-example="rank"]').click();
      assert.equal(await waitForRun(page, 2), 'result');
    } finally {
      await opened.close();
    }
  });

  test('the editor becomes CodeMirror on focus; typing and Ctrl+Enter run the query', async () => {
    const opened = await openPage(site.browser, '/en/sql/');
    try {
      const { page } = opened;
      await page.locator('[data-sql-textarea]').focus();
      const content = page.locator('.cm-content');
      await content.waitFor({ timeout: 30_000 });
      await content.click();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type("SELECT 1.5 AS x, NULL AS n, '' AS e");
      await page.keyboard.press('Control+Enter');
      assert.equal(await waitForRun(page, 1), 'result');
      const cells = bodyRows(page).first().locator('td');
      assert.deepEqual(await cells.allTextContents(), ['1.5', '—', '']);
      assert.equal(new URL(page.url()).searchParams.get('q'), "SELECT 1.5 AS x, NULL AS n, '' AS e");
      const violations = await axeCheck(page);
      assert.equal(violations.length, 0, formatViolations(violations));
    } finally {
      await opened.close();
    }
  });

  for (const viewport of WIDTHS) {
    for (const path of ['/sql/', '/en/sql/']) {
      test(`axe: ${path} with a result and with an error, ${viewport.width} px`, async () => {
        const opened = await openPage(site.browser, `${path}?q=SELECT%20*%20FROM%20scores%20LIMIT%2030`, { viewport });
        try {
          assert.equal(await waitForRun(opened.page, 1), 'result');
          let violations = await axeCheck(opened.page);
          assert.equal(violations.length, 0, formatViolations(violations));
          await opened.page.goto(new URL(`${path}?q=SELECT%20nope`, site.url).href);
          assert.equal(await waitForRun(opened.page, 1), 'error');
          violations = await axeCheck(opened.page);
          assert.equal(violations.length, 0, formatViolations(violations));
        } finally {
          await opened.close();
        }
      });
    }
  }
});
