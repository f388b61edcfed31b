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
import { bodyCells, bodyLinks, headCells, labelFills, noteOf } from './view-helpers.ts';
import { REORGANISATION_SQL } from './fixture-reorganisation.ts';

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

  test('places are not compared between rankings of different sizes (2nd of 18 → 1st of 17), and the cell says so; scores are', async () => {
    const v = await view('min', {}, 'vi', [2022, 2023]);
    assert.deepEqual(bodyCells(v.rankingTable), [['1', 'Bộ Tư pháp', '89,95%', 'hạng 1/17, năm 2022: 2/18', '−0,68', '–', 'Nguồn']]);
    assert.equal(
      noteOf(v.rankingTable),
      'Δ hạng: số bậc tăng (+) hoặc giảm (−) so với năm 2022, chỉ tính cho đơn vị giữ nguyên mã, giữa hai bảng xếp hạng cùng số đơn vị. ' +
        'Không đơn vị nào so sánh được thứ hạng với năm 2022: 1 đơn vị vì số đơn vị xếp hạng đổi từ 18 thành 17.',
    );
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
    const none = 'không có hạng năm 2024 trong dữ liệu';
    assert.deepEqual(bodyCells(v.rankingTable), [
      ['1', 'Sở Y tế', '95,00%', none, '–', '–'],
      ['2', 'Sở Tài chính', '90,00%', none, '–', '–'],
      ['3', 'Sở Tư pháp', '75,00%', none, '–', '–'],
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
    assert.equal(
      v.bump.caption,
      'Thứ hạng qua các năm · Chỉ số tổng, mọi năm có dữ liệu. Đường đứt quãng ở năm không có thứ hạng công bố. ✕ Kết thúc do sáp nhập.',
    );
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

describe('rankingsView: table, slope chart and captions follow one rank-change rule', () => {
  let reo: Db;
  before(async () => {
    reo = await openNodeDb(await writeQueryFixture(REORGANISATION_SQL));
  });
  const YEARS = [2022, 2023, 2024, 2025];
  const PAIR = { from: 2023, to: 2024 };
  const reoView = async (state: Partial<RankingsState>, locale: 'vi' | 'en' = 'vi') =>
    rankingsView(reo, staticDocument(), {
      locale,
      index: (await listIndices(reo)).find((i) => i.index_id === 'reo')!,
      state: { ...rankingsDefaults(YEARS, PAIR), ...state },
      domains: [],
      pair: PAIR,
    });

  test('the default: the table of the latest year says why no change is shown; the slope chart compares the pair and says why', async () => {
    const v = await reoView({});
    assert.deepEqual(
      bodyCells(v.rankingTable).map((r) => [r[1], r[3]]),
      [
        ['Sở Một', 'hạng 1/3, năm 2024: 2/4'],
        ['Sở Năm', 'Đơn vị mới sau sáp nhập 2025'],
        ['Sở Sáu', 'Mã mới sau đổi tên 2025'],
      ],
    );
    assert.deepEqual(bodyCells(v.slope.table), [
      ['Sở Hai', '2', '1', '+1'],
      ['Sở Một', '1', '2', '−1'],
      ['Sở Bốn', '4', '3', '+1'],
      ['Sở Bảy', '–', '4', '–'],
      ['Sở Ba', '3', '–', '–'],
    ]);
    assert.match(v.slope.svgs.at(-1)?.svg ?? '', /Từ 2023 đến 2024: 2 đơn vị tăng, 1 đơn vị giảm, 0 đơn vị giữ nguyên/);
    assert.equal(
      (v.slope.svgs.at(-1)?.svg ?? '').match(/data-mark="link"[^>]*>((?:<path[^>]*>(?:<\/path>)?)+)/)?.[1]?.match(/<path/g)?.length,
      3,
      'a line for each compared unit',
    );
    assert.equal(
      v.slope.caption,
      'Thay đổi thứ hạng từ 2023 đến 2024 · Chỉ số tổng. ' +
        '2 đơn vị không so sánh được thứ hạng với năm 2023: 1 đơn vị mới từ 2024; 1 đơn vị thiếu hạng của một trong hai năm trong dữ liệu. ' +
        'Mặc định là 2023 → 2024, hai năm gần nhất so sánh được thứ hạng: sau năm 2024, không đơn vị nào so sánh được thứ hạng với năm trước (cột Δ hạng của bảng xếp hạng nói lý do).',
    );
  });

  test('the pair across the reorganisation: no riser or faller is counted, no line is drawn, the caption says why', async () => {
    const v = await reoView({ from: 2024, to: 2025 }, 'en');
    assert.match(v.slope.svgs.at(-1)?.svg ?? '', /From 2024 to 2025: 0 units rose, 0 fell, 0 unchanged/);
    assert.doesNotMatch(v.slope.svgs.at(-1)?.svg ?? '', /data-mark="link"/, 'no line joins values the rule does not compare');
    assert.equal(
      v.slope.caption,
      'Change in rank from 2024 to 2025 · Overall index. ' +
        'No rank can be compared with 2024: 1 because the number ranked changed from 4 to 3; 1 new after the 2025 merger; 1 with a new id after the 2025 renaming.',
    );
    assert.deepEqual(
      bodyCells(v.slope.table).map((r) => r[3]),
      ['–', '–', '–'],
    );
  });

  test("the table of the slope chart's later year tells the same changes as the slope chart", async () => {
    const v = await reoView({ year: 2024 });
    const table = new Map(bodyCells(v.rankingTable).map((r) => [r[1], r[3]]));
    const slope = new Map(bodyCells(v.slope.table).map((r) => [r[0], r[3]]));
    assert.deepEqual(
      [...slope.entries()].filter(([, change]) => change !== '–'),
      [...table.entries()].filter(([, change]) => /^[+−0]/.test(change ?? '')),
    );
  });

  test('the bump chart names what ended and began lines: a reorganisation, not only mergers', async () => {
    const v = await reoView({});
    assert.match(v.bump.caption, /✕ Kết thúc do sắp xếp lại\. ◆ Mã mới sau sắp xếp lại\.$/);
    assert.deepEqual(
      bodyCells(v.bump.table).map((r) => r[0]),
      [
        'Sở Một',
        'Sở Năm (Mã mới sau sắp xếp lại)',
        'Sở Sáu (Mã mới sau sắp xếp lại)',
        'Sở Hai (Kết thúc do sắp xếp lại)',
        'Sở Bốn (Kết thúc do sắp xếp lại)',
        'Sở Bảy (Kết thúc do sắp xếp lại)',
        'Sở Ba (Kết thúc do sắp xếp lại)',
      ],
    );
  });
});
