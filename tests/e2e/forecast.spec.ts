/**
 * The forecast from self-assessment on a unit page at 1280 and 360 px: labelled as an estimate, with
 * the figures the model gives over the same built data (src/views/forecast-source.ts), the actual
 * result beside it, the items at risk in order, and how it was made; nothing wider than the screen;
 * axe clean.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DATA_DIST, openNodeDb } from '../../src/db/node.ts';
import { formatNumber, formatPct } from '../../src/i18n/format.ts';
import { forecastSource, type UnitForecastView } from '../../src/views/forecast-source.ts';
import { axeCheck, expectNoErrors, formatViolations, openPage, useSite } from './support/site.ts';

const site = useSite();
const UNIT = 'sample-so-noi-vu';
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

let view: UnitForecastView;
before(async () => {
  const found = (await forecastSource(await openNodeDb(DATA_DIST))('sample-departments')).get(UNIT);
  assert.ok(found, 'the sample department has a forecast');
  view = found;
});

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 360, height: 800 },
]) {
  describe(`forecast at ${viewport.width} px`, () => {
    test('an estimate with its range, the actual result, the items at risk and the method; axe clean', async () => {
      const opened = await openPage(site.browser, `/units/${UNIT}/`, { viewport, waitUntil: 'networkidle' });
      try {
        const { page } = opened;
        const block = page.locator('[data-forecast]');
        const f = view.forecast;
        assert.equal(await block.locator('h3').innerText(), `Ước tính điểm thẩm định từ điểm tự chấm, năm ${f.year}`);
        const text = await block.locator('.forecast-estimate').innerText();
        assert.match(text, /^Ước tính, không phải kết quả\./);
        assert.ok(text.includes(`khoảng ${formatNumber('vi', f.expected_total, 2)} điểm (${formatPct('vi', f.expected_pct, 1)})`), text);
        assert.ok(f.low_pct !== null && text.includes(`${formatPct('vi', f.low_pct, 1)} đến ${formatPct('vi', f.high_pct, 1)}`), text);
        assert.ok(
          text.includes(`Kết quả thẩm định thực tế: ${formatPct('vi', view.actualPct, 1)}, hạng ${view.actualRank} trong ${f.units}`),
          text,
        );
        const risk = await block.locator('.forecast-risk li strong').allInnerTexts();
        assert.deepEqual(
          risk.map((r) => r.split(' ')[0]),
          f.at_risk.map((e) => e.item_code),
        );
        assert.match(await block.locator('p.note').last().innerText(), /^Cách tính:/);
        assert.equal(await overflow(page), 0);
        const violations = await axeCheck(page);
        assert.equal(violations.length, 0, formatViolations(violations));
        expectNoErrors(opened);
      } finally {
        await opened.close();
      }
    });
  });
}
