/**
 * Owners and targets: the miniature data dir gets two owners of the provinces index, D1 assigned for
 * every framework, D2 for the 2023 framework, and a target. The build writes the three tables (owners
 * of sub-items inherited); every reference that points nowhere is refused with file, row and column.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildData } from '../../scripts/data/build.ts';
import type { Framework, FrameworkItem } from '../../scripts/data/framework-item.ts';
import { inheritOwners } from '../../scripts/data/owners.ts';
import { append, buildEdited, copyFixture, replace, type Edits } from '../fixtures/build/fixture.ts';

const OWNERS = [
  'index_id,owner_id,name_vi,name_en,kind,note_vi',
  'vn-provinces,so-noi-vu,Sở Nội vụ,Department of Home Affairs,department,Phân công thường gặp',
  'vn-provinces,van-phong,Văn phòng UBND tỉnh,Office of the PC,office,',
];
const ITEM_OWNERS = [
  'index_id,framework_id,item_code,owner_id',
  'vn-provinces,,D1,so-noi-vu',
  'vn-provinces,fx-provinces-2023,D2,van-phong',
];
const TARGETS = ['index_id,year,unit_id,item_code,target_points,note_vi', 'vn-provinces,2024,quang-ninh,D1,36.5,Kế hoạch 2024'];

function edits(owners: readonly string[], items: readonly string[], targets: readonly string[]): Edits {
  return {
    'reference/owners.csv': append(...owners),
    'reference/item-owners.csv': append(...items),
    'reference/targets.csv': append(...targets),
    'sources.json': replace(
      '"grade_thresholds": [\n        "reference/grade-thresholds.csv"\n      ],',
      '"grade_thresholds": [\n        "reference/grade-thresholds.csv"\n      ],\n      "owners": ["reference/owners.csv"],\n' +
        '      "item_owners": ["reference/item-owners.csv"],\n      "targets": ["reference/targets.csv"],',
    ),
  };
}

async function errorsOf(owners: readonly string[], items: readonly string[], targets: readonly string[]): Promise<string[]> {
  const result = await buildEdited(edits(owners, items, targets));
  assert.equal(result.ok, false, 'the build should fail');
  return result.ok ? [] : result.errors;
}

describe('owners and targets', () => {
  test('are written as tables, with every item under an assigned one', async () => {
    const tmp = copyFixture(edits(OWNERS, ITEM_OWNERS, TARGETS));
    try {
      const result = await buildData({ dataDir: tmp.dataDir, outDir: tmp.outDir, progress: null });
      assert.ok(result.ok, result.ok ? '' : result.errors.join('\n'));
      const conn = await (await DuckDBInstance.create(':memory:')).connect();
      const read = async (table: string, order: string) =>
        (
          await conn.runAndReadAll(`SELECT * FROM '${path.join(tmp.outDir, 'parquet', `${table}.parquet`)}' ORDER BY ${order}`)
        ).getRowObjectsJS();
      assert.deepEqual(
        (await read('owners', 'sort_order')).map((o) => [o.owner_id, o.kind, o.note_vi, o.sort_order]),
        [
          ['so-noi-vu', 'department', 'Phân công thường gặp', 0],
          ['van-phong', 'office', null, 1],
        ],
      );
      assert.deepEqual(
        (await read('item_owners', 'item_code')).map((o) => [o.framework_id, o.item_code, o.owner_id, o.is_inherited]),
        [
          ['fx-provinces-2023', 'D1', 'so-noi-vu', false],
          ['fx-provinces-2023', 'D2', 'van-phong', false],
        ],
      );
      assert.deepEqual(await read('targets', 'item_code'), [
        { index_id: 'vn-provinces', year: 2024, unit_id: 'quang-ninh', item_code: 'D1', target_points: 36.5, note_vi: 'Kế hoạch 2024' },
      ]);
    } finally {
      tmp.remove();
    }
  });

  test('references that point nowhere are refused with file, row and column', async () => {
    const errors = await errorsOf(
      [...OWNERS, 'vn-nowhere,x,X,X,office,', 'vn-provinces,Bad Id,X,X,office,', 'vn-provinces,so-noi-vu,Trùng,Dup,team,'],
      [
        ...ITEM_OWNERS,
        'vn-provinces,,D9,so-noi-vu',
        'vn-provinces,,D1,nobody',
        'vn-provinces,fx-ministries-2023,D1,so-noi-vu',
        'vn-provinces,,TOTAL,so-noi-vu',
        'vn-provinces,,D1,van-phong',
      ],
      [
        ...TARGETS,
        'vn-provinces,2019,,D1,10,',
        'vn-provinces,2024,atlantis,D1,10,',
        'vn-provinces,2024,,D1,41,',
        'vn-provinces,2024,,D7,1,',
        'vn-provinces,2024,,D2,,',
        'vn-provinces,2024,quang-ninh,D1,30,',
      ],
    );
    const expected = [
      'reference/owners.csv:4:index_id: vn-nowhere — unknown index (no index year of it in any index-years file)',
      'reference/owners.csv:5:owner_id: Bad Id — an id is lower-case letters, digits and single hyphens',
      'reference/owners.csv:6:kind: team — unknown value (expected one of department, office, post)',
      'reference/item-owners.csv:4:item_code: D9 — no such item in fx-provinces-2023',
      'reference/item-owners.csv:5:owner_id: nobody — not an owner of vn-provinces (add it to an owners file)',
      'reference/item-owners.csv:6:framework_id: fx-ministries-2023 — not a framework vn-provinces used (see index-years)',
      'reference/item-owners.csv:7:item_code: TOTAL — the total has no single owner: assign its domains or lower items',
      'reference/item-owners.csv:8:item_code: D1 — duplicate of row 2 (same index, framework and item)',
      'reference/targets.csv:3:year: 2019 — vn-provinces has no index year 2019',
      'reference/targets.csv:4:unit_id: atlantis — unknown unit (not in any units file)',
      "reference/targets.csv:5:target_points: 41 — above the item's maximum (40)",
      'reference/targets.csv:6:item_code: D7 — no such item in fx-provinces-2023',
      'reference/targets.csv:7:target_points: (empty) — required value is empty',
      'reference/targets.csv:8:item_code: D1 — duplicate of row 2 (same index, year, unit and item)',
    ];
    for (const line of expected) assert.ok(errors.includes(line), `missing: ${line}\ngot:\n${errors.join('\n')}`);
  });
});

describe('inherited owners', () => {
  const item = (item_code: string, parent_code: string | null): FrameworkItem =>
    ({ framework_id: 'fw', item_code, parent_code }) as FrameworkItem;
  const fw: Framework = {
    id: 'fw',
    file: 'frameworks/fw.csv',
    items: new Map(
      [item('TOTAL', null), item('D1', 'TOTAL'), item('D1.1', 'D1'), item('D1.1.1', 'D1.1'), item('D1.2', 'D1'), item('D2', 'TOTAL')].map(
        (i) => [i.item_code, i],
      ),
    ),
  };
  test('the nearest assigned ancestor wins; items with none stay without an owner', () => {
    const rows = inheritOwners(
      [
        { index_id: 'x', framework_id: 'fw', item_code: 'D1', owner_id: 'a' },
        { index_id: 'x', framework_id: 'fw', item_code: 'D1.1', owner_id: 'b' },
      ],
      new Map([['fw', fw]]),
    );
    assert.deepEqual(
      rows.map((r) => [r.item_code, r.owner_id, r.is_inherited]),
      [
        ['D1', 'a', false],
        ['D1.1', 'b', false],
        ['D1.1.1', 'b', true],
        ['D1.2', 'a', true],
      ],
    );
  });
});
