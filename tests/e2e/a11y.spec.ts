/** An axe-core sweep of every page type, in both locales, as first served (no interaction). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeCheck, formatViolations, openPage, useSite } from './support/site.ts';

const site = useSite();

const PAGES = [
  '/',
  '/rankings/',
  '/rankings/vn-provinces/',
  '/rankings/sample-departments/',
  '/units/',
  '/units/quang-ninh/',
  '/units/sample-so-tu-phap/',
  '/units/hai-phong-2025/',
  '/methodology/',
  '/trends/',
  '/trends/sample-communes/',
  '/en/',
  '/en/rankings/sample-communes/',
  '/en/units/bo-tu-phap/',
  '/no-such-page/',
  '/embed/rankings/vn-provinces/bump/',
  '/en/embed/units/ha-noi/',
];

const PHONE_PAGES = ['/rankings/sample-departments/', '/units/quang-ninh/', '/lost-points/sample-communes/'];

describe('accessibility (axe-core)', () => {
  for (const path of PAGES) {
    test(`${path} has no violations`, async () => {
      const opened = await openPage(site.browser, path);
      try {
        const violations = await axeCheck(opened.page);
        assert.equal(violations.length, 0, formatViolations(violations));
      } finally {
        await opened.close();
      }
    });
  }

  // On a phone, wide tables become scrolling regions (a tab stop each) and the charts' narrow drawings show.
  for (const path of PHONE_PAGES) {
    test(`${path} at 360 px has no violations`, async () => {
      const opened = await openPage(site.browser, path, { viewport: { width: 360, height: 800 } });
      try {
        const violations = await axeCheck(opened.page);
        assert.equal(violations.length, 0, formatViolations(violations));
      } finally {
        await opened.close();
      }
    });
  }
});
