/**
 * The filters of every interactive view, at a desktop and a phone width: units chosen by searching
 * their names (diacritics ignored) and removed as chips, a reset, one history entry per deliberate
 * change, a note on link values that could not be used, controls that say they need JavaScript when
 * it is off, and a language switch that keeps the view.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeCheck, expectNoErrors, formatViolations, openPage, useSite, waitForDataReady } from './support/site.ts';

const site = useSite();
const COMMUNES = '/rankings/sample-communes/';
const DEPARTMENTS = '/rankings/sample-departments/';
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 360, height: 800 },
];

const waitForView = (page: Page, view: string) =>
  page.waitForFunction((v) => document.documentElement.dataset.view === v, view, { timeout: 60_000 });
const historyLength = (page: Page) => page.evaluate(() => history.length);
const search = (page: Page) => page.getByRole('combobox', { name: 'Đơn vị' });
const options = (page: Page) => page.getByRole('listbox', { name: 'Đơn vị' }).getByRole('option');
const chip = (page: Page, name: string) => page.getByRole('button', { name: `Bỏ chọn ${name}`, exact: true });
/** The text drawn in the bump chart at the width the page shows, lines of a wrapped name joined by spaces. */
const bumpText = (page: Page) =>
  page
    .locator('#bump .chart-at:visible svg')
    .first()
    .evaluate((svg) =>
      [...svg.querySelectorAll('text, tspan')]
        .filter((el) => el.children.length === 0)
        .map((el) => el.textContent)
        .join(' '),
    );

