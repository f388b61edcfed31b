/**
 * A unit that scores others (the sample province): its indices and every unit in them before and after a
 * reorganisation, over the fixture with its reorganised index.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { allScopeIndices, scopeIndices, scopeUnits } from '../../src/queries/scope-units.ts';
import { succession } from '../../src/views/succession.ts';
import { writeQueryFixture } from './fixture.ts';
import { REORGANISATION_SQL } from './fixture-reorganisation.ts';

let db: Db;
before(async () => {
  db = await openNodeDb(await writeQueryFixture(REORGANISATION_SQL));
});

describe('scope: what a province has instead of a score', () => {
  test('its indices, with years, the latest count and whether a lost-points page exists; none for other units', async () => {
    assert.deepEqual(
      (await scopeIndices(db, 'sp')).map((i) => [i.index_id, i.first_year, i.latest_year, i.latest_units, i.has_detail]),
      [
        ['smp', 2024, 2025, 3, false],
        ['reo', 2022, 2025, 3, false],
      ],
    );
    assert.deepEqual(await scopeIndices(db, 'ha-noi'), []);
  });

  test('allScopeIndices: every scoring unit at once, the same as scopeIndices', async () => {
    const all = await allScopeIndices(db);
    assert.deepEqual([...all.keys()], ['sp']);
    assert.deepEqual(all.get('sp'), await scopeIndices(db, 'sp'));
  });

  test('every unit of each index, before and after the reorganisation', async () => {
    const { units, lineage } = await scopeUnits(db, 'sp');
    const names = (us: readonly { name_vi: string }[]) => us.map((u) => u.name_vi);
    const reo = succession(
      units.filter((u) => u.index_id === 'reo'),
      lineage,
    );
    assert.equal(reo.year, 2025, 'the first year after the latest reorganisation (r7, new in 2024, is absorbed in 2025)');
    assert.deepEqual(
      reo.rows.map((r) => [names(r.before), r.event, r.after?.name_vi ?? null]),
      [
        [['Sở Một', 'Sở Bảy'], 'absorb', 'Sở Một'],
        [['Sở Hai', 'Sở Ba'], 'merge', 'Sở Năm'],
        [['Sở Bốn'], 'rename', 'Sở Sáu'],
      ],
      'every unit appears once; the absorbing unit is listed with the unit it absorbed',
    );
    const smp = succession(
      units.filter((u) => u.index_id === 'smp'),
      lineage,
    );
    assert.deepEqual(
      [smp.year, smp.rows.map((r) => [names(r.before), r.event, r.after?.name_vi])],
      [
        null,
        [
          [['Sở Tài chính'], 'unchanged', 'Sở Tài chính'],
          [['Sở Tư pháp'], 'unchanged', 'Sở Tư pháp'],
          [['Sở Y tế'], 'unchanged', 'Sở Y tế'],
        ],
      ],
    );
  });

  test('a unit that ended with no successor has its own row', () => {
    const unit = (unit_id: string, valid_from: number | null, valid_to: number | null) => ({
      index_id: 'x',
      unit_id,
      name_vi: unit_id,
      name_en: null,
      level: 'district',
      valid_from,
      valid_to,
    });
    const s = succession([unit('h1', null, 2024), unit('h2', null, 2024)], []);
    assert.deepEqual(
      [s.year, s.rows.map((r) => [r.before.map((u) => u.unit_id), r.event, r.after])],
      [
        2025,
        [
          [['h1'], 'ended', null],
          [['h2'], 'ended', null],
        ],
      ],
    );
  });
});
