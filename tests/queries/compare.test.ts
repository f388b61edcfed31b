/**
 * The comparison page's questions against real DuckDB over the query fixture plus sub-criteria of the
 * sample index `smp` in 2025: the items of the finest level the chosen units have (domains where there
 * is no detail), their spreads, the default choice, and the whole view of a state.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { compareItems } from '../../src/queries/compare-items.ts';
import { listIndices, type IndexSummary } from '../../src/queries/indices.ts';
import { itemSpreads } from '../../src/views/compare-items.ts';
import { rankKindsNote } from '../../src/views/compare-rank-note.ts';
import { defaultUnits } from '../../src/views/compare-state.ts';
import { compareData, compareView } from '../../src/views/compare-view.ts';
import { staticDocument } from '../../src/views/static-render.ts';
import { writeQueryFixture } from './fixture.ts';
import { bodyCells, headCells } from './view-helpers.ts';

// d1–d3's sub-criteria of 2025: D2.1.1 does not apply to d2 and has no score for d3; D1.2.1 does not apply to d2.
const DETAIL_SQL = `
INSERT INTO framework_items VALUES ('fw', 'D2.1.1', 'D2', 'sub_criterion', 'Ban hành', 'Issuing', 60, 'appraisal', 'D2', 1),
  ('fw', 'D1.2.1', 'D1', 'sub_criterion', 'Báo cáo', 'Report', 20, 'appraisal', 'D1', 2);
INSERT INTO scores (index_id, year, unit_id, item_code, item_level, domain_code, applicable, max_points, final_score, pct_of_max, source_urls, source_file, is_sample) VALUES
  ('smp', 2025, 'd1', 'D1.1.1', 'sub_criterion', 'D1', true, 40, 30, 75, [], 'x', true),
  ('smp', 2025, 'd2', 'D1.1.1', 'sub_criterion', 'D1', true, 40, 36, 90, [], 'x', true),
  ('smp', 2025, 'd3', 'D1.1.1', 'sub_criterion', 'D1', true, 40, 38.5, 96.25, [], 'x', true),
  ('smp', 2025, 'd1', 'D2.1.1', 'sub_criterion', 'D2', true, 60, 55, 91.67, [], 'x', true),
  ('smp', 2025, 'd2', 'D2.1.1', 'sub_criterion', 'D2', false, NULL, NULL, NULL, [], 'x', true),
  ('smp', 2025, 'd3', 'D2.1.1', 'sub_criterion', 'D2', true, 60, NULL, NULL, [], 'x', true),
  ('smp', 2025, 'd1', 'D1.2.1', 'sub_criterion', 'D1', true, 20, 10, 50, [], 'x', true),
  ('smp', 2025, 'd2', 'D1.2.1', 'sub_criterion', 'D1', false, NULL, NULL, NULL, [], 'x', true),
  ('smp', 2025, 'd3', 'D1.2.1', 'sub_criterion', 'D1', true, 20, 20, 100, [], 'x', true);
`;

let db: Db;
let indices: Map<string, IndexSummary>;
before(async () => {
  db = await openNodeDb(await writeQueryFixture(DETAIL_SQL));
  indices = new Map((await listIndices(db)).map((i) => [i.index_id, i]));
});

describe('compareItems', () => {
  test('the sub-criteria of the chosen units only; not applicable marked as such, a missing score NULL', async () => {
    const rows = await compareItems(db, 'smp', 2025, ['d1', 'd3']);
    assert.deepEqual(
      rows.map((r) => [r.item_code, r.item_level, r.unit_id, r.applicable, r.max_points, r.final_score, r.pct]),
      [
        ['D1.1.1', 'sub_criterion', 'd1', true, 40, 30, 75],
        ['D1.1.1', 'sub_criterion', 'd3', true, 40, 38.5, 96.25],
        ['D1.2.1', 'sub_criterion', 'd1', true, 20, 10, 50],
        ['D1.2.1', 'sub_criterion', 'd3', true, 20, 20, 100],
        ['D2.1.1', 'sub_criterion', 'd1', true, 60, 55, 91.67],
        ['D2.1.1', 'sub_criterion', 'd3', true, 60, null, null],
      ],
    );
    assert.deepEqual(
      (await compareItems(db, 'smp', 2025, ['d2'])).filter((r) => !r.applicable).map((r) => [r.item_code, r.max_points, r.pct]),
      [
        ['D1.2.1', null, null],
        ['D2.1.1', null, null],
      ],
    );
  });

  test('domains where the index has no detail', async () => {
    const rows = await compareItems(db, 'nat', 2024, ['an-giang', 'kien-giang']);
    assert.deepEqual(
      rows.map((r) => [r.item_code, r.item_level, r.unit_id, r.final_score, r.name_en]),
      [['D1', 'domain', 'an-giang', 36, 'Direction']],
    );
    assert.deepEqual(await compareItems(db, 'smp', 2024, ['d1', 'd2']), []);
  });

  test('spreads in percentage points, largest first; an item with one score has none', async () => {
    const spreads = itemSpreads('vi', await compareItems(db, 'smp', 2025, ['d1', 'd2', 'd3']));
    assert.deepEqual(
      spreads.map((s) => [s.code, s.name, s.spread]),
      [
        ['D1.2.1', 'Báo cáo', 50],
        ['D1.1.1', 'Kế hoạch', 21.25],
      ],
    );
  });
});

describe('the comparison view', () => {
  test('the default choice: the first three by rank in the latest year with ranks', async () => {
    const data = await compareData(db, 'smp');
    assert.deepEqual(defaultUnits(data.ranks), { units: ['d3', 'd1', 'd2'], year: 2025 });
    assert.deepEqual(defaultUnits(data.ranks, 2), { units: ['d3', 'd1'], year: 2025 });
  });

  test('two units: scores, ranks, domain profiles and the items table with each unit’s points', async () => {
    const data = await compareData(db, 'smp');
    const choices = [
      { id: 'd1', label: 'Sở Tư pháp' },
      { id: 'd3', label: 'Sở Y tế' },
    ];
    const view = await compareView(db, staticDocument(), {
      locale: 'vi',
      index: indices.get('smp')!,
      state: { units: ['d3', 'd1'], year: 2025 },
      data,
      choices,
    });
    assert.equal(view.prompt, '');
    assert.equal(view.missing, '');
    assert.match(view.scores!.table, /<td>95,00%<\/td><td>85,00%<\/td>/);
    assert.match(view.ranks!.table, /<th scope="row">2025<\/th><td>1<\/td><td>2<\/td>/);
    assert.match(view.profiles!.table, /<th scope="row">Thể chế<\/th><td>95,00%<\/td><td>91,67%<\/td>/);
    assert.equal(view.itemsHeading, 'Các mục chênh lệch nhiều nhất năm 2025');
    assert.deepEqual(headCells(view.itemsTable).labels, ['Mục', 'Sở Y tế', 'Sở Tư pháp', 'Chênh lệch']);
    assert.deepEqual(bodyCells(view.itemsTable), [
      ['D1.2.1 Báo cáo', '20 / 20', '10 / 20', '50,0 điểm %'],
      ['D1.1.1 Kế hoạch', '38,5 / 40', '30 / 40', '21,3 điểm %'],
    ]);
  });

  test('an item that does not apply to a unit says so, unlike a missing score', async () => {
    const view = await compareView(db, staticDocument(), {
      locale: 'en',
      index: indices.get('smp')!,
      state: { units: ['d1', 'd2', 'd3'], year: 2025 },
      data: await compareData(db, 'smp'),
      choices: [],
    });
    assert.deepEqual(bodyCells(view.itemsTable), [
      ['D1.2.1 Report', '10 / 20', 'not applicable', '20 / 20', '50.0 pct. points'],
      ['D1.1.1 Plan', '30 / 40', '36 / 40', '38.5 / 40', '21.3 pct. points'],
    ]);
  });

  test('a unit without a score in the year is said to have none, not drawn as 0', async () => {
    const data = await compareData(db, 'nat');
    const view = await compareView(db, staticDocument(), {
      locale: 'en',
      index: indices.get('nat')!,
      state: { units: ['ha-noi', 'an-giang'], year: 2024 },
      data,
      choices: [],
    });
    assert.equal(view.missing, 'No data in 2024: ha-noi.');
    assert.match(view.scores!.table, /<th scope="row">2024<\/th><td>–<\/td><td>85.50%<\/td>/);
    assert.deepEqual(bodyCells(view.itemsTable), []);
    assert.match(view.itemsTable, /No item has the scores of at least two/);
    assert.match(view.profiles!.table, /<th scope="row">Direction<\/th><td>–<\/td><td>90.00%<\/td>/);
    assert.equal(view.profilesNote, '');
  });

  test('no domain scores in the year: no empty chart, a note says so', async () => {
    const view = await compareView(db, staticDocument(), {
      locale: 'en',
      index: indices.get('nat')!,
      state: { units: ['ha-noi', 'kien-giang'], year: 2024 },
      data: await compareData(db, 'nat'),
      choices: [],
    });
    assert.equal(view.profiles, null);
    assert.equal(view.profilesNote, 'None of these units has domain scores in 2024.');
  });

  test('fewer than two units: a prompt, no charts', async () => {
    const view = await compareView(db, staticDocument(), {
      locale: 'vi',
      index: indices.get('smp')!,
      state: { units: ['d1'], year: 2025 },
      data: await compareData(db, 'smp'),
      choices: [],
    });
    assert.equal(view.prompt, 'Hãy chọn ít nhất 2 đơn vị để so sánh.');
    assert.deepEqual([view.scores, view.ranks, view.profiles, view.itemsTable], [null, null, null, '']);
  });
});

describe('which rank, per year', () => {
  test('published ranks of two years of one count are one run; the count is said', async () => {
    const view = await compareView(db, staticDocument(), {
      locale: 'en',
      index: indices.get('nat')!,
      state: { units: ['ha-noi', 'an-giang'], year: 2024 },
      data: await compareData(db, 'nat'),
      choices: [],
    });
    assert.match(view.ranks!.caption, /Which rank, per year: 2023–2024: published rank, among 63 units\.$/);
    assert.doesNotMatch(view.scores!.caption, /Which rank/);
  });

  test('computed ranks, and a count that changes between years', async () => {
    const smp = await compareData(db, 'smp');
    assert.equal(rankKindsNote('vi', smp.ranks, [2024, 2025]), 'Hạng từng năm: 2024–2025: hạng tính từ điểm, trong 3 đơn vị có điểm.');
    const min = await compareData(db, 'min');
    assert.equal(
      rankKindsNote('en', min.ranks, [2022, 2023]),
      'Which rank, per year: 2022: published rank, among 18 units; 2023: published rank, among 17 units.',
    );
    assert.equal(rankKindsNote('en', [], [2022]), '');
  });
});
