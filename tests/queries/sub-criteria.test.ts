/**
 * Sub-criterion movers of the trends page, against real DuckDB over the query fixture plus
 * fixture-trends.ts and fixture-sub-criteria.ts: sub-criteria belong to their domain's series, keep their
 * code across frameworks, take the later year's name, and a unit that absorbed another in between is
 * flagged; the movers then leave that unit out and stop at the domain's breaks.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { subCriterionScores } from '../../src/queries/sub-criterion-scores.ts';
import { subCriteriaMovers } from '../../src/trends/sub-criterion-movers.ts';
import { writeQueryFixture } from './fixture.ts';
import { SUB_CRITERIA_SQL } from './fixture-sub-criteria.ts';
import { TRENDS_SQL } from './fixture-trends.ts';

let db: Db;
before(async () => {
  db = await openNodeDb(await writeQueryFixture(`${TRENDS_SQL}\n${SUB_CRITERIA_SQL}`));
});

const compact = (rows: Awaited<ReturnType<typeof subCriterionScores>>) =>
  rows.map((r) => `${r.item_code} ${r.name_en} ${r.year} ${r.unit_id} ${r.pct ?? 'null'} ${r.break_reason ?? '-'}`);

describe('subCriterionScores', () => {
  test("a domain's sub-criteria in two years of one framework; NULL stays NULL", async () => {
    assert.deepEqual(compact(await subCriterionScores(db, 'trn', 'D1', 2021, 2022)), [
      'D1.1.1 Plan 2021 d1 50 -',
      'D1.1.1 Plan 2022 d1 75 -',
      'D1.1.1 Plan 2021 d2 70 -',
      'D1.1.1 Plan 2022 d2 65 -',
      'D1.1.1 Plan 2021 d3 90 -',
      'D1.1.1 Plan 2022 d3 90 -',
      'D1.1.2 Report 2021 d1 40 -',
      'D1.1.2 Report 2022 d1 30 -',
      'D1.1.2 Report 2021 d2 60 -',
      'D1.1.2 Report 2022 d2 null -',
      'D1.1.2 Report 2021 d3 80 -',
      'D1.1.2 Report 2022 d3 85 -',
    ]);
  });

  test("across a framework change: matched by code, the later year's name, not applicable left out, a unit's merger flagged", async () => {
    assert.deepEqual(compact(await subCriterionScores(db, 'trn', 'D2', 2022, 2023)), [
      'D2.1.1 Issuing documents 2022 d1 50 -',
      'D2.1.1 Issuing documents 2023 d1 75 merger',
      'D2.1.1 Issuing documents 2022 d2 80 -',
      'D2.1.1 Issuing documents 2023 d2 60 -',
      'D2.1.1 Issuing documents 2022 d3 60 -',
      'D2.1.2 Reviewing documents 2023 d1 90 merger',
      'D2.1.2 Reviewing documents 2023 d2 100 -',
    ]);
    assert.deepEqual(compact(await subCriterionScores(db, 'trn', 'D1', 2021, 2023)).slice(0, 2), [
      'D1.1.1 Annual plan 2021 d1 50 -',
      'D1.1.1 Annual plan 2023 d1 70 merger',
    ]);
  });

  test('a series without sub-criteria, or an index without detail, has no rows', async () => {
    assert.deepEqual(await subCriterionScores(db, 'trn', 'D4', 2022, 2023), []);
    assert.deepEqual(await subCriterionScores(db, 'smp', 'D1', 2024, 2025), []);
  });
});

describe('subCriteriaMovers', () => {
  test('per sub-criterion the units that rose and fell most, the one that moved most first', async () => {
    const result = subCriteriaMovers(await subCriterionScores(db, 'trn', 'D1', 2021, 2022), new Map(), 2021, 2022);
    assert.ok(result.comparable);
    assert.deepEqual(
      result.items.map((i) => [i.code, i.name_en, i.moved, i.movers.improved, i.movers.deteriorated, i.movers.compared]),
      [
        ['D1.1.1', 'Plan', 25, [{ unit_id: 'd1', from: 50, to: 75, change: 25 }], [{ unit_id: 'd2', from: 70, to: 65, change: -5 }], 3],
        ['D1.1.2', 'Report', 10, [{ unit_id: 'd3', from: 80, to: 85, change: 5 }], [{ unit_id: 'd1', from: 40, to: 30, change: -10 }], 2],
      ],
    );
  });

  test("a unit's own reorganisation leaves it out; a sub-criterion nobody has in both years is dropped", async () => {
    const result = subCriteriaMovers(await subCriterionScores(db, 'trn', 'D2', 2022, 2023), new Map(), 2022, 2023);
    assert.ok(result.comparable);
    assert.deepEqual(
      result.items.map((i) => [i.code, i.movers.improved.length, i.movers.deteriorated, i.movers.compared]),
      [['D2.1.1', 0, [{ unit_id: 'd2', from: 80, to: 60, change: -20 }], 1]],
    );
  });

  test("the domain's break stops the comparison, with its year and reason", async () => {
    const rows = await subCriterionScores(db, 'trn', 'D1', 2022, 2023);
    assert.deepEqual(subCriteriaMovers(rows, new Map([[2023, 'framework']]), 2022, 2023), {
      comparable: false,
      year: 2023,
      reason: 'framework',
    });
  });
});
