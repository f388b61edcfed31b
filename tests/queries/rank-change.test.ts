/**
 * The one rank-change rule (src/queries/rank-change.ts), run by real DuckDB over the fixture's `reo`
 * index, which has one case of every reason, and the words every view uses for it (rank-change-text.ts).
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { ranking } from '../../src/queries/ranking.ts';
import { unitHistory } from '../../src/queries/unit-history.ts';
import { comparableYears, latestComparablePair } from '../../src/queries/comparable-years.ts';
import { rankChangeNote, rankChangeSummary, rankingChangeNote } from '../../src/views/rank-change-text.ts';
import { writeQueryFixture } from './fixture.ts';
import { REORGANISATION_SQL } from './fixture-reorganisation.ts';

let db: Db;
before(async () => {
  db = await openNodeDb(await writeQueryFixture(REORGANISATION_SQL));
});

const reo = (year: number, since?: number) => ranking(db, { indexId: 'reo', year, itemCode: 'TOTAL', ...(since ? { since } : {}) });
const rule = (rows: Awaited<ReturnType<typeof reo>>) =>
  rows.map((r) => [r.unit_id, r.rank, r.rank_of, r.prev_year, r.prev_rank, r.prev_rank_of, r.rank_change, r.rank_change_reason]);

describe('rank change: one rule, a reason wherever no change is shown', () => {
  test('the first year has nothing to compare with', async () => {
    assert.deepEqual(rule(await reo(2022)), [['r1', 1, null, null, null, null, null, 'no_earlier_year']]);
  });

  test('an unknown number ranked, and units without a rank the year before', async () => {
    assert.deepEqual(rule(await reo(2023)), [
      ['r1', 1, 4, 2022, 1, null, null, 'size_unknown'],
      ['r2', 2, 4, 2022, null, null, null, 'not_ranked'],
      ['r3', 3, 4, 2022, null, null, null, 'not_ranked'],
      ['r4', 4, 4, 2022, null, null, null, 'not_ranked'],
    ]);
  });

  test('same id, same size: places are compared; a new unit and a unit without a rank are not', async () => {
    const rows = await reo(2024);
    assert.deepEqual(rule(rows), [
      ['r2', 1, 4, 2023, 2, 4, 1, null],
      ['r1', 2, 4, 2023, 1, 4, -1, null],
      ['r4', 3, 4, 2023, 4, 4, 1, null],
      ['r7', 4, 4, 2023, null, null, null, 'new_unit'],
      ['r3', null, 4, 2023, 3, 4, null, 'not_ranked'],
    ]);
    assert.deepEqual(
      rows.map((r) => [r.unit_id, r.valid_from, r.formed_by]),
      [
        ['r2', null, null],
        ['r1', null, null],
        ['r4', null, null],
        ['r7', 2024, null],
        ['r3', null, null],
      ],
    );
  });

  test('after the reorganisation: a different size, a merger, a renaming; absorbing a unit keeps the id', async () => {
    const rows = await reo(2025);
    assert.deepEqual(rule(rows), [
      ['r1', 1, 3, 2024, 2, 4, null, 'size_changed'],
      ['r5', 2, 3, 2024, null, null, null, 'new_unit'],
      ['r6', 3, 3, 2024, null, null, null, 'new_unit'],
    ]);
    assert.deepEqual(
      rows.map((r) => [r.unit_id, r.valid_from, r.formed_by]),
      [
        ['r1', null, null],
        ['r5', 2025, 'merge'],
        ['r6', 2025, 'rename'],
      ],
      'r1 absorbed r7 but was not formed by it',
    );
    assert.equal(rows[0]?.score_change, 95 - 88, 'scores are still compared across sizes');
  });

  test('against a chosen earlier year (the slope chart): the same rule', async () => {
    assert.deepEqual(rule(await reo(2024, 2022)), [
      ['r2', 1, 4, 2022, null, null, null, 'not_ranked'],
      ['r1', 2, 4, 2022, 1, null, null, 'size_unknown'],
      ['r4', 3, 4, 2022, null, null, null, 'not_ranked'],
      ['r7', 4, 4, 2022, null, null, null, 'new_unit'],
      ['r3', null, 4, 2022, null, null, null, 'not_ranked'],
    ]);
    assert.deepEqual(
      (await reo(2025, 2023)).map((r) => [r.unit_id, r.prev_rank, r.rank_change, r.rank_change_reason]),
      [
        ['r1', 1, null, 'size_changed'],
        ['r5', null, null, 'new_unit'],
        ['r6', null, null, 'new_unit'],
      ],
    );
    assert.deepEqual(
      (await reo(2024, 2024)).map((r) => r.rank_change_reason),
      ['no_earlier_year', 'no_earlier_year', 'no_earlier_year', 'no_earlier_year', 'no_earlier_year'],
      'a year is never compared with itself',
    );
  });

  test("a unit's history applies the rule year by year", async () => {
    assert.deepEqual(
      (await unitHistory(db, 'r1')).map((r) => [r.year, r.rank, r.rank_of, r.rank_change, r.rank_change_reason]),
      [
        [2022, 1, null, null, 'no_earlier_year'],
        [2023, 1, 4, null, 'size_unknown'],
        [2024, 2, 4, -1, null],
        [2025, 1, 3, null, 'size_changed'],
      ],
    );
    assert.deepEqual(
      (await unitHistory(db, 'r5')).map((r) => [r.year, r.rank_change_reason, r.formed_by]),
      [[2025, 'new_unit', 'merge']],
    );
  });

  test('comparable years: how many changes each year shows; the default slope pair is the latest with one', async () => {
    const years = await comparableYears(db, 'reo');
    assert.deepEqual(years, [
      { from: 2022, to: 2023, compared: 0, not_compared: 4 },
      { from: 2023, to: 2024, compared: 3, not_compared: 2 },
      { from: 2024, to: 2025, compared: 0, not_compared: 3 },
    ]);
    assert.deepEqual(latestComparablePair(years), { from: 2023, to: 2024 });
    assert.deepEqual(latestComparablePair(await comparableYears(db, 'smp')), { from: 2024, to: 2025 });
    assert.equal(latestComparablePair(await comparableYears(db, 'min')), null, '2nd of 18, then 1st of 17: nothing to compare');
  });
});

describe('rank change: the words for it', () => {
  test('one unit: why its change is not shown, in both languages', async () => {
    const notes = (locale: 'vi' | 'en', rows: Awaited<ReturnType<typeof reo>>, year: number) =>
      rows.map((r) => rankChangeNote(locale, r, year));
    assert.deepEqual(notes('vi', await reo(2025), 2025), [
      'hạng 1/3, năm 2024: 2/4',
      'Đơn vị mới sau sáp nhập 2025',
      'Mã mới sau đổi tên 2025',
    ]);
    assert.deepEqual(notes('en', await reo(2025), 2025), [
      '1 of 3, was 2 of 4 in 2024',
      'New unit after the 2025 merger',
      'New id after the 2025 renaming',
    ]);
    assert.deepEqual(notes('vi', await reo(2024), 2024), ['', '', '', 'Đơn vị mới từ 2024', 'không có hạng năm 2024 trong dữ liệu']);
    assert.deepEqual(notes('en', await reo(2023), 2023), [
      'number ranked in 2022 not known',
      'no rank for 2022 in the data',
      'no rank for 2022 in the data',
      'no rank for 2022 in the data',
    ]);
    assert.deepEqual(notes('vi', await reo(2022), 2022), [''], 'the first year: said once for the whole ranking');
  });

  test('a whole ranking: how many are not compared, and why, largest group first', async () => {
    assert.equal(
      rankChangeSummary('vi', await reo(2025), 2025),
      'Không đơn vị nào so sánh được thứ hạng với năm 2024: 1 đơn vị vì số đơn vị xếp hạng đổi từ 4 thành 3; 1 đơn vị mới sau sáp nhập 2025; 1 đơn vị có mã mới sau đổi tên 2025.',
    );
    assert.equal(
      rankChangeSummary('en', await reo(2023), 2023),
      'No rank can be compared with 2022: 3 without a rank in one of the two years in the data; 1 because the number ranked is not known.',
    );
    assert.equal(
      rankingChangeNote('vi', await reo(2024), 2024),
      'Δ hạng: số bậc tăng (+) hoặc giảm (−) so với năm 2023, chỉ tính cho đơn vị giữ nguyên mã, giữa hai bảng xếp hạng cùng số đơn vị. ' +
        '2 đơn vị không so sánh được thứ hạng với năm 2023: 1 đơn vị mới từ 2024; 1 đơn vị thiếu hạng của một trong hai năm trong dữ liệu.',
    );
    assert.equal(
      rankingChangeNote('en', await reo(2022), 2022),
      "2022 is the ranking's first year: there is no earlier year to compare ranks with.",
    );
    assert.equal(
      rankChangeSummary('en', await reo(2024), 2024),
      '2 not compared with 2023: 1 new from 2024; 1 without a rank in one of the two years in the data.',
    );
    assert.equal(rankChangeSummary('en', [], 2024), '');
  });
});

test('the bump chart’s rows carry the same change as the ranking, by the same rule', async () => {
  const { rankHistory } = await import('../../src/queries/rank-history.ts');
  const history = await rankHistory(db, 'reo');
  const years = [...new Set(history.map((r) => r.year))];
  assert.ok(years.length >= 3);
  for (const year of years) {
    const expected = new Map((await reo(year)).map((r) => [r.unit_id, r.rank_change]));
    for (const r of history.filter((h) => h.year === year))
      assert.equal(r.rank_change, expected.get(r.unit_id) ?? null, `${r.unit_id} ${year}`);
  }
});
