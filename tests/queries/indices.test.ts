import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { listIndices } from '../../src/queries/indices.ts';
import { indexYears } from '../../src/queries/index-years.ts';
import { headline } from '../../src/queries/headline.ts';
import { domainOptions } from '../../src/queries/domains.ts';
import { frameworkDomains } from '../../src/queries/frameworks.ts';
import { writeQueryFixture } from './fixture.ts';

let db: Db;
before(async () => {
  db = await openNodeDb(await writeQueryFixture());
});

describe('index queries', () => {
  test('listIndices: real first, latest year and its completeness', async () => {
    const rows = await listIndices(db);
    assert.deepEqual(
      rows.map((r) => [r.index_id, r.first_year, r.latest_year, r.latest_units_ranked, r.latest_is_partial]),
      [
        ['nat', 2023, 2024, 63, true],
        ['min', 2022, 2023, 17, true],
        ['smp', 2024, 2025, null, false],
      ],
    );
  });

  test('indexYears: decision and source per year', async () => {
    const rows = await indexYears(db, 'nat');
    assert.deepEqual(
      rows.map((r) => [r.year, r.decision_vi]),
      [
        [2023, null],
        [2024, 'Quyết định 268/QĐ-BNV, 28/3/2025'],
      ],
    );
  });

  test('headline: counts, extremes of the published, and the published national mean', async () => {
    const h = await headline(db, 'nat', 2024);
    assert.deepEqual(
      [h?.units_with_score, h?.units_in_data, h?.units_ranked, h?.is_partial, h?.best_pct, h?.worst_pct, h?.published_mean_pct],
      [2, 3, 63, true, 85.5, 84, 88.37],
    );
    assert.equal(h?.mean_pct, (85.5 + 84) / 2);
    const ministries = await headline(db, 'min', 2023);
    assert.equal(ministries?.published_mean_pct, 84.38, 'the ministries\' published mean (scope "ministries")');
    const sample = await headline(db, 'smp', 2025);
    assert.equal(sample?.published_mean_pct, null, 'no published mean for a sample index');
    assert.equal(await headline(db, 'nat', 1999), undefined);
  });

  test('domainOptions: domains with data, in framework order', async () => {
    const rows = await domainOptions(db, 'smp');
    assert.deepEqual(
      rows.map((r) => [r.item_code, r.name_en, r.years]),
      [
        ['D1', 'Direction', [2025]],
        ['D2', 'Institutions', [2025]],
      ],
    );
    assert.deepEqual(
      (await domainOptions(db, 'nat')).map((r) => [r.item_code, r.years]),
      [['D1', [2024]]],
    );
    assert.deepEqual(await domainOptions(db, 'min'), []);
  });

  test('frameworkDomains: domains per framework with the years it applied', async () => {
    const rows = await frameworkDomains(db);
    assert.deepEqual(
      rows.map((r) => [r.index_id, r.first_year, r.last_year, r.item_code, r.max_points, r.children]),
      [
        ['min', 2022, 2023, 'D1', 40, 1],
        ['min', 2022, 2023, 'D2', 60, 0],
        ['nat', 2023, 2024, 'D1', 40, 1],
        ['nat', 2023, 2024, 'D2', 60, 0],
        ['smp', 2024, 2025, 'D1', 40, 1],
        ['smp', 2024, 2025, 'D2', 60, 0],
      ],
    );
  });
});

describe('indexLevels', () => {
  test('levels of the ranked units', async () => {
    const { indexLevels } = await import('../../src/queries/index-years.ts');
    assert.deepEqual(await indexLevels(db, 'smp'), ['department']);
    assert.deepEqual(await indexLevels(db, 'nat'), ['province']);
    assert.deepEqual(await indexLevels(db, 'min'), ['ministry']);
  });
});
