import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { listUnits } from '../../src/queries/units.ts';
import { unitHistory } from '../../src/queries/unit-history.ts';
import { unitDomains } from '../../src/queries/unit-domains.ts';
import { allUnitLineage, unitLineage } from '../../src/queries/unit-lineage.ts';
import { allUnitSources, unitSources } from '../../src/queries/unit-sources.ts';
import { writeQueryFixture } from './fixture.ts';

let db: Db;
before(async () => {
  db = await openNodeDb(await writeQueryFixture());
});

describe('unit queries', () => {
  test('listUnits: real units first, with the indices they have scores in', async () => {
    const units = await listUnits(db);
    assert.equal(units.length, 9);
    assert.equal(
      units.findIndex((u) => u.is_sample),
      5,
    );
    assert.deepEqual(units.find((u) => u.unit_id === 'd1')?.index_ids, ['smp']);
    assert.deepEqual(units.find((u) => u.unit_id === 'an-giang-2025')?.index_ids, []);
    assert.deepEqual(units.find((u) => u.unit_id === 'an-giang')?.aliases, ['An Giang']);
    const d2 = units.find((u) => u.unit_id === 'd2');
    assert.deepEqual([d2?.parent_id, d2?.parent_name_vi, d2?.parent_name_en], ['sp', 'Tỉnh Mẫu', 'Sample Province']);
    const hanoi = units.find((u) => u.unit_id === 'ha-noi');
    assert.deepEqual([hanoi?.parent_id, hanoi?.parent_name_vi, hanoi?.parent_name_en], [null, null, null]);
  });

  test('unitHistory: its own series only, with the peer median', async () => {
    const rows = await unitHistory(db, 'd3');
    assert.deepEqual(
      rows.map((r) => [r.year, r.score_pct, r.rank, r.peer_median_pct]),
      [
        [2024, 75, 3, 80],
        [2025, 95, 1, 85],
      ],
    );
    assert.deepEqual(await unitHistory(db, 'an-giang-2025'), [], "a merged unit does not inherit its predecessors' series");
  });

  test('unitHistory: no peer median in partial years, where the few published units are no peer group', async () => {
    const rows = await unitHistory(db, 'an-giang');
    assert.deepEqual(
      rows.map((r) => [r.year, r.score_pct, r.rank, r.peer_median_pct, r.source_urls]),
      [
        [2023, 81.32, 63, null, ['https://example.org/src']],
        [2024, 85.5, 50, null, ['https://example.org/src', 'https://example.org/src-2']],
      ],
    );
  });

  test('unitDomains: in a partial year, the unit alone, without median or best', async () => {
    const rows = await unitDomains(db, { indexId: 'nat', year: 2024, unitId: 'an-giang' });
    assert.deepEqual(
      rows.map((r) => [r.item_code, r.unit_pct, r.unit_rank, r.median_pct, r.best_pct, r.is_partial]),
      [['D1', 90, 12, null, null, true]],
    );
  });

  test("unitSources: every page and file behind the unit's figures, domains included", async () => {
    assert.deepEqual(await unitSources(db, 'an-giang'), [
      { source_url: 'https://example.org/domains', source_file: 'raw/x.csv', years: [2024] },
      { source_url: 'https://example.org/src', source_file: 'raw/x.csv', years: [2023, 2024] },
      { source_url: 'https://example.org/src-2', source_file: 'raw/x.csv', years: [2024] },
    ]);
    assert.deepEqual(await unitSources(db, 'd1'), [{ source_url: null, source_file: 'raw/x.csv', years: [2024, 2025] }]);
  });

  test('unitDomains: percent of maximum against the best and the median', async () => {
    const rows = await unitDomains(db, { indexId: 'smp', year: 2025, unitId: 'd1' });
    assert.deepEqual(
      rows.map((r) => [r.item_code, r.unit_pct, r.unit_rank, r.median_pct, r.best_pct, r.peers]),
      [
        ['D1', 75, 3, 90, 95, 3],
        ['D2', 91.67, 2, 91.67, 95, 3],
      ],
    );
  });

  test('unitLineage: predecessors and successors with the date', async () => {
    const merged = await unitLineage(db, 'an-giang-2025');
    assert.deepEqual(
      merged.map((l) => [l.direction, l.unit_id, l.effective_date]),
      [
        ['predecessor', 'an-giang', '2025-07-01'],
        ['predecessor', 'kien-giang', '2025-07-01'],
      ],
    );
    assert.deepEqual(
      (await unitLineage(db, 'kien-giang')).map((l) => [l.direction, l.unit_id, l.event]),
      [['successor', 'an-giang-2025', 'merge']],
    );
  });

  test('allUnitSources and allUnitLineage: the same answers for every unit as the one-unit queries, in one query each', async () => {
    const [sources, lineage] = await Promise.all([allUnitSources(db), allUnitLineage(db)]);
    assert.deepEqual([...lineage.keys()].sort(), ['an-giang', 'an-giang-2025', 'kien-giang']);
    assert.ok(sources.has('an-giang') && sources.has('d1'));
    for (const unit of await listUnits(db)) {
      assert.deepEqual(sources.get(unit.unit_id) ?? [], await unitSources(db, unit.unit_id), unit.unit_id);
      assert.deepEqual(lineage.get(unit.unit_id) ?? [], await unitLineage(db, unit.unit_id), unit.unit_id);
    }
  });
});
