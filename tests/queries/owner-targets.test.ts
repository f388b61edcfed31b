import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { ownerLosses, ownerRanks, ownerTargets } from '../../src/queries/owner-targets.ts';
import { listOwners } from '../../src/queries/owners.ts';
import { writeQueryFixture } from './fixture.ts';

/**
 * The sample departments index ('smp', framework 'fw' in 2024 and 2025) gets an owner 'vp' of D1 and
 * D1.1.1 (inherited), D1 scores for 2024 (d3's missing), an explicit target for d2 in 2025, round-2
 * deductions on D1.1.1 in 2025, and a year 2026 under another framework (no default target there).
 */
const OWNERS = `
INSERT INTO owners VALUES
  ('smp', 'vp', 'Văn phòng Sở', 'Office', 'office', NULL, 0),
  ('smp', 'pc', 'Phòng Pháp chế', 'Legal', 'office', NULL, 1);
INSERT INTO item_owners VALUES
  ('smp', 'fw', 'D1', 'vp', false), ('smp', 'fw', 'D1.1.1', 'vp', true), ('smp', 'fw', 'D2', 'pc', false),
  ('smp', 'fw2', 'D1', 'vp', false);
INSERT INTO targets VALUES ('smp', 2025, 'd2', 'D1', 38, 'Cam kết của Giám đốc Sở');
INSERT INTO index_years VALUES ('smp', 2026, 'fw2', NULL, NULL, NULL, 1, true);
INSERT INTO framework_items VALUES
  ('fw2', 'TOTAL', NULL, 'total', 'Tổng', 'Total', 100, 'mixed', NULL, 0),
  ('fw2', 'D1', 'TOTAL', 'domain', 'Chỉ đạo', 'Direction', 50, 'appraisal', 'D1', 1);
INSERT INTO scores (index_id, year, unit_id, item_code, item_level, domain_code, applicable, max_points,
                    final_score, lost_points, reason_vi, source_urls, source_file, is_sample, computed_rank) VALUES
  ('smp', 2024, 'd1', 'D1', 'domain', 'D1', true, 40, 32, 8, NULL, [], 'raw/x.csv', true, 2),
  ('smp', 2024, 'd2', 'D1', 'domain', 'D1', true, 40, 35, 5, NULL, [], 'raw/x.csv', true, 1),
  ('smp', 2024, 'd3', 'D1', 'domain', 'D1', true, 40, NULL, NULL, NULL, [], 'raw/x.csv', true, NULL),
  ('smp', 2025, 'd1', 'D1.1.1', 'sub_criterion', 'D1', true, 40, 30, 10, 'Thiếu tài liệu kiểm chứng', [], 'raw/x.csv', true, NULL),
  ('smp', 2025, 'd2', 'D1.1.1', 'sub_criterion', 'D1', true, 40, 36, 4, 'Thiếu tài liệu kiểm chứng', [], 'raw/x.csv', true, NULL),
  ('smp', 2025, 'd3', 'D1.1.1', 'sub_criterion', 'D1', true, 40, 38, 2, 'Báo cáo gửi chậm', [], 'raw/x.csv', true, NULL),
  ('smp', 2026, 'd1', 'D1', 'domain', 'D1', true, 50, 45, 5, NULL, [], 'raw/x.csv', true, 1),
  ('smp', 2026, 'd1', 'TOTAL', 'total', NULL, true, 100, 90, 10, NULL, [], 'raw/x.csv', true, 1);
`;

let db: Db;
before(async () => {
  db = await openNodeDb(await writeQueryFixture(OWNERS));
});

const pick = (rows: Awaited<ReturnType<typeof ownerTargets>>) =>
  rows.map((r) => [r.unit_id, r.item_code, r.points, r.last_year_points, r.target_points, r.target_kind, r.met, r.vs_target]);

