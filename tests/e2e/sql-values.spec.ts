/**
 * The SQL console's values and words against the production build: decimals inside lists and structs
 * read as the numbers DuckDB in Node gives (the expected text comes from the Node console, never written
 * here); a PIVOT without IN values is refused with its own message, one with them runs; the schema
 * beside the editor is in the page's language.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openNodeConsole, type NodeConsole } from '../../src/db/node-console.ts';
import { axeCheck, expectNoErrors, formatViolations, openPage, useSite } from './support/site.ts';

const site = useSite();
const sqlPath = (q: string, locale = '') => `${locale}/sql/?q=${q.split(',').map(encodeURIComponent).join(',')}`;
const NESTED = "SELECT [1.5, 2.25] AS xs, {'a': -1.25} AS s, [[0.5]] AS nested";

let node: NodeConsole;
before(async () => {
  node = await openNodeConsole('data/dist');
});

async function waitForRun(page: Page, run: number): Promise<string> {
  const slot = page.locator(`[data-sql-result][data-run-count="${run}"]`);
  await slot.waitFor({ state: 'attached', timeout: 90_000 });
  return (await slot.getAttribute('data-sql-outcome')) ?? '';
}

describe('SQL console values and words', () => {
  test('decimals inside lists and structs show as DuckDB in Node gives them, not as raw words', async () => {
    const expected = (await node.run(NESTED)).rows[0]!;
    assert.deepEqual(expected, ['[1.5,2.25]', '{"a":-1.25}', '[[0.5]]']);
    const opened = await openPage(site.browser, sqlPath(NESTED));
    try {
      const { page } = opened;
      assert.equal(await waitForRun(page, 1), 'result');
      assert.deepEqual(await page.locator('[data-sql-table] tbody tr').first().locator('td').allTextContents(), expected);
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  test('a PIVOT without IN values is refused with how to list them; with them it runs', async () => {
    const opened = await openPage(site.browser, sqlPath('PIVOT scores ON item_level USING count(*) GROUP BY year', '/en'));
    try {
      const { page } = opened;
      assert.equal(await waitForRun(page, 1), 'refused');
      const refusal = page.locator('[data-sql-error]');
      assert.equal(await refusal.getAttribute('data-refused'), 'pivotIn');
      assert.match((await refusal.textContent()) ?? '', /PIVOT without its values listed is not run.*list the values with IN/);
      const violations = await axeCheck(page);
      assert.equal(violations.length, 0, formatViolations(violations));
      const q =
        "PIVOT (SELECT year, item_level FROM scores) ON item_level IN ('total', 'domain') USING count(*) GROUP BY year ORDER BY year";
      const expected = await node.run(q);
      await page.goto(new URL(sqlPath(q, '/en'), site.url).href);
      assert.equal(await waitForRun(page, 1), 'result');
      assert.deepEqual(await page.locator('[data-sql-table] thead th').allTextContents(), ['year', 'total', 'domain']);
      assert.equal(await page.locator('[data-sql-table] tbody tr').count(), expected.rows.length);
    } finally {
      await opened.close();
    }
  });

  test('the schema is described in the page language', async () => {
    const opened = await openPage(site.browser, '/sql/', { javaScriptEnabled: false });
    try {
      const { page } = opened;
      const scores = page.locator('[data-sql-schema] details[data-table="scores"]');
      assert.match((await scores.locator('p.note').textContent()) ?? '', /^Mỗi dòng một chỉ số, năm, đơn vị và mục/);
      assert.ok((await scores.locator('dd').allTextContents()).includes('Điểm tự chấm.'));
      assert.equal(await page.locator('[data-sql-schema] [lang="en"]').count(), 0);
      await page.goto(new URL('/en/sql/', site.url).href);
      assert.ok(
        (await page.locator('[data-sql-schema] details[data-table="scores"] dd').allTextContents()).includes(
          'Self-assessed score (điểm tự chấm).',
        ),
      );
    } finally {
      await opened.close();
    }
  });
});