for (const viewport of VIEWPORTS) {
  describe(`filters at ${viewport.width} px`, () => {
    test('units are found without diacritics, added as chips, removed, and the reset clears every filter', async () => {
      const opened = await openPage(site.browser, COMMUNES, { viewport });
      try {
        const { page } = opened;
        const start = await historyLength(page);
        const before = await bumpText(page);
        assert.equal(before.includes('Quang Nghĩa'), false, 'not named before it is chosen');
        await search(page).fill('quang nghia');
        assert.deepEqual(
          await options(page).allInnerTexts(),
          ['Xã Quang Nghĩa (2021–2024)', 'Xã Quang Nghĩa (2025)'],
          'a name two units share says their years',
        );
        const box = await page.getByRole('listbox', { name: 'Đơn vị' }).boundingBox();
        assert.ok(box !== null && box.x >= 0 && box.x + box.width <= viewport.width, `the list fits the screen: ${JSON.stringify(box)}`);
        assert.equal(await search(page).getAttribute('aria-expanded'), 'true');
        await search(page).press('ArrowDown');
        await search(page).press('Enter');
        await waitForDataReady(page);
        await waitForView(page, 'units=sample-xa-quang-nghia-2025');
        assert.equal(await chip(page, 'Xã Quang Nghĩa (2025)').isVisible(), true);
        assert.equal(await search(page).inputValue(), '', 'the box is emptied for the next name');
        assert.equal(await search(page).getAttribute('aria-expanded'), 'false');
        assert.ok((await bumpText(page)).includes('Quang Nghĩa'), 'the bump chart was redrawn with the unit named');

        await search(page).fill('duc lam');
        assert.deepEqual(await options(page).allInnerTexts(), ['Phường Đức Lâm']);
        await options(page).filter({ hasText: 'Phường Đức Lâm' }).click();
        await waitForView(page, 'units=sample-xa-quang-nghia-2025,sample-phuong-duc-lam');
        assert.equal(await historyLength(page), start + 2, 'one history entry per unit added');

        await chip(page, 'Xã Quang Nghĩa (2025)').click();
        await waitForView(page, 'units=sample-phuong-duc-lam');
        assert.equal(await chip(page, 'Xã Quang Nghĩa (2025)').count(), 0);
        assert.equal(
          await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
          'Bỏ chọn Phường Đức Lâm',
          'focus moves to the chip that takes its place',
        );
        await page.goBack();
        await waitForView(page, 'units=sample-xa-quang-nghia-2025,sample-phuong-duc-lam');
        assert.equal(await chip(page, 'Xã Quang Nghĩa (2025)').isVisible(), true, 'back restores the chips');

        await page.getByLabel('Lĩnh vực').selectOption('D3');
        await waitForView(page, 'domain=D3&units=sample-xa-quang-nghia-2025,sample-phuong-duc-lam');
        await page.getByRole('button', { name: 'Đặt lại' }).click();
        await waitForView(page, 'default');
        assert.equal(new URL(page.url()).search, '');
        assert.equal(await page.getByLabel('Lĩnh vực').inputValue(), 'TOTAL');
        assert.equal(await page.locator('[data-unit-chips] button').count(), 0);
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no sideways scrolling');
        expectNoErrors(opened);
      } finally {
        await opened.close();
      }
    });

    test('an invalid year in the link falls back, with a short note that goes on the next change', async () => {
      const opened = await openPage(site.browser, `${DEPARTMENTS}?to=2099`, { viewport });
      try {
        const { page } = opened;
        const note = page.locator('form[data-rankings-controls] [role="status"][data-state-note]');
        await note.getByText('Năm 2099 không có trong dữ liệu: biểu đồ giữa hai năm đang hiện 2023–2024.').waitFor();
        assert.equal(new URL(page.url()).search, '', 'the link is rewritten to the view it shows');
        assert.equal(await page.locator('select[name="to"]').inputValue(), '2024');
        assert.equal(await page.getByLabel('Lĩnh vực').isEnabled(), true);
        await page.getByLabel('Lĩnh vực').selectOption('D3');
        await waitForView(page, 'domain=D3');
        assert.equal(await note.innerText(), '', 'the note is about the link, not the view chosen since');
        expectNoErrors(opened);
      } finally {
        await opened.close();
      }
    });

    test('with JavaScript off, the controls say they need it and none can be used', async () => {
      for (const path of [COMMUNES, '/lost-points/sample-communes/', '/units/sample-xa-cam-an/']) {
        const opened = await openPage(site.browser, path, { viewport, javaScriptEnabled: false });
        try {
          const { page } = opened;
          const form = page.locator('form.controls').first();
          assert.equal(await form.getByText('Các bộ lọc cần JavaScript.').isVisible(), true, path);
          const usable = await form.evaluate((f) =>
            [...f.querySelectorAll<HTMLInputElement>('select, input:not([type="hidden"]), button')]
              .filter((el) => !el.disabled && el.getClientRects().length > 0)
              .map((el) => el.outerHTML.slice(0, 80)),
          );
          assert.deepEqual(usable, [], `${path}: controls that look usable`);
          const switchLink = page.getByRole('link', { name: 'English', exact: true });
          assert.equal(await switchLink.getAttribute('href'), `/en${path}`, 'the plain link to the page in English');
          // The notice's markup is the same on the three pages: one axe run (slow without JavaScript) covers it.
          if (path === COMMUNES) {
            const violations = await axeCheck(page);
            assert.equal(violations.length, 0, formatViolations(violations));
          }
        } finally {
          await opened.close();
        }
      }
    });

    test('the language switch keeps the view both ways, and follows changes', async () => {
      const opened = await openPage(site.browser, `${DEPARTMENTS}?domain=D3&to=2024`, { viewport });
      try {
        const { page } = opened;
        await waitForView(page, 'domain=D3&year=2024');
        const query = new URL(page.url()).search;
        assert.equal(query, '?domain=D3&year=2024', 'the canonical link of `to=2024`: the table of 2024, the pair 2023–2024');
        await page.getByRole('link', { name: 'English', exact: true }).click();
        await page.waitForURL(`**/en${DEPARTMENTS}${query}`);
        await waitForView(page, 'domain=D3&year=2024');
        assert.deepEqual(
          [await page.getByLabel('Domain').inputValue(), await page.locator('select[name="to"]').inputValue()],
          ['D3', '2024'],
        );
        await page.getByRole('link', { name: 'Tiếng Việt', exact: true }).click();
        await page.waitForURL(`**${DEPARTMENTS}${query}`);
        assert.equal(new URL(page.url()).pathname, DEPARTMENTS);
        await waitForView(page, 'domain=D3&year=2024');
        assert.equal(await page.getByLabel('Lĩnh vực').inputValue(), 'D3');
        await page.getByLabel('Lĩnh vực').selectOption('D5');
        await waitForView(page, 'domain=D5&year=2024');
        assert.equal(
          await page.getByRole('link', { name: 'English', exact: true }).getAttribute('href'),
          `/en${DEPARTMENTS}?domain=D5&year=2024`,
        );
        expectNoErrors(opened);
      } finally {
        await opened.close();
      }
    });
  });
}

