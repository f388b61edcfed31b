/**
 * Domain series across frameworks, against real DuckDB over the query fixture plus fixture-trends.ts:
 * a renamed domain is joined, a re-weighted and a split one break, a new one begins, a year gap breaks
 * every series, and a unit that absorbed another breaks on its own.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { openNodeDb } from '../../src/db/node.ts';
import type { Db } from '../../src/db/types.ts';
import { domainSeries } from '../../src/queries/domain-series.ts';
import { publishedMeans, trendDistribution, trendScores } from '../../src/queries/domain-trends.ts';
import { writeQueryFixture } from './fixture.ts';
import { TRENDS_SQL } from './fixture-trends.ts';

let db: Db;
before(async () => {
  db = await openNodeDb(await writeQueryFixture(TRENDS_SQL));
});

describe('domainSeries', () => {
  test('follows each domain through the crosswalk, with a break where it may not be joined', async () => {
    const rows = await domainSeries(db, 'trn');
    const compact = rows.map((r) => `${r.series} ${r.year} ${r.item_code} ${r.name_en} ${r.break_reason ?? '-'} ${r.relation ?? '-'}`);
    assert.deepEqual(compact, [
      'TOTAL 2021 TOTAL Total - -',
      'TOTAL 2022 TOTAL Total - -',
      'TOTAL 2023 TOTAL Total framework -',
      'TOTAL 2025 TOTAL Total gap -',
      'D1 2021 D1 Direction - -',
      'D1 2022 D1 Direction - -',
      'D1 2023 D1 Direction framework reweighted',
      'D1 2025 D1 Direction gap -',
      'D2 2021 D2 Institutions - -',
      'D2 2022 D2 Institutions - -',
      'D2 2023 D2 Institutions - renamed',
      'D2 2025 D2 Institutions gap -',
      'D3 2021 D3 Digital government - -',
      'D3 2022 D3 Digital government - -',
      'D3 2023 D3 Digital government framework split',
      'D3 2025 D3 Digital government gap -',
      'D4 2023 D4 Digital transformation framework split',
      'D4 2025 D4 Digital transformation gap -',
      'D5 2023 D5 Finance framework new',
      'D5 2025 D5 Finance gap -',
    ]);
    assert.deepEqual(
      rows.filter((r) => r.series === 'D1' && r.year === 2023).map((r) => [r.note_vi, r.note_en]),
      [['Tối đa 40 → 30', 'Maximum 40 → 30']],
    );
  });
});

describe('trendScores', () => {
  test("a unit's percent per series and year; NULL stays NULL, not applicable is left out", async () => {
    const rows = await trendScores(db, 'trn', 'd2');
    assert.deepEqual(
      rows.map((r) => [r.series, r.year, r.pct, r.break_reason]),
      [
        ['D1', 2021, 60, null],
        ['D1', 2022, 65, null],
        ['D1', 2023, 70, 'framework'],
        ['D2', 2021, null, null],
        ['D2', 2022, 70, null],
        ['D2', 2023, 75, null],
        ['D4', 2023, 40, 'framework'],
      ],
    );
  });

  test('a unit that absorbed another breaks that year even where the domain continues', async () => {
    const rows = await trendScores(db, 'trn', 'd1');
    assert.deepEqual(
      rows.filter((r) => r.year >= 2023).map((r) => [r.series, r.year, r.pct, r.break_reason]),
      [
        ['D1', 2023, 60, 'framework'],
        ['D1', 2025, 62, 'gap'],
        ['D2', 2023, 90, 'merger'],
        ['D4', 2023, 30, 'framework'],
      ],
    );
    assert.equal((await trendScores(db, 'trn')).length, 24);
  });
});

describe('trendDistribution', () => {
  test('median, quartiles, best and worst of the units with a score', async () => {
    const rows = await trendDistribution(db, 'trn');
    const pick = (series: string, year: number) => rows.find((r) => r.series === series && r.year === year);
    assert.deepEqual(pick('D2', 2021), {
      series: 'D2',
      year: 2021,
      n: 2,
      min: 80,
      q1: 82.5,
      median: 85,
      q3: 87.5,
      max: 90,
      units_ranked: 3,
      is_partial: false,
      break_reason: null,
    });
    assert.deepEqual(
      [pick('D3', 2021)?.n, pick('D3', 2021)?.median, pick('D1', 2023)?.median, pick('D1', 2023)?.break_reason],
      [2, 50, 70, 'framework'],
    );
    assert.deepEqual(pick('D5', 2023), {
      series: 'D5',
      year: 2023,
      n: 0,
      min: null,
      q1: null,
      median: null,
      q3: null,
      max: null,
      units_ranked: 3,
      is_partial: false,
      break_reason: 'framework',
    });
    assert.equal(pick('D2', 2023)?.break_reason, 'merger');
  });
});

describe('publishedMeans', () => {
  test('the national mean of the index level; none for a province-internal index', async () => {
    assert.deepEqual(await publishedMeans(db, 'nat'), [
      { year: 2024, scope: 'provinces', value: 88.37, source_url: 'https://example.org/mean' },
    ]);
    assert.deepEqual(await publishedMeans(db, 'min'), [
      { year: 2023, scope: 'ministries', value: 84.38, source_url: 'https://example.org/mmean' },
    ]);
    assert.deepEqual(await publishedMeans(db, 'trn'), []);
  });
});
