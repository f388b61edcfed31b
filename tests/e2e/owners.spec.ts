/**
 * Owners (issue 13) at 1280 and 360 px: the list of who leads what; an owner's page with its items,
 * targets met and missed (the counts checked against the query over the same built data), the units
 * short of their target, rank changes and the years; nothing wider than the screen; axe clean. On a
 * unit page, the breakdown names the owners and the filter keeps only one owner's items.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openNodeDb, DATA_DIST } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { ownerTargets } from '../../src/queries/owner-targets.ts';
import { listOwners } from '../../src/queries/owners.ts';
import { axeCheck, expectNoErrors, expectNoExternalRequests, formatViolations, openPage, useSite } from './support/site.ts';

const site = useSite();
const OWNER = { indexId: 'sample-departments', ownerId: 'to-chuc-can-bo' };
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

let db: Db;
before(async () => {
  db = await openNodeDb(DATA_DIST);
});

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 360, height: 800 },
]) {
  describe(`owners at ${viewport.width} px`, () => {
    test('the list names every owner of every index with owners, linking to their pages', async () => {
      const owners = await listOwners(db);
      const opened = await openPage(site.browser, '/owners/', { viewport });
      try {
        const { page } = opened;
        assert.equal(await page.locator('main .owner-list a').count(), owners.length);
        await page.getByRole('link', { name: 'Phòng Tổ chức cán bộ' }).click();
        await page.waitForURL(/\/owners\/sample-departments\/to-chuc-can-bo\/$/);
        assert.equal(await page.locator('h1').innerText(), 'Phòng Tổ chức cán bộ');
        assert.equal(await overflow(page), 0);
        expectNoErrors(opened);
      } finally {
        await opened.close();
      }
    });

    test("an owner's page: targets met and missed as the query counts them, units short, ranks; axe clean", async () => {
      const owner = (await listOwners(db, { indexId: OWNER.indexId })).find((o) => o.owner_id === OWNER.ownerId)!;
      const year = owner.years.at(-1)!;
      const rows = await ownerTargets(db, { ...OWNER, year });
      const missed = rows.filter((r) => r.met === false);
      const opened = await openPage(site.browser, `/owners/${OWNER.indexId}/${OWNER.ownerId}/`, { viewport, waitUntil: 'networkidle' });
      try {
        const { page } = opened;
        assert.deepEqual(
          await page.locator('ul.owner-items li').allInnerTexts(),
          owner.items.map((i) => `${i.item_code} ${i.name_vi}`),
        );
        assert.ok(await page.getByText('Dữ liệu mẫu minh họa').first().isVisible(), 'the sample is labelled');
        const itemRows = page.locator('table').first().locator('tbody tr');
        assert.equal(await itemRows.count(), owner.items.length);
        // Met + missed per item, as the query says.
        for (const [i, item] of owner.items.entries()) {
          const cells = await itemRows.nth(i).locator('td').allInnerTexts();
          const ofItem = rows.filter((r) => r.item_code === item.item_code);
          assert.deepEqual(cells.slice(0, 2), [
            String(ofItem.filter((r) => r.met === true).length),
            String(ofItem.filter((r) => r.met === false).length),
          ]);
        }
        assert.ok(missed.length > 0, 'the sample has a unit short of its target');
        assert.equal(await page.getByRole('heading', { name: `Đơn vị chưa đạt mục tiêu (${missed.length})` }).count(), 1);
        assert.ok((await page.locator('table.owner-ranks tbody tr').count()) > 0);
        // Every unit × item of the year, in a box: as many rows as the query.
        assert.equal(await page.locator('table.owner-all tbody tr').count(), rows.length);
        assert.equal(await overflow(page), 0);
        expectNoExternalRequests(opened);
        const violations = await axeCheck(page);
        assert.equal(violations.length, 0, formatViolations(violations));
        expectNoErrors(opened);
      } finally {
        await opened.close();
      }
    });
  });
}

describe('owners on a unit page', () => {
  test('the breakdown names owners; the filter keeps one owner’s items and brings all back', async () => {
    const opened = await openPage(site.browser, '/units/sample-so-noi-vu/', { viewport: { width: 1280, height: 900 } });
    try {
      const { page } = opened;
      const section = page.locator('[data-lost-points="sample-departments"]');
      assert.match(await section.locator('details.bd-domain > summary .bd-owner').first().innerText(), /^Chủ trì: /);
      const filter = section.locator('select[data-owner-filter]');
      await filter.waitFor({ state: 'visible' });
      await filter.selectOption('phap-che');
      const visibleDomains = await section
        .locator('details.bd-domain:visible')
        .evaluateAll((ds) => ds.map((d) => d.getAttribute('data-item')));
      assert.deepEqual(visibleDomains, ['D2']);
      const rows = section.locator('.breakdown tr[data-item]');
      const owners = await rows.evaluateAll((trs) =>
        trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => tr.getAttribute('data-owner')),
      );
      assert.ok(owners.length > 0 && owners.every((o) => o === 'phap-che'), owners.join(','));
      await filter.selectOption('');
      assert.equal(await section.locator('details.bd-domain:visible').count(), 8);
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });
});

describe("an owner's earlier year", () => {
  test("the year links lead to that year's page, with that year's targets as the query counts them", async () => {
    const owner = (await listOwners(db, { indexId: OWNER.indexId })).find((o) => o.owner_id === OWNER.ownerId)!;
    const year = owner.years.at(-2)!;
    const rows = await ownerTargets(db, { ...OWNER, year });
    const opened = await openPage(site.browser, `/owners/${OWNER.indexId}/${OWNER.ownerId}/`, { viewport: { width: 360, height: 800 } });
    try {
      const { page } = opened;
      await page
        .locator('.owner-years')
        .getByRole('link', { name: String(year), exact: true })
        .click();
      await page.waitForURL(new RegExp(`/owners/${OWNER.indexId}/${OWNER.ownerId}/${year}/$`));
      assert.equal(await page.getByRole('heading', { name: `Mục tiêu năm ${year}` }).count(), 1);
      assert.equal(await page.locator('.owner-years strong[aria-current="page"]').innerText(), String(year));
      assert.equal(await page.locator('table.owner-all tbody tr').count(), rows.length);
      const missed = rows.filter((r) => r.met === false).length;
      assert.equal(await page.getByRole('heading', { name: `Đơn vị chưa đạt mục tiêu (${missed})` }).count(), 1);
      assert.equal(await overflow(page), 0);
      const violations = await axeCheck(page);
      assert.equal(violations.length, 0, formatViolations(violations));
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });
});
