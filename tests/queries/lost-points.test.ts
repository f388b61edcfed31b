/**
 * The lost-points questions against real DuckDB over the Parquet files the data build writes from
 * tests/fixtures/lost (values worked out by hand in its README): a unit's breakdown, the Pareto cut,
 * year over year, peers, hotspots, reasons by category and self-assessed against appraised.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildLostFixture, type LostFixture } from '../fixtures/lost/fixture.ts';
import { detailYears, lostBreakdown, type BreakdownRow } from '../../src/queries/lost-breakdown.ts';
import { lostHistory } from '../../src/queries/lost-history.ts';
import { lostPeers } from '../../src/queries/lost-peers.ts';
import { hotspotCells, mostLostItems } from '../../src/queries/lost-hotspots.ts';
import { lostByReason } from '../../src/queries/lost-reasons.ts';
import { claimTrend, itemCuts, unitClaims } from '../../src/queries/self-appraised.ts';
import { leavesOf } from '../../src/lost-points/tree.ts';
import { pareto } from '../../src/lost-points/pareto.ts';
import { yearOverYear } from '../../src/lost-points/year-over-year.ts';
import { peerView } from '../../src/lost-points/peer-status.ts';

const INDEX = 'fx-communes';
let fx: LostFixture;
before(async () => {
  fx = await buildLostFixture();
});
after(() => fx.remove());

const pick = (rows: readonly BreakdownRow[], code: string): BreakdownRow => {
  const row = rows.find((r) => r.item_code === code);
  assert.ok(row, `no row ${code}`);
  return row;
};

describe('a unit’s breakdown', () => {
  test('every item of the year’s framework, in tree order, with each stage and the reason', async () => {
    const rows = await lostBreakdown(fx.db, { indexId: INDEX, year: 2024, unitId: 'xa-a' });
    assert.deepEqual(
      rows.map((r) => r.item_code),
      ['TOTAL', 'D1', 'D1.1', 'D1.1.1', 'D1.1.2', 'D1.2', 'D1.2.1', 'D2', 'D2.1', 'D2.1.1', 'D2.1.2', 'D2.1.4'],
    );
    const total = pick(rows, 'TOTAL');
    assert.deepEqual([total.max_points, total.final_score, total.lost_points, total.self_score, total.appraisal_r1], [17, 12, 5, 13, 9]);
    const d112 = pick(rows, 'D1.1.2');
    assert.deepEqual(
      [
        d112.self_score,
        d112.appraisal_r1,
        d112.final_score,
        d112.lost_points,
        d112.recovered_points,
        d112.cut_points,
        d112.reason_category,
      ],
      [2, 1, 1.5, 0.5, 0.5, 0.5, 'late'],
    );
    assert.equal(d112.explanation_vi, 'Đã bổ sung bằng chứng gửi báo cáo qua hệ thống');
    const na = pick(rows, 'D2.1.2');
    assert.deepEqual([na.applicable, na.framework_max, na.final_score, na.lost_points], [false, 3, null, null]);
    assert.equal(pick(rows, 'D2.1').max_points, 7, 'the N/A item leaves the criterion’s maximum');
    assert.equal(pick(rows, 'D2.1.1').reason_category, 'evidence');
  });

  test('years with detail: a merged unit has only its own', async () => {
    assert.deepEqual(await detailYears(fx.db, { indexId: INDEX, unitId: 'xa-a' }), [2023, 2024]);
    assert.deepEqual(await detailYears(fx.db, { indexId: INDEX, unitId: 'xa-e' }), [2024]);
  });
});

describe('Pareto', () => {
  test('2 of 5 sub-criteria explain 80 % of the 5 points lost', async () => {
    const rows = await lostBreakdown(fx.db, { indexId: INDEX, year: 2024, unitId: 'xa-a' });
    const p = pareto(leavesOf(rows));
    assert.equal(p.totalLost, 5);
    assert.equal(p.itemsScored, 5);
    assert.equal(p.cutCount, 2);
    assert.deepEqual(
      p.rows.map((r) => [r.item.item_code, r.lost, r.cumulative_share]),
      [
        ['D2.1.1', 3, 0.6],
        ['D2.1.4', 1, 0.8],
        ['D1.1.2', 0.5, 0.9],
        ['D1.2.1', 0.5, 1],
      ],
    );
  });
});

describe('year over year', () => {
  test('recovered, newly lost, lost again, new item, N/A', async () => {
    const history = await lostHistory(fx.db, { indexId: INDEX, unitId: 'xa-a' });
    const yoy = yearOverYear(history, 2024);
    assert.equal(yoy.previousYear, 2023);
    const status = (code: string) => yoy.items.get(code);
    assert.deepEqual(status('D1.1.1'), { status: 'recovered', prevLost: 1, streak: 0 });
    assert.deepEqual(status('D1.1.2'), { status: 'new', prevLost: 0, streak: 1 });
    assert.deepEqual(status('D1.2.1'), { status: 'again', prevLost: 0.8, streak: 2 });
    assert.deepEqual(status('D2.1.1'), { status: 'again', prevLost: 1, streak: 2 });
    assert.deepEqual(status('D2.1.2'), { status: 'na', prevLost: 0, streak: 0 });
    assert.deepEqual(status('D2.1.4'), { status: 'not_comparable', prevLost: null, streak: 1 });
    assert.deepEqual(yoy.counts, { new: 1, again: 2, recovered: 1, kept: 0, not_comparable: 1, na: 1 }, 'sub-criteria only');
    assert.equal(yoy.items.get('D2.1')?.status, 'again', 'criteria have a status too');
  });

  test('a unit formed by a merger has no previous year, never its predecessor’s', async () => {
    const yoy = yearOverYear(await lostHistory(fx.db, { indexId: INDEX, unitId: 'xa-e' }), 2024);
    assert.equal(yoy.previousYear, null);
    assert.ok([...yoy.items.values()].every((i) => i.status === 'not_comparable'));
  });
});

describe('peers', () => {
  test('own or common problem, with the best peers that kept full points', async () => {
    const rows = await lostPeers(fx.db, { indexId: INDEX, year: 2024, unitId: 'xa-a' });
    const view = (code: string) => peerView(rows.find((r) => r.item_code === code));
    const d211 = view('D2.1.1');
    assert.deepEqual([d211?.status, d211?.peersLost, d211?.peers], ['common', 2, 3]);
    assert.deepEqual(
      d211?.fullPeers.map((p) => p.unit_id),
      ['xa-e'],
    );
    const d214 = view('D2.1.4');
    assert.deepEqual([d214?.status, d214?.peersLost, d214?.peers], ['own', 1, 3]);
    assert.deepEqual(
      d214?.fullPeers.map((p) => p.unit_id),
      ['xa-b', 'xa-e'],
      'best ranked first',
    );
    assert.equal(view('D1.2.1')?.status, 'common');
  });
});

describe('across units', () => {
  test('heatmap cells: every unit × sub-criterion, N/A apart from nothing lost', async () => {
    const cells = await hotspotCells(fx.db, { indexId: INDEX, year: 2024, level: 'sub_criterion', domain: '' });
    assert.equal(cells.length, 24);
    const cell = (unit: string, item: string) => cells.find((c) => c.unit_id === unit && c.item_code === item);
    assert.deepEqual([cell('xa-a', 'D2.1.2')?.applicable, cell('xa-a', 'D2.1.2')?.lost_share], [false, null]);
    assert.deepEqual([cell('xa-b', 'D2.1.2')?.applicable, cell('xa-b', 'D2.1.2')?.lost_share], [true, 0]);
    assert.equal(cell('xa-a', 'D2.1.1')?.lost_share, 0.6);
    const d2 = await hotspotCells(fx.db, { indexId: INDEX, year: 2024, level: 'criterion', domain: 'D2' });
    assert.deepEqual([...new Set(d2.map((c) => c.item_code))], ['D2.1']);
  });

  test('most-lost items with the share of units losing points', async () => {
    const rows = await mostLostItems(fx.db, { indexId: INDEX, year: 2024, level: 'sub_criterion', domain: '' });
    assert.deepEqual(
      rows.map((r) => [r.item_code, r.total_lost, r.units_losing, r.units_scored, r.kind]),
      [
        ['D2.1.1', 5.5, 3, 4, 'appraisal'],
        ['D2.1.4', 3, 2, 4, 'appraisal'],
        // The survey-scored item keeps its kind, so the views can set it apart.
        ['D1.2.1', 1.7, 3, 4, 'survey'],
        ['D1.1.2', 1.5, 2, 4, 'appraisal'],
        ['D2.1.2', 1, 1, 3, 'appraisal'],
        ['D1.1.1', 0, 0, 4, 'appraisal'],
      ],
    );
  });

  test('points lost per kind of deduction, with examples; lost points without a reason apart', async () => {
    const rows = await lostByReason(fx.db, { indexId: INDEX, year: 2024, domain: '' });
    assert.deepEqual(
      rows.map((r) => [r.category_id, r.lost_points, r.deductions]),
      [
        ['evidence', 5, 2],
        ['online', 3, 2],
        ['late', 1.5, 2],
        ['survey', 1.5, 2],
        ['publication', 1, 1],
        ['overdue', 0.5, 1],
        ['', 0.2, 1],
      ],
    );
    assert.equal(rows.reduce((s, r) => s + r.share, 0).toFixed(6), '1.000000');
    assert.deepEqual(rows[0]?.examples, ['Không có tài liệu kiểm chứng', 'Tài liệu kiểm chứng chưa đầy đủ']);
    assert.equal(rows.at(-1)?.name_vi, null);
  });

  test('self-assessed against appraised, per unit, per item and per year', async () => {
    const claims = await unitClaims(fx.db, { indexId: INDEX, year: 2024 });
    assert.deepEqual(
      claims.map((c) => [c.unit_id, c.self_score, c.appraised, c.cut]),
      [
        ['xa-c', 16, 11, 5],
        ['xa-a', 13, 8.5, 4.5],
        ['xa-e', 16, 15, 1],
        ['xa-b', 16, 15.5, 0.5],
      ],
    );
    const items = await itemCuts(fx.db, { indexId: INDEX, year: 2024 });
    assert.deepEqual(items[0] && [items[0].item_code, items[0].units_cut, items[0].points_cut], ['D2.1.1', 3, 5.5]);
    const trend = await claimTrend(fx.db, INDEX);
    assert.deepEqual(
      trend.map((r) => [r.year, r.units, r.mean_cut]),
      [
        [2023, 4, 0.75],
        [2024, 4, 2.75],
      ],
    );
  });
});