describe('owner targets', () => {
  test("last year's points are the target unless the province set one; missing last year means no target", async () => {
    const rows = await ownerTargets(db, { indexId: 'smp', ownerId: 'vp', year: 2025 });
    assert.deepEqual(pick(rows), [
      // Ordered by unit name: Sở Tài chính (d2), Sở Tư pháp (d1), Sở Y tế (d3).
      ['d2', 'D1', 36, 35, 38, 'explicit', false, -2],
      ['d1', 'D1', 30, 32, 32, 'last_year', false, -2],
      ['d3', 'D1', 38, null, null, null, null, null],
    ]);
    assert.equal(rows[0]!.target_note_vi, 'Cam kết của Giám đốc Sở');
    assert.equal(rows[1]!.target_note_vi, null);
    assert.equal(rows[0]!.item_name_vi, 'Chỉ đạo');
  });

  test('only the items assigned to the owner (inherited sub-items are not listed twice)', async () => {
    const rows = await ownerTargets(db, { indexId: 'smp', ownerId: 'pc', year: 2025 });
    assert.deepEqual(
      rows.map((r) => [r.unit_id, r.item_code, r.points, r.target_points]),
      [
        ['d2', 'D2', 49, null],
        ['d1', 'D2', 55, null],
        ['d3', 'D2', 57, null],
      ],
    );
  });

  test('across a framework change there is no default target', async () => {
    const rows = await ownerTargets(db, { indexId: 'smp', ownerId: 'vp', year: 2026 });
    assert.deepEqual(pick(rows), [['d1', 'D1', 45, null, null, null, null, null]]);
  });

  test('an unknown owner or year gives no rows', async () => {
    assert.deepEqual(await ownerTargets(db, { indexId: 'smp', ownerId: 'nobody', year: 2025 }), []);
    assert.deepEqual(await ownerTargets(db, { indexId: 'smp', ownerId: 'vp', year: 2019 }), []);
  });
});

describe('owner losses', () => {
  test('the finest owned items that lost most, with the reason given most often', async () => {
    assert.deepEqual(await ownerLosses(db, { indexId: 'smp', ownerId: 'vp', year: 2025 }), [
      {
        item_code: 'D1.1.1',
        name_vi: 'Kế hoạch',
        name_en: 'Plan',
        item_level: 'sub_criterion',
        kind: 'appraisal',
        units_lost: 3,
        units_scored: 3,
        lost_total: 16,
        top_reason_vi: 'Thiếu tài liệu kiểm chứng',
        top_reason_units: 2,
      },
    ]);
  });

  test('none for an owner whose items lost nothing or have no detail', async () => {
    assert.deepEqual(await ownerLosses(db, { indexId: 'smp', ownerId: 'pc', year: 2025 }), []);
  });
});

describe('owner list', () => {
  test('owners with their items in the latest framework and the years with scores on them', async () => {
    const owners = await listOwners(db, { indexId: 'smp' });
    assert.deepEqual(
      owners.map((o) => [o.owner_id, o.items.map((i) => i.item_code), o.years]),
      [
        // vp's latest framework is fw2 (2026), pc's is fw (2024–2025).
        ['vp', ['D1'], [2024, 2025, 2026]],
        ['pc', ['D2'], [2025]],
      ],
    );
    assert.equal((await listOwners(db)).length, 2);
  });
});

describe('owner ranks', () => {
  test("each ranked unit's overall rank and its ranks on the owner's items, against a year earlier", async () => {
    const rows = await ownerRanks(db, { indexId: 'smp', ownerId: 'vp', year: 2025 });
    assert.deepEqual(
      rows.map((r) => [r.unit_id, r.item_code, r.rank, r.last_year_rank, r.rank_change]),
      [
        // Sở Tài chính fell in D1 (1 → 2) and kept its total rank (2 → 2).
        ['d2', 'TOTAL', 2, 2, 0],
        ['d2', 'D1', 2, 1, -1],
        // Sở Tư pháp fell overall (1 → 2) and in D1 (2 → 3).
        ['d1', 'TOTAL', 2, 1, -1],
        ['d1', 'D1', 3, 2, -1],
        // Sở Y tế rose overall (3 → 1); its 2024 D1 score is missing, so no change.
        ['d3', 'TOTAL', 1, 3, 2],
        ['d3', 'D1', 1, null, null],
      ],
    );
  });

  test('across a framework change a domain rank is compared only where the crosswalk continues it', async () => {
    const rows = await ownerRanks(db, { indexId: 'smp', ownerId: 'vp', year: 2026 });
    assert.deepEqual(
      rows.map((r) => [r.unit_id, r.item_code, r.rank, r.last_year_rank]),
      [
        ['d1', 'TOTAL', 1, 2],
        ['d1', 'D1', 1, null],
      ],
    );
  });
});