describe('filters: keyboard', () => {
  test('arrow keys on a focused select redraw each step but add one history entry', async () => {
    const opened = await openPage(site.browser, DEPARTMENTS);
    try {
      const { page } = opened;
      const start = await historyLength(page);
      const domain = page.getByLabel('Lĩnh vực');
      const codes = await domain.locator('option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
      await domain.focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
      await waitForView(page, `domain=${codes[3]}`);
      assert.equal(await historyLength(page), start + 1, 'three steps, one entry');
      // Leaving the select ends the run (Enter would open Chromium's list of options instead).
      await domain.blur();
      await domain.focus();
      await page.keyboard.press('ArrowDown');
      await waitForView(page, `domain=${codes[4]}`);
      assert.equal(await historyLength(page), start + 2, 'after focus left, the next step is a new change');
      await page.goBack();
      await waitForView(page, `domain=${codes[3]}`);
      await page.goBack();
      await waitForView(page, 'default');
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  test('the unit search: arrows move the active option, Escape closes then clears, no match is said', async () => {
    const opened = await openPage(site.browser, '/en/rankings/sample-communes/');
    try {
      const { page } = opened;
      const box = page.getByRole('combobox', { name: 'Units' });
      await box.fill('zzzz');
      await page.getByRole('status').getByText('No unit matches “zzzz”').waitFor();
      assert.equal(await box.getAttribute('aria-expanded'), 'false');
      await box.fill('hiep');
      const listed = await page.getByRole('listbox', { name: 'Units' }).getByRole('option').allInnerTexts();
      assert.ok(listed.length >= 2 && listed.every((name) => name.includes('Hiệp')), listed.join(', '));
      assert.ok(listed[0]?.startsWith('Hiệp'), `names that start with what was typed come first: ${listed.join(', ')}`);
      const activeText = () =>
        page.evaluate(() => document.getElementById(document.activeElement?.getAttribute('aria-activedescendant') ?? '')?.textContent);
      assert.equal(await activeText(), listed[0], 'the first match is active as soon as it is listed');
      await box.press('ArrowDown');
      assert.equal(await activeText(), listed[1]);
      await box.press('ArrowUp');
      await box.press('ArrowUp');
      assert.equal(await activeText(), listed.at(-1), 'Up from the first wraps to the last');
      const violations = await axeCheck(page);
      assert.equal(violations.length, 0, formatViolations(violations));
      await box.press('Escape');
      assert.equal(await box.getAttribute('aria-expanded'), 'false');
      assert.equal(await box.inputValue(), 'hiep', 'the first Escape closes the list');
      await box.press('Escape');
      assert.equal(await box.inputValue(), '', 'the second clears the box');
      assert.equal(await page.getAttribute('html', 'data-engine'), 'idle', 'searching starts no engine');
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  test('the lost-points page says which year it shows instead of one not in the data', async () => {
    const opened = await openPage(site.browser, '/lost-points/sample-communes/?year=2031');
    try {
      const { page } = opened;
      await page.getByRole('status').getByText('Năm 2031 không có trong dữ liệu: đang hiện năm 2025.').waitFor();
      assert.equal(new URL(page.url()).search, '');
      assert.equal(await page.locator('select[name="year"]').inputValue(), '2025');
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });
});
