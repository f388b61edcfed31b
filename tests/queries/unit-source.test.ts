/** The build's in-memory unit source answers exactly as the per-unit queries, for every unit of the fixture and of the built sample. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { memoryUnitSource, queryUnitSource } from '../../src/views/unit-source.ts';
import { writeQueryFixture } from './fixture.ts';

async function compare(db: Db, every = 1): Promise<number> {
  const units = (await db.all<{ unit_id: string }>('SELECT unit_id FROM units ORDER BY unit_id')).filter((_, i) => i % every === 0);
  const memory = memoryUnitSource(db);
  const queries = queryUnitSource(db);
  for (const { unit_id: unit } of units) {
    const history = await queries.history(unit);
    assert.deepEqual(await memory.history(unit), history, `history ${unit}`);
    for (const r of history)
      assert.deepEqual(
        await memory.domains(r.index_id, r.year, unit),
        await queries.domains(r.index_id, r.year, unit),
        `domains ${unit} ${r.year}`,
      );
  }
  return units.length;
}

test('the query fixture: every unit', async () => {
  assert.ok((await compare(await openNodeDb(await writeQueryFixture()))) >= 9);
});

test('the built data (when data/dist exists): one unit in ten', { skip: !existsSync('data/dist/manifest.json') }, async () => {
  assert.ok((await compare(await openNodeDb('data/dist'), 10)) >= 30);
});
