import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { ranking } from '../../src/queries/ranking.ts';
import { rankHistory } from '../../src/queries/rank-history.ts';
import { writeQueryFixture } from './fixture.ts';
import { REORGANISATION_SQL } from './fixture-reorganisation.ts';

let db: Db;
before(async () => {
  db = await openNodeDb(await writeQueryFixture());
});

describe('ranking', () => {
  test('a partial published year shows published ranks only and changes against the previous year', async () => {
    const rows = await ranking(db, { indexId: 'nat', year: 2024, itemCode: 'TOTAL' });
    assert.deepEqual(
      rows.map((r) => [r.unit_id, r.rank, r.rank_of, r.score_pct, r.prev_rank, r.rank_change]),
      [
        ['ha-noi', 3, 63, null, 3, 0],
        ['an-giang', 50, 63, 85.5, 63, 13],
        ['kien-giang', 55, 63, 84, 40, -15],
      ],
    );
    assert.equal(rows[1]?.score_change, 85.5 - 81.32);
    assert.deepEqual(
      rows.map((r) => r.source_urls),
      [['https://example.org/src'], ['https://example.org/src', 'https://example.org/src-2'], ['https://example.org/src']],
      'every page a figure was read from, in order',
    );
    assert.equal(rows[0]?.score_change, null, 'a missing score gives no change, not a change from 0');
  });

  test('a complete year uses computed ranks, ties share a rank and sort by name', async () => {
    const rows = await ranking(db, { indexId: 'smp', year: 2025, itemCode: 'TOTAL' });
    assert.deepEqual(
      rows.map((r) => [r.unit_id, r.rank, r.rank_of, r.rank_change, r.rank_change_reason]),
      [
        ['d3', 1, 3, 2, null],
        ['d2', 2, 3, 0, null],
        ['d1', 2, 3, -1, null],
      ],
    );
  });

  test('domain ranking and the first year (no previous year)', async () => {
    const rows = await ranking(db, { indexId: 'smp', year: 2025, itemCode: 'D1' });
    assert.deepEqual(
      rows.map((r) => [r.unit_id, r.rank, r.prev_rank]),
      [
        ['d3', 1, null],
        ['d2', 2, null],
        ['d1', 3, null],
      ],
    );
    const first = await ranking(db, { indexId: 'nat', year: 2023, itemCode: 'TOTAL' });
    assert.ok(first.every((r) => r.rank_change === null));
  });

  test('places are compared only between rankings of the same size; the score change stays', async () => {
    const [btp] = await ranking(db, { indexId: 'min', year: 2023, itemCode: 'TOTAL' });
    assert.deepEqual(
      [btp?.rank, btp?.rank_of, btp?.prev_rank, btp?.prev_rank_of, btp?.rank_change, btp?.rank_change_reason],
      [1, 17, 2, 18, null, 'size_changed'],
      '2nd of 18 → 1st of 17',
    );
    assert.equal(btp?.score_change?.toFixed(2), (89.95 - 90.63).toFixed(2));
  });

  test('an unknown index or year gives no rows', async () => {
    assert.deepEqual(await ranking(db, { indexId: "nat' OR 1=1 --", year: 2024, itemCode: 'TOTAL' }), []);
  });
});

describe('rankHistory', () => {
  test('lines end and begin by what happened: merged, absorbed, renamed; an absorbing unit keeps its line', async () => {
    const extra = await openNodeDb(await writeQueryFixture(REORGANISATION_SQL));
    const rows = await rankHistory(extra, 'reo');
    const marks = rows.filter((r) => r.ends_by !== null || r.begins_by !== null).map((r) => [r.unit_id, r.year, r.ends_by, r.begins_by]);
    assert.deepEqual(marks, [
      ['r2', 2024, 'merge', null],
      ['r3', 2024, 'merge', null],
      ['r4', 2024, 'rename', null],
      ['r5', 2025, null, 'merge'],
      ['r6', 2025, null, 'rename'],
      ['r7', 2024, 'absorb', null],
    ]);
  });

  test("every unit-year with its rank; a merger ends a line only in the unit's last year", async () => {
    const rows = await rankHistory(db, 'nat');
    assert.equal(rows.length, 6);
    const ag = rows.filter((r) => r.unit_id === 'an-giang');
    assert.deepEqual(
      ag.map((r) => [r.year, r.rank, r.ends_by, r.begins_by]),
      [
        [2023, 63, null, null],
        [2024, 50, 'merge', null],
      ],
    );
    assert.ok(rows.filter((r) => r.unit_id === 'ha-noi').every((r) => r.ends_by === null));
  });
});

describe('ranking filters and orders', () => {
  test('sorts by score change, and by score, from the fixed list of orders', async () => {
    const byChange = await ranking(db, { indexId: 'nat', year: 2024, itemCode: 'TOTAL', sort: 'scoreChange' });
    assert.deepEqual(
      byChange.map((r) => r.unit_id),
      ['an-giang', 'ha-noi', 'kien-giang'],
      'missing changes last',
    );
    const byScore = await ranking(db, { indexId: 'smp', year: 2024, itemCode: 'TOTAL', sort: 'score' });
    assert.deepEqual(
      byScore.map((r) => [r.unit_id, r.score_pct]),
      [
        ['d1', 90],
        ['d2', 80],
        ['d3', 75],
      ],
    );
  });

  test('a level keeps only units of that level, with the index ranks unchanged', async () => {
    const provinces = await ranking(db, { indexId: 'nat', year: 2024, itemCode: 'TOTAL', level: 'province' });
    assert.equal(provinces.length, 3);
    assert.deepEqual(await ranking(db, { indexId: 'nat', year: 2024, itemCode: 'TOTAL', level: 'ward' }), []);
    assert.equal((await rankHistory(db, 'smp', 'TOTAL', 'department')).length, 6);
    assert.equal((await rankHistory(db, 'smp', 'TOTAL', 'ward')).length, 0);
  });
});
