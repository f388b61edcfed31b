import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { listUnits, getUnit } from '../../src/queries/units.ts';
import { unitHistory } from '../../src/queries/unit-history.ts';
import { unitDomains } from '../../src/queries/unit-domains.ts';
import { unitLineage } from '../../src/queries/unit-lineage.ts';
import { writeQueryFixture } from './fixture.ts';

let db: Db;
before(async () => { db = await openNodeDb(await writeQueryFixture()); });

describe('unit queries', () => {
  test('listUnits: real units first, with the indices they have scores in', async () => {
    const units = await listUnits(db);
    assert.equal(units.length, 8);
    assert.equal(units.findIndex((u) => u.is_sample), 4);
    assert.deepEqual(units.find((u) => u.unit_id === 'd1')?.index_ids, ['smp']);
    assert.deepEqual(units.find((u) => u.unit_id === 'an-giang-2025')?.index_ids, []);
    assert.deepEqual(units.find((u) => u.unit_id === 'an-giang')?.aliases, ['An Giang']);
    assert.equal((await getUnit(db, 'd2'))?.parent_name_vi, 'Tỉnh Mẫu');
    assert.equal(await getUnit(db, 'nope'), undefined);
  });

  test('unitHistory: its own series only, with the peer median', async () => {
    const rows = await unitHistory(db, 'd3');
    assert.deepEqual(rows.map((r) => [r.year, r.score_pct, r.rank, r.peer_median_pct]), [[2024, 75, 3, 80], [2025, 95, 1, 85]]);
    assert.deepEqual(await unitHistory(db, 'an-giang-2025'), [], 'a merged unit does not inherit its predecessors\' series');
  });

  test('unitDomains: percent of maximum against the best and the median', async () => {
    const rows = await unitDomains(db, { indexId: 'smp', year: 2025, unitId: 'd1' });
    assert.deepEqual(rows.map((r) => [r.item_code, r.unit_pct, r.unit_rank, r.median_pct, r.best_pct, r.peers]), [
      ['D1', 75, 3, 90, 95, 3],
      ['D2', 91.67, 2, 91.67, 95, 3],
    ]);
  });

  test('unitLineage: predecessors and successors with the date', async () => {
    const merged = await unitLineage(db, 'an-giang-2025');
    assert.deepEqual(merged.map((l) => [l.direction, l.unit_id, l.effective_date]), [
      ['predecessor', 'an-giang', '2025-07-01'],
      ['predecessor', 'kien-giang', '2025-07-01'],
    ]);
    assert.deepEqual((await unitLineage(db, 'kien-giang')).map((l) => [l.direction, l.unit_id, l.event]), [['successor', 'an-giang-2025', 'merge']]);
  });
});
