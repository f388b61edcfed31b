/** Lineage grouped by what happened (merged, absorbed, renamed), over the fixture with its reorganised index. */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { formedByMerger, lineageGroups, unitLineage } from '../../src/queries/unit-lineage.ts';
import { writeQueryFixture } from './fixture.ts';
import { REORGANISATION_SQL } from './fixture-reorganisation.ts';

let db: Db;
before(async () => {
  db = await openNodeDb(await writeQueryFixture(REORGANISATION_SQL));
});

describe('lineage: events by what happened', () => {
  test('absorbed (the absorbing unit kept its id), merged, renamed, from both sides', async () => {
    const groups = async (unitId: string) =>
      lineageGroups(await unitLineage(db, unitId)).map((g) => [g.direction, g.event, g.links.map((l) => l.unit_id)]);
    assert.deepEqual(await groups('r1'), [['predecessor', 'absorb', ['r7']]]);
    assert.deepEqual(await groups('r7'), [['successor', 'absorb', ['r1']]]);
    assert.deepEqual(await groups('r5'), [['predecessor', 'merge', ['r3', 'r2']]]);
    assert.deepEqual(await groups('r2'), [['successor', 'merge', ['r5']]]);
    assert.deepEqual(await groups('r6'), [['predecessor', 'rename', ['r4']]]);
    assert.deepEqual(await groups('r4'), [['successor', 'rename', ['r6']]]);
  });

  test('only a merger forms a unit "by merger": not absorbing a unit, not a renaming', async () => {
    assert.deepEqual(await Promise.all(['r1', 'r5', 'r6', 'an-giang-2025'].map(async (id) => formedByMerger(await unitLineage(db, id)))), [
      false,
      true,
      false,
      true,
    ]);
  });
});
