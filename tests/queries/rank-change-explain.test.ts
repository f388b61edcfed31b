/**
 * Explaining a rank change, against real DuckDB over the query fixture plus fixture-explain.ts: the
 * waterfall's bars add up to the change of the total (points within a framework, percentage points
 * across one, a split domain as bars of its own, a residual only where the domains do not add up),
 * the score-rose-rank-fell case with the unit that overtook, and "what would it take" for d1 in 2024.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { rankChangeExplain, type ExplainData } from '../../src/queries/rank-change-explain.ts';
import { itemChanges } from '../../src/queries/item-changes.ts';
import { recoverableItems } from '../../src/queries/what-it-takes.ts';
import { gradeThresholds } from '../../src/queries/grade-thresholds.ts';
import { waterfallOf, type Waterfall } from '../../src/explain/waterfall-steps.ts';
import { nextGroup, nextRank, overtakers } from '../../src/explain/gaps.ts';
import { domainItemChanges } from '../../src/queries/domain-items.ts';
import { domainLevels } from '../../src/explain/waterfall-levels.ts';
import { nextRankText } from '../../src/views/explain-text.ts';
import { writeQueryFixture } from './fixture.ts';
import { EXPLAIN_SQL } from './fixture-explain.ts';

let db: Db;
let same: ExplainData;
let across: ExplainData;
before(async () => {
  db = await openNodeDb(await writeQueryFixture(EXPLAIN_SQL));
  same = await rankChangeExplain(db, { indexId: 'exp', from: 2023, to: 2024 });
  across = await rankChangeExplain(db, { indexId: 'exp', from: 2024, to: 2025 });
});

const round = (x: number) => Math.round(x * 100) / 100;
const bars = (w: Waterfall | null) =>
  w?.steps.map((s) => `${s.kind} ${s.key}${s.year ? ` ${s.year}` : ''} ${round(s.value)}${s.relation ? ` ${s.relation}` : ''}`);
const sum = (w: Waterfall) => w.steps.reduce((a, s) => a + s.value, 0);

describe('rankChangeExplain', () => {
  test('every unit of either year with its totals and the rank change by the one rule', () => {
    const compact = same.totals.map(
      (t) =>
        `${t.unit_id} ${t.from_score ?? '-'}→${t.to_score ?? '-'} ${t.prev_rank ?? '-'}→${t.rank ?? '-'} ${t.rank_change ?? t.rank_change_reason}`,
    );
    assert.deepEqual(compact, ['d1 80→82.5 1→2 -1', 'd2 75→90 2→1 1', 'd3 70→72 3→3 0', 'd4 60→- -→- not_ranked']);
    assert.equal(same.from_framework, 'fe');
    assert.equal(same.links.length, 0, 'no crosswalk within one framework');
    assert.deepEqual(
      across.links.map((l) => `${l.from_item}→${l.to_item} ${l.relation}`),
      ['D1→D1 same', 'D2→D2 split', 'D2→D3 split'],
    );
  });
});

describe('waterfallOf', () => {
  test('within one framework: one bar of points per domain, adding up to the change of the total', () => {
    const w = waterfallOf(same, { unitId: 'd1', from: 2023, to: 2024 });
    assert.equal(w?.measure, 'points');
    assert.deepEqual([w?.start, w?.end], [80, 82.5]);
    assert.deepEqual(bars(w), ['domain D1 3', 'domain D2 -0.5']);
    assert.ok(w && Math.abs(sum(w) - (w.end - w.start)) < 0.01);
    assert.deepEqual(bars(waterfallOf(same, { unitId: 'd3', from: 2023, to: 2024 })), ['domain D1 2', 'domain D2 0']);
  });

  test('across a framework change: percentage points, the split domain as bars of its own with its note', () => {
    const w = waterfallOf(across, { unitId: 'd1', from: 2024, to: 2025 });
    assert.equal(w?.measure, 'pct');
    assert.deepEqual([w?.start, w?.end], [82.5, 87]);
    assert.deepEqual(bars(w), ['domain D1 -2', 'ended D2 2024 -44.5 split', 'new D2 2025 27 split', 'new D3 2025 24 split']);
    assert.ok(w && Math.abs(sum(w) - 4.5) < 0.01);
    assert.equal(w?.steps[1]?.note_en, 'Split');
  });

  test('domains that do not add up to the total leave a residual bar, and the bars still sum to the change', () => {
    const w = waterfallOf(across, { unitId: 'd3', from: 2024, to: 2025 });
    assert.deepEqual(bars(w), [
      'domain D1 8',
      'ended D2 2024 -50 split',
      'new D2 2025 20 split',
      'new D3 2025 24 split',
      'residual residual 1',
    ]);
    assert.ok(w && Math.abs(sum(w) - (75 - 72)) < 0.01);
  });

  test('a unit with a missing year gets no waterfall', () => {
    assert.equal(waterfallOf(same, { unitId: 'd4', from: 2023, to: 2024 }), null);
    assert.equal(waterfallOf(same, { unitId: 'nobody', from: 2023, to: 2024 }), null);
  });
});

describe('what would it take', () => {
  test('score rose but rank fell: the unit that overtook it', () => {
    assert.deepEqual(
      overtakers(same.totals, 'd1').map((t) => t.unit_id),
      ['d2'],
    );
    assert.deepEqual(overtakers(same.totals, 'd2'), []);
  });

  test("the next rank: the gap to the unit just above, in percentage points and the unit's points", () => {
    assert.deepEqual(nextRank(same.totals, 'd1'), { rank: 1, unit: same.totals[1], kind: 'computed', pct: 7.5, points: 7.5 });
    assert.equal(nextRank(same.totals, 'd3')?.unit.unit_id, 'd1');
    assert.equal(nextRank(same.totals, 'd3')?.pct, 10.5);
    assert.equal(nextRank(same.totals, 'd2'), null, 'first: nothing above');
    assert.equal(nextRank(same.totals, 'd4'), null, 'not ranked');
    const partial = same.totals.filter((t) => t.unit_id !== 'd1');
    assert.equal(nextRank(partial, 'd3'), null, 'the unit ranked just above is not in the data (a partial published ranking)');
  });

  test('the next group where thresholds are published', async () => {
    const thresholds = await gradeThresholds(db, { indexId: 'exp', year: 2024, itemCode: 'TOTAL' });
    assert.deepEqual(nextGroup(82.5, 100, thresholds), { grade: 'B', next: 'A', min: 85, pct: 2.5, points: 2.5 });
    assert.deepEqual(nextGroup(72, 100, thresholds), { grade: 'C', next: 'B', min: 80, pct: 8, points: 8 });
    assert.equal(nextGroup(90, 100, thresholds), null, 'in group A');
    assert.equal(nextGroup(82.5, 100, await gradeThresholds(db, { indexId: 'exp', year: 2023, itemCode: 'TOTAL' })), null);
  });

  test('the items with the most points lost this year: appraised leaves only, with the reason', async () => {
    const rows = await recoverableItems(db, { indexId: 'exp', year: 2024, unitId: 'd1' });
    assert.deepEqual(
      rows.map((r) => [r.item_code, r.lost_points, r.reason_vi]),
      [
        ['D2.1.2', 9.5, 'Chậm ban hành'],
        ['D2.1.1', 6, 'Thiếu báo cáo'],
        ['D1.1.1', 1, null],
      ],
    );
    const all = await recoverableItems(db, { indexId: 'exp', year: 2024, limit: 1 });
    assert.deepEqual(
      all.map((r) => `${r.unit_id} ${r.item_code} ${r.lost_points}`),
      ['d1 D2.1.2 9.5', 'd2 D2.1.2 5', 'd3 D1.1.1 10'],
    );
  });

  test('the sub-criteria that changed most, within one framework only', async () => {
    const rows = await itemChanges(db, { indexId: 'exp', from: 2023, to: 2024, unitId: 'd1' });
    assert.deepEqual(
      rows.map((r) => [r.item_code, r.change]),
      [
        ['D1.1.2', 2],
        ['D1.1.1', 1],
        ['D2.1.1', -1],
        ['D2.1.2', 0.5],
      ],
    );
    assert.deepEqual(await itemChanges(db, { indexId: 'exp', from: 2024, to: 2025, unitId: 'd1' }), []);
  });
});

describe('the next rank: drawing level and passing', () => {
  test('d1 in 2024: 7.5 percentage points draw level with d2 and share rank 1 (computed ranks), more than that passes', () => {
    const next = nextRank(same.totals, 'd1');
    assert.deepEqual([next?.rank, next?.unit.unit_id, next?.kind, next?.pct, next?.points], [1, 'd2', 'computed', 7.5, 7.5]);
    assert.equal(
      nextRankText('en', next, 2, 2024),
      'Next rank up (1): Finance, 7.50 percentage points (7.50 points) ahead. Exactly 7.50 percentage points more draws level and shares rank 1 (computed ranks: equal scores share a rank); passing takes more than 7.50.',
    );
    const published = next === null ? null : { ...next, kind: 'published' as const };
    assert.equal(
      nextRankText('vi', published, 2, 2024),
      'Hạng kế trên (1): Sở Tài chính, hơn 7,50 điểm % (7,50 điểm). Thêm 7,50 điểm % là bằng điểm; muốn vượt lên phải thêm hơn thế (bảng công bố không nói xếp hạng thế nào khi bằng điểm).',
    );
  });
});

describe('the second level: items under each domain', () => {
  test('d1, 2023 → 2024: each domain bar opens into its changed items, which add up to it within 0.01', async () => {
    const rows = await domainItemChanges(db, { indexId: 'exp', from: 2023, to: 2024, unitId: 'd1' });
    assert.deepEqual(
      rows.map((r) => `${r.domain_code} ${r.item_code} ${r.from_score}→${r.to_score} ${r.change}`),
      ['D1 D1.1.1 18→19 1', 'D1 D1.1.2 17→19 2', 'D2 D2.1.1 25→24 -1', 'D2 D2.1.2 20→20.5 0.5'],
    );
    const w = waterfallOf(same, { unitId: 'd1', from: 2023, to: 2024 });
    assert.ok(w);
    const levels = domainLevels(w, rows);
    assert.deepEqual(
      levels.map((l) => `${l.step.key} ${l.step.value} = ${l.items.map((i) => i.change).join(' + ')} (rest ${l.rest})`),
      ['D1 3 = 1 + 2 (rest 0)', 'D2 -0.5 = -1 + 0.5 (rest 0)'],
    );
    for (const l of levels) assert.ok(Math.abs(l.items.reduce((a, i) => a + i.change, 0) + l.rest - l.step.value) < 0.01);
    assert.ok(Math.abs(w.steps.reduce((a, s) => a + s.value, 0) - (w.end - w.start)) < 0.01, 'and the domains add up to the total');
  });

  test('d3: an unchanged domain has nothing to open; every unit at once; none across a framework change', async () => {
    const all = await domainItemChanges(db, { indexId: 'exp', from: 2023, to: 2024 });
    assert.deepEqual(
      all.filter((r) => r.unit_id === 'd3').map((r) => `${r.item_code} ${r.change}`),
      ['D1.1.2 2', 'D2.1.1 1', 'D2.1.2 -1'],
    );
    const w = waterfallOf(same, { unitId: 'd3', from: 2023, to: 2024 });
    assert.deepEqual(
      domainLevels(
        w!,
        all.filter((r) => r.unit_id === 'd3'),
      ).map((l) => `${l.step.key} ${l.items.length} ${l.rest}`),
      ['D1 1 0', 'D2 2 0'],
    );
    assert.deepEqual(await domainItemChanges(db, { indexId: 'exp', from: 2024, to: 2025 }), []);
    assert.deepEqual(
      domainLevels(waterfallOf(across, { unitId: 'd1', from: 2024, to: 2025 })!, all),
      [],
      'a pct waterfall has no second level',
    );
  });

  test('a pair that is not consecutive and crosses the framework change: 2023 → 2025 still adds up', async () => {
    const data = await rankChangeExplain(db, { indexId: 'exp', from: 2023, to: 2025 });
    const w = waterfallOf(data, { unitId: 'd1', from: 2023, to: 2025 });
    assert.equal(w?.measure, 'pct');
    assert.deepEqual(bars(w), ['domain D1 1', 'ended D2 2023 -45 split', 'new D2 2025 27 split', 'new D3 2025 24 split']);
    assert.ok(w && Math.abs(sum(w) - (87 - 80)) < 0.01);
  });
});
