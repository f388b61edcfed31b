/** The build's in-memory answers (loadIndexLostSource) equal the per-unit queries, for every unit and year of the fixture and the sample. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { loadIndexLostSource, queryLostSource } from '../../src/queries/lost-index.ts';
import { buildLostFixture, type LostFixture } from '../fixtures/lost/fixture.ts';

let fx: LostFixture;
before(async () => {
  fx = await buildLostFixture();
});
after(() => fx.remove());

async function compare(db: Db, indexId: string, limit = Infinity): Promise<number> {
  const pairs = await db.all<{ unit_id: string; year: number }>(
    `SELECT DISTINCT unit_id, year FROM scores WHERE index_id = ? AND item_level = 'sub_criterion' ORDER BY year, unit_id`,
    [indexId],
  );
  const memory = await loadIndexLostSource(db, indexId);
  const queries = queryLostSource(db, indexId);
  const chosen = pairs.filter((_, i) => i % Math.max(1, Math.ceil(pairs.length / limit)) === 0);
  for (const { unit_id: unit, year } of chosen) {
    assert.deepEqual(await memory.breakdown(unit, year), await queries.breakdown(unit, year), `breakdown ${unit} ${year}`);
    assert.deepEqual(await memory.peers(unit, year), await queries.peers(unit, year), `peers ${unit} ${year}`);
    assert.deepEqual(await memory.history(unit), await queries.history(unit), `history ${unit}`);
    assert.deepEqual(await memory.detailYears(unit), await queries.detailYears(unit), `years ${unit}`);
  }
  return chosen.length;
}

test('the fixture: every unit and year', async () => {
  assert.equal(await compare(fx.db, 'fx-communes'), 8);
});

test('the built sample (when data/dist exists): a spread of communes', { skip: !existsSync('data/dist/manifest.json') }, async () => {
  const db = await openNodeDb('data/dist');
  assert.ok((await compare(db, 'sample-communes', 12)) >= 10);
});
