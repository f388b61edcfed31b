/**
 * The rankings page's view (charts, ranking table, unit list) for a state, built from real DuckDB
 * queries over the fixture Parquet, as at build time and in the explorer.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { listIndices, type IndexSummary } from '../../src/queries/indices.ts';
import { rankingsDefaults, rankingsView } from '../../src/views/rankings-view.ts';
import type { RankingsState } from '../../src/views/rankings-state.ts';
import { staticDocument } from '../../src/views/static-render.ts';
import { writeQueryFixture } from './fixture.ts';
import { bodyCells, bodyLinks, headCells, labelFills } from './view-helpers.ts';

let db: Db;
let indices: Map<string, IndexSummary>;
before(async () => {
  db = await openNodeDb(await writeQueryFixture());
  indices = new Map((await listIndices(db)).map((i) => [i.index_id, i]));
});

const view = (indexId: string, state: Partial<RankingsState>, locale: 'vi' | 'en' = 'vi', years = [2023, 2024]) =>
  rankingsView(db, staticDocument(), {
    locale,
    index: indices.get(indexId)!,
    state: { ...rankingsDefaults(years), ...state },
    domains: [{ code: 'D1', label: 'Chỉ đạo' }],
  });

describe('rankingsView: the ranking table', () => {
  test('the default state: the latest year by rank, changes against the year before, groups, first source', async () => {
    const v = await view('nat', {});
    assert.equal(v.rankingHeading, 'Bảng xếp hạng năm 2024 · Chỉ số tổng');
    assert.deepEqual(headCells(v.rankingTable), {
      labels: ['Hạng', 'Đơn vị', 'Điểm (%)', 'Δ hạng', 'Δ điểm', 'Nhóm', 'Nguồn'],
      sorted: ['Hạng', 'ascending'],
    });
    assert.deepEqual(bodyCells(v.rankingTable), [
      ['3', 'Hà Nội', '–', '0', '–', '–', 'Nguồn'],
      ['50', 'An Giang', '85,50%', '+13', '+4,18', 'B', 'Nguồn'],
      ['55', 'Kiên Giang', '84,00%', '−15', '–', 'B', 'Nguồn'],
    ]);
    assert.deepEqual(bodyLinks(v.rankingTable), [
      ['Hà Nội', '/units/ha-noi/'],
      ['Nguồn', 'https://example.org/src'],
      ['An Giang', '/units/an-giang/'],
      ['Nguồn', 'https://example.org/src'],
      ['Kiên Giang', '/units/kien-giang/'],
      ['Nguồn', 'https://example.org/src'],
    ]);
  });

  test('places are not compared between rankings of different sizes (2nd of 18 → 1st of 17); scores are', async () => {
    const v = await view('min', {}, 'vi', [2022, 2023]);
    assert.deepEqual(bodyCells(v.rankingTable), [['1', 'Bộ Tư pháp', '89,95%', '–', '−0,68', '–', 'Nguồn']]);
  });

  test('sorted by score: missing scores last, the score column marked as sorted', async () => {
    const v = await view('nat', { sort: 'score' });
    assert.deepEqual(
      bodyCells(v.rankingTable).map((r) => r[1]),
      ['An Giang', 'Kiên Giang', 'Hà Nội'],
    );
    assert.deepEqual(headCells(v.rankingTable).sorted, ['Điểm (%)', 'descending']);
  });

  test('a domain: its own ranking, no groups (none published for domains), no source column for the sample', async () => {
    const v = await view('smp', { item: 'D1' }, 'vi', [2024, 2025]);
    assert.equal(v.rankingHeading, 'Bảng xếp hạng năm 2025 · Chỉ đạo');
    assert.deepEqual(bodyCells(v.rankingTable), [
      ['1', 'Sở Y tế', '95,00%', '–', '–', '–'],
      ['2', 'Sở Tài chính', '90,00%', '–', '–', '–'],
      ['3', 'Sở Tư pháp', '75,00%', '–', '–', '–'],
    ]);
  });

  test("the sample's total: computed ranks, a tie sorted by name, groups from its own thresholds", async () => {
    const v = await view('smp', {}, 'vi', [2024, 2025]);
    assert.deepEqual(bodyCells(v.rankingTable), [
      ['1', 'Sở Y tế', '95,00%', '+2', '+20,00', 'A'],
      ['2', 'Sở Tài chính', '85,00%', '0', '+5,00', 'B'],
      ['2', 'Sở Tư pháp', '85,00%', '−1', '−5,00', 'B'],
    ]);
  });

  test('in English: English names, labels and number format', async () => {
    const v = await view('nat', {}, 'en');
    assert.equal(v.rankingHeading, 'Ranking 2024 · Overall index');
    assert.deepEqual(bodyCells(v.rankingTable), [
      ['3', 'Hanoi', '–', '0', '–', '–', 'Source'],
      ['50', 'An Giang', '85.50%', '+13', '+4.18', 'B', 'Source'],
      ['55', 'Kien Giang', '84.00%', '−15', '–', 'B', 'Source'],
    ]);
    assert.deepEqual(bodyLinks(v.rankingTable)[0], ['Hanoi', '/en/units/ha-noi/']);
  });

  test('a level keeps its units; a level without units gives an empty table', async () => {
    assert.equal(bodyCells((await view('nat', { level: 'province' })).rankingTable).length, 3);
    const none = await view('nat', { level: 'ward' });
    assert.deepEqual([bodyCells(none.rankingTable), none.units], [[], []]);
  });
});

describe('rankingsView: charts and the unit list', () => {
  test('the bump chart has every unit-year; units that merged away are marked; the caption names the item', async () => {
    const v = await view('nat', {});
    assert.deepEqual(bodyCells(v.bump.table), [
      ['Hà Nội', '3', '3'],
      ['An Giang (Kết thúc do sáp nhập)', '63', '50'],
      ['Kiên Giang (Kết thúc do sáp nhập)', '40', '55'],
    ]);
    assert.match(v.bump.caption, /^Thứ hạng qua các năm · Chỉ số tổng\. /);
  });

  test('the slope chart goes from `from` to `to`', async () => {
    const v = await view('nat', {});
    assert.deepEqual(bodyCells(v.slope.table), [
      ['Hà Nội', '3', '3', '0'],
      ['An Giang', '63', '50', '+13'],
      ['Kiên Giang', '40', '55', '−15'],
    ]);
    assert.equal(v.slope.caption, 'Thay đổi thứ hạng từ 2023 đến 2024 · Chỉ số tổng');
  });

  test('chosen units are drawn in colour, the others in grey; by default the top of the `to` year is', async () => {
    const names = ['Hà Nội', 'An Giang', 'Kiên Giang'];
    const chosen = labelFills((await view('nat', { units: ['kien-giang'] })).bump.svgs[0]?.svg ?? '', names);
    assert.equal(chosen['Hà Nội'], chosen['An Giang'], 'not chosen: the same grey');
    assert.notEqual(chosen['Kiên Giang'], chosen['Hà Nội']);
    const byDefault = labelFills((await view('nat', {})).bump.svgs[0]?.svg ?? '', names);
    assert.equal(new Set(Object.values(byDefault)).size, 3, 'three units, all in the default top five, three colours');
  });

  test('the unit list: every unit of the chart, in Vietnamese alphabetical order', async () => {
    assert.deepEqual((await view('nat', {})).units, [
      { id: 'an-giang', label: 'An Giang' },
      { id: 'ha-noi', label: 'Hà Nội' },
      { id: 'kien-giang', label: 'Kiên Giang' },
    ]);
  });
});
