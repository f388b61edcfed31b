/**
 * The appraisal rounds on a unit page, against the production build of the sample: the round-2 section
 * shows every explained sub-criterion with its stages (without JavaScript, and redrawn for another year),
 * and the round-2 appendix downloads and reads back in the letter's layout with the rows the built data
 * holds (expected values read from data/dist with DuckDB, never written here).
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { readSheet } from 'read-excel-file/node';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { axeCheck, expectNoErrors, formatViolations, openPage, useSite, waitForDataReady } from './support/site.ts';

const site = useSite();
const UNIT = 'sample-xa-cam-an';
const INDEX = 'sample-communes';

let db: Db;
before(async () => {
  db = await openNodeDb('data/dist');
});

interface StageRow {
  item_code: string;
  self_score: number;
  appraisal_r1: number;
  proposed_score: number | null;
  final_score: number;
  reason_vi: string | null;
  explanation_vi: string | null;
}

/** Appraised sub-criteria of the unit's year with `where`, by code. */
const stages = (year: number, where: string) =>
  db.all<StageRow>(
    `SELECT s.item_code, s.self_score, s.appraisal_r1, s.proposed_score, s.final_score, s.reason_vi, s.explanation_vi
     FROM scores s JOIN index_years y USING (index_id, year)
     JOIN framework_items f ON f.framework_id = y.framework_id AND f.item_code = s.item_code
     WHERE s.index_id = ? AND s.unit_id = ? AND s.year = ? AND s.item_level = 'sub_criterion' AND f.kind <> 'survey'
       AND s.applicable AND ${where}
     ORDER BY s.item_code`,
    [INDEX, UNIT, year],
  );

const explained = (year: number) => stages(year, 's.explanation_vi IS NOT NULL');
const deductedInRound1 = (year: number) => stages(year, 's.appraisal_r1 < s.self_score');
const points = (x: number) => x.toFixed(2).replace('.', ',');

describe('round 2 on a unit page', () => {
  test('every explained sub-criterion with its stages side by side, without JavaScript', async () => {
    const expected = await explained(2024);
    assert.ok(expected.length > 0, 'the sample has explanations for this unit in 2024');
    const opened = await openPage(site.browser, `/units/${UNIT}/`, { javaScriptEnabled: false });
    try {
      const rows = opened.page.locator('[data-rounds] tbody tr');
      assert.deepEqual(
        (await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-item')))).sort(),
        expected.map((e) => e.item_code),
      );
      const first = expected[0]!;
      const cells = await opened.page.locator(`[data-rounds] tr[data-item="${first.item_code}"] td`).allInnerTexts();
      assert.deepEqual(cells, [
        points(first.self_score),
        points(first.appraisal_r1),
        first.proposed_score === null ? '–' : points(first.proposed_score),
        points(first.final_score),
        points(Math.max(0, first.final_score - first.appraisal_r1)),
      ]);
      const won = expected.filter((e) => e.final_score > e.appraisal_r1).length;
      assert.match(
        await opened.page.locator('[data-rounds-summary]').innerText(),
        new RegExp(`giải trình ${expected.length} tiêu chí thành phần .*; ${won} tiêu chí được cộng lại điểm`),
      );
    } finally {
      await opened.close();
    }
  });

  test('the year select redraws the section for that year', async () => {
    const expected = await explained(2022);
    const opened = await openPage(site.browser, `/units/${UNIT}/`);
    try {
      const { page } = opened;
      await page.locator('[data-lost-controls] select[name="year"]').selectOption('2022');
      await page.waitForFunction(() => document.documentElement.dataset.view === 'year=2022', undefined, { timeout: 60_000 });
      await waitForDataReady(page);
      assert.match(await page.locator('[data-rounds-summary]').innerText(), /Năm 2022/);
      assert.equal(await page.locator('[data-rounds] tbody tr').count(), expected.length);
      assert.match((await page.locator('[data-appendix]').getAttribute('href')) ?? '', /sample-xa-cam-an-2022-round2\.xlsx$/);
      expectNoErrors(opened);
    } finally {
      await opened.close();
    }
  });

  test('the round-2 appendix downloads in the letter’s layout with every item deducted in round 1', async () => {
    const expected = await deductedInRound1(2024);
    const opened = await openPage(site.browser, `/units/${UNIT}/`);
    try {
      const [download] = await Promise.all([opened.page.waitForEvent('download'), opened.page.locator('[data-appendix]').click()]);
      const rows = (await readSheet(await download.path())) as unknown[][];
      assert.deepEqual(
        rows.slice(0, 3).map((r) => r[0]),
        ['PHỤ LỤC', 'TỔNG HỢP CÁC TIÊU CHÍ/TIÊU CHÍ THÀNH PHẦN GIẢI TRÌNH, BỔ SUNG TÀI LIỆU KIỂM CHỨNG', rows[2]?.[0]],
      );
      assert.match(String(rows[2]?.[0]), /^Xã Cẩm An · .* · Năm 2024$/);
      const header = rows.findIndex((r) => r[0] === 'STT');
      assert.deepEqual(rows[header], [
        'STT',
        'Tiêu chí/Tiêu chí thành phần bị trừ điểm sau khi HĐTD chấm điểm lần 1',
        'Điểm tự chấm',
        'Điểm thẩm định lần 1',
        'Lý do trừ điểm',
        'Nội dung giải trình, TLKC bổ sung (lần 2)',
        'Điểm đề nghị điều chỉnh',
      ]);
      const body = rows.slice(header + 1, -1);
      assert.deepEqual(
        body.map((r) => r[0]),
        expected.map((_, i) => i + 1),
      );
      const read = body
        .map((r) => [String(r[1]).split(' ')[0], r[2], r[3], r[4], r[5], r[6]])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
      assert.deepEqual(
        read,
        expected
          .map((e) => [e.item_code, e.self_score, e.appraisal_r1, e.reason_vi, e.explanation_vi, e.proposed_score])
          .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      );
      const sum = (xs: (number | null)[]) => Math.round(xs.reduce<number>((s, x) => s + (x ?? 0), 0) * 100) / 100;
      assert.deepEqual(rows.at(-1)?.slice(1, 4), [
        'Tổng điểm',
        sum(expected.map((e) => e.self_score)),
        sum(expected.map((e) => e.appraisal_r1)),
      ]);
      assert.equal(rows.at(-1)?.[6], sum(expected.map((e) => e.proposed_score)));
    } finally {
      await opened.close();
    }
  });

  test('the section has no accessibility violations, in English at a phone’s width', async () => {
    const opened = await openPage(site.browser, `/en/units/${UNIT}/`, { viewport: { width: 360, height: 800 } });
    try {
      assert.ok((await opened.page.locator('[data-rounds]').count()) > 0);
      const violations = await axeCheck(opened.page);
      assert.equal(violations.length, 0, formatViolations(violations));
    } finally {
      await opened.close();
    }
  });
});
