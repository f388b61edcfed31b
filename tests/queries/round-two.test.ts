/**
 * The appraisal rounds on tests/fixtures/lost (values worked out in its README): the proposed score read
 * through the breakdown query, the explained items with each stage and what they won back, the round-2
 * appendix's rows and totals in the letter's layout, and the section's HTML.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readSheet } from 'read-excel-file/node';
import { buildLostFixture, type LostFixture } from '../fixtures/lost/fixture.ts';
import { lostBreakdown } from '../../src/queries/lost-breakdown.ts';
import { loadIndexLostSource, queryLostSource } from '../../src/queries/lost-index.ts';
import { appendixItems, roundTwo } from '../../src/lost-points/round-two.ts';
import { appendixSheet } from '../../src/lost-points/round-two-appendix.ts';
import { appendixFile } from '../../src/views/round-two-file.ts';
import { appendixPath, roundTwoHtml } from '../../src/views/round-two-view.ts';
import { t } from '../../src/i18n/translate.ts';

const INDEX = 'fx-communes';
let fx: LostFixture;
before(async () => {
  fx = await buildLostFixture();
});
after(() => fx.remove());

const breakdown = (unitId: string, year = 2024) => lostBreakdown(fx.db, { indexId: INDEX, year, unitId });

describe('round 2 of a unit’s year', () => {
  test('the proposed score is read on the explained sub-criterion only, never summed into its parents', async () => {
    const rows = await breakdown('xa-a');
    assert.deepEqual(
      rows.filter((r) => r.proposed_score !== null).map((r) => [r.item_code, r.proposed_score]),
      [['D1.1.2', 2]],
    );
  });

  test('Xã An: one explanation, 1 point asked back, 0.5 won', async () => {
    const rounds = roundTwo(await breakdown('xa-a'));
    assert.deepEqual(
      rounds.items.map((i) => [
        i.item.item_code,
        i.item.self_score,
        i.item.appraisal_r1,
        i.item.proposed_score,
        i.item.final_score,
        i.asked,
        i.recovered,
      ]),
      [['D1.1.2', 2, 1, 2, 1.5, 1, 0.5]],
    );
    assert.deepEqual([rounds.won, rounds.asked, rounds.recovered], [1, 1, 0.5]);
  });

  test('Xã Cát: an explanation that won nothing back; 2023 had none', async () => {
    const rounds = roundTwo(await breakdown('xa-c'));
    assert.deepEqual(
      rounds.items.map((i) => [i.item.item_code, i.item.proposed_score, i.item.final_score, i.asked, i.recovered]),
      [['D2.1.1', 4, 3, 1, 0]],
    );
    assert.deepEqual([rounds.won, rounds.asked, rounds.recovered], [0, 1, 0]);
    assert.deepEqual(roundTwo(await breakdown('xa-a', 2023)).items, []);
  });

  test('the appendix lists every sub-criterion deducted in round 1, explained or not; never a survey item', async () => {
    assert.deepEqual(
      appendixItems(await breakdown('xa-a')).map((r) => r.item_code),
      ['D1.1.2', 'D2.1.1'],
      'D2.1.4 was cut only in the final appraisal, D1.2.1 is a survey result',
    );
    assert.deepEqual(
      appendixItems(await breakdown('xa-c')).map((r) => r.item_code),
      ['D1.1.2', 'D2.1.1', 'D2.1.4'],
    );
  });

  test('the build’s in-memory answers give the same rounds as the queries', async () => {
    const memory = await loadIndexLostSource(fx.db, INDEX);
    const direct = queryLostSource(fx.db, INDEX);
    for (const unit of ['xa-a', 'xa-b', 'xa-c']) {
      assert.deepEqual(roundTwo(await memory.breakdown(unit, 2024)), roundTwo(await direct.breakdown(unit, 2024)), unit);
    }
  });
});

describe('the round-2 appendix', () => {
  const text = { t: (key: Parameters<typeof t>[1], params?: Record<string, string | number>) => t('vi', key, params) };
  const input = async (unitId: string, unitName: string) => ({
    unitName,
    indexName: 'Chỉ số (thử)',
    year: 2024,
    isSample: true,
    breakdown: await breakdown(unitId),
    source: `/units/${unitId}/?year=2024`,
  });

  test('the letter’s layout: title block, its seven columns, the rows and a totals row', async () => {
    const sheet = appendixSheet(await input('xa-a', 'Xã An'), text, (r) => r.name_vi);
    assert.deepEqual(sheet.title, [
      'PHỤ LỤC',
      'TỔNG HỢP CÁC TIÊU CHÍ/TIÊU CHÍ THÀNH PHẦN GIẢI TRÌNH, BỔ SUNG TÀI LIỆU KIỂM CHỨNG',
      'Xã An · Chỉ số (thử) · Năm 2024',
      'Nguồn số liệu: /units/xa-a/?year=2024',
      'DỮ LIỆU MẪU MINH HỌA — không phải kết quả thật của đơn vị nào.',
    ]);
    assert.deepEqual(sheet.header, [
      'STT',
      'Tiêu chí/Tiêu chí thành phần bị trừ điểm sau khi HĐTD chấm điểm lần 1',
      'Điểm tự chấm',
      'Điểm thẩm định lần 1',
      'Lý do trừ điểm',
      'Nội dung giải trình, TLKC bổ sung (lần 2)',
      'Điểm đề nghị điều chỉnh',
    ]);
    const rows = await breakdown('xa-a');
    const name = (code: string) => rows.find((r) => r.item_code === code)?.name_vi;
    assert.deepEqual(sheet.rows, [
      [
        1,
        `D1.1.2 ${name('D1.1.2')}`,
        2,
        1,
        'Báo cáo quý III gửi chậm so với quy định',
        'Đã bổ sung bằng chứng gửi báo cáo qua hệ thống',
        2,
      ],
      [2, `D2.1.1 ${name('D2.1.1')}`, 5, 2, 'Không có tài liệu kiểm chứng', null, null],
      [null, 'Tổng điểm', 7, 3, null, null, 2],
    ]);
  });

  test('a unit with nothing deducted in round 1 gets the form with a line saying so, and an empty total', async () => {
    const sheet = appendixSheet(
      { ...(await input('xa-b', 'Xã Bình')), year: 2023, breakdown: await breakdown('xa-b', 2023) },
      text,
      (r) => r.name_vi,
    );
    assert.ok(sheet.title.includes('Năm 2023 không có tiêu chí nào bị trừ điểm sau thẩm định lần 1.'));
    assert.deepEqual(sheet.rows, [[null, 'Tổng điểm', null, null, null, null, null]]);
  });

  test('the XLSX file: texts that begin with = or + stay text; the path sits beside the worksheets', async () => {
    const index = { index_id: INDEX, name_vi: 'Chỉ số (thử)', name_en: 'Index (test)', is_sample: false };
    const unit = { unit_id: 'xa-b', name_vi: 'Xã Bình', name_en: null };
    const bytes = await appendixFile(queryLostSource(fx.db, INDEX), { unit, index, year: 2024, source: '/' });
    const cells = (await readSheet(Buffer.from(bytes))) as unknown[][];
    assert.deepEqual(cells.at(-2)?.slice(2), [5, 4, '=Tỷ lệ hồ sơ quá hạn 1.5%', '+Đã giải trình bằng văn bản', 5]);
    assert.deepEqual(cells.at(-1)?.slice(1), ['Tổng điểm', 5, 4, null, null, 5]);
    assert.equal(appendixPath(INDEX, 'xa-b', 2024), '/worksheets/fx-communes/xa-b-2024-round2.xlsx');
  });
});

describe('the section on the unit page', () => {
  test('the stages side by side and the year’s totals, in the page’s language', async () => {
    const vi = roundTwoHtml(roundTwo(await breakdown('xa-a')), 'vi', 2024);
    assert.match(
      vi,
      /Năm 2024, đơn vị giải trình 1 tiêu chí thành phần bị trừ điểm ở vòng 1; 1 tiêu chí được cộng lại điểm \(100%\)\. Đơn vị đề nghị cộng lại 1,00 điểm và được cộng 0,50 điểm\./,
    );
    assert.match(vi, /<td class="num" data-label="Tự chấm">2,00<\/td><td class="num" data-label="Lần 1">1,00<\/td>/);
    assert.match(vi, /data-label="Đề nghị">2,00<\/td><td class="num" data-label="Cuối cùng">1,50<\/td><td class="num rt-won"/);
    const en = roundTwoHtml(roundTwo(await breakdown('xa-c')), 'en', 2024);
    assert.match(en, /Round-2 explanations in 2024: 1, of which 0 won points back \(0%\)\. Points asked back: 1\.00; recovered: 0\.00\./);
    assert.equal(roundTwoHtml(roundTwo(await breakdown('xa-e')), 'vi', 2024), '', 'no explanation: no section');
    assert.equal(roundTwoHtml(roundTwo(await breakdown('xa-b', 2023)), 'vi', 2023), '');
  });
});
