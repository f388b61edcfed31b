/** The rankings page's URL state: what a shared link means, and how a view is written back. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRankingsState, rankingsDefaults, serialiseRankingsState, type RankingsState } from '../../src/views/rankings-state.ts';

const config = {
  years: [2021, 2022, 2023, 2024],
  domains: [
    { code: 'D1', label: 'Chỉ đạo', years: [2021, 2022, 2023, 2024] },
    { code: 'D2', label: 'Thể chế', years: [2023, 2024] },
  ],
  levels: ['commune', 'ward'],
  units: [
    { id: 'xa-a', label: 'Xã A' },
    { id: 'phuong-b', label: 'Phường B' },
  ],
};
const DEFAULTS: RankingsState = { item: 'TOTAL', year: 2024, from: 2023, to: 2024, units: [], level: '', sort: 'rank' };

describe('rankings state: defaults', () => {
  test('no parameters: the total, the last two years, every level, by rank', () => {
    assert.deepEqual(rankingsDefaults(config.years), DEFAULTS);
    const parsed = parseRankingsState('', config);
    assert.deepEqual(parsed.values, DEFAULTS);
    assert.deepEqual([[...parsed.given], parsed.issues], [[], []]);
    assert.equal(serialiseRankingsState(DEFAULTS, config), '');
  });

  test('a single year: from and to are that year', () => {
    assert.deepEqual(rankingsDefaults([2025]), { ...DEFAULTS, year: 2025, from: 2025, to: 2025 });
  });
});

describe('rankings state: round trips', () => {
  test('every field set: written in spec order, defaults omitted, read back the same', () => {
    const state: RankingsState = {
      item: 'D2',
      year: 2024,
      from: 2021,
      to: 2024,
      units: ['phuong-b', 'xa-a'],
      level: 'ward',
      sort: 'scoreChange',
    };
    const query = serialiseRankingsState(state, config);
    assert.equal(query, 'domain=D2&from=2021&level=ward&units=phuong-b,xa-a&sort=scoreChange');
    const parsed = parseRankingsState(query, config);
    assert.deepEqual(parsed.values, state);
    assert.deepEqual([...parsed.given].sort(), ['from', 'item', 'level', 'sort', 'units'], '`domain` is the item');
    assert.deepEqual(parsed.issues, []);
  });

  test('an earlier `to`: `from` follows it to the year before, and the table shows `to` (as links always meant)', () => {
    const parsed = parseRankingsState('to=2022', config);
    assert.deepEqual([parsed.values.year, parsed.values.from, parsed.values.to], [2022, 2021, 2022]);
    assert.equal(serialiseRankingsState(parsed.values, config), 'from=2021&to=2022');
  });

  test("the table's year on its own; the slope chart's years stay the default", () => {
    const parsed = parseRankingsState('year=2022', config);
    assert.deepEqual([parsed.values.year, parsed.values.from, parsed.values.to], [2022, 2023, 2024]);
    assert.equal(serialiseRankingsState(parsed.values, config), 'year=2022');
    const both = parseRankingsState('year=2024&from=2021&to=2022', config);
    assert.deepEqual([both.values.year, both.values.from, both.values.to], [2024, 2021, 2022]);
    assert.equal(serialiseRankingsState(both.values, config), 'year=2024&from=2021&to=2022');
  });

  test('a domain code in another case is read as the canonical code', () => {
    assert.equal(parseRankingsState('domain=d1', config).values.item, 'D1');
  });
});

describe('rankings state: the default slope years are the latest two that can be compared', () => {
  // Sample communes: every commune of 2025 is new after the merger, so 2023 → 2024 by default.
  const merged = { ...config, years: [2021, 2022, 2023, 2024, 2025], pair: { from: 2023, to: 2024 } };
  const DEFAULT: RankingsState = { ...DEFAULTS, year: 2025, from: 2023, to: 2024 };

  test('no parameters: the table of the latest year, the slope chart between the pair', () => {
    assert.deepEqual(rankingsDefaults(merged.years, merged.pair), DEFAULT);
    assert.deepEqual(parseRankingsState('', merged).values, DEFAULT);
    assert.equal(serialiseRankingsState(DEFAULT, merged), '');
  });

  test('links from before the pair default keep their meaning', () => {
    const to = parseRankingsState('to=2025', merged).values;
    assert.deepEqual([to.year, to.from, to.to], [2025, 2024, 2025], '`to` alone: the year before it, the table of `to`');
    assert.equal(serialiseRankingsState(to, merged), 'from=2024');
    const from = parseRankingsState('from=2021', merged).values;
    assert.deepEqual([from.year, from.from, from.to], [2025, 2021, 2025], '`from` alone: up to the latest year');
    assert.equal(serialiseRankingsState(from, merged), 'from=2021');
    const old = parseRankingsState('domain=D1&from=2022&to=2024', merged).values;
    assert.deepEqual([old.year, old.from, old.to], [2024, 2022, 2024], 'the table of `to`, as before');
    assert.equal(serialiseRankingsState(old, merged), 'domain=D1&from=2022&to=2024');
  });

  test('every state written reads back the same', () => {
    for (const year of merged.years)
      for (const from of merged.years)
        for (const to of merged.years.filter((y) => y > from)) {
          const state = { ...DEFAULT, year, from, to };
          const query = serialiseRankingsState(state, merged);
          assert.deepEqual(parseRankingsState(query, merged).values, state, query);
        }
  });
});

describe('rankings state: fallbacks, each listed', () => {
  test('unknown or invalid values fall back to the defaults', () => {
    const parsed = parseRankingsState('domain=D9&to=1999&level=district&sort=random&units=zz,xa-a&utm_source=x', config);
    assert.deepEqual(parsed.values, { ...DEFAULTS, units: ['xa-a'] });
    assert.deepEqual(
      parsed.issues.map((i) => [i.param, i.value, i.reason, i.kind]),
      [
        ['utm_source', 'x', 'unknown parameter', 'unknown'],
        ['domain', 'D9', 'not an available value', 'invalid'],
        ['to', '1999', 'not an available value', 'invalid'],
        ['level', 'district', 'not an available value', 'invalid'],
        ['units', 'zz,xa-a', 'unknown ids dropped: zz', 'partial'],
        ['sort', 'random', 'not an available value', 'invalid'],
      ],
    );
    assert.equal(serialiseRankingsState(parsed.values, config), 'units=xa-a', 'the canonical link of what is shown');
  });

  test('years the wrong way round are swapped; `from` equal to `to` becomes the year before', () => {
    const swapped = parseRankingsState('from=2024&to=2021', config);
    assert.deepEqual([swapped.values.from, swapped.values.to], [2021, 2024]);
    assert.deepEqual(swapped.issues, [
      { param: 'from', value: '2024', reason: 'after `to`; the two years were swapped', kind: 'adjusted' },
    ]);
    const same = parseRankingsState('from=2024&to=2024', config);
    assert.deepEqual([same.values.from, same.values.to], [2023, 2024]);
    assert.deepEqual(same.issues, [{ param: 'from', value: '2024', reason: 'not before `to`', kind: 'adjusted' }]);
  });

  test('an old link with a newer version than this site: read as far as possible, the version listed', () => {
    const parsed = parseRankingsState('v=99&domain=D1', config);
    assert.equal(parsed.values.item, 'D1');
    assert.deepEqual(
      parsed.issues.map((i) => i.param),
      ['v'],
    );
  });
});
