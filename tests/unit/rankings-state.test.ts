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
const DEFAULTS: RankingsState = { item: 'TOTAL', from: 2023, to: 2024, units: [], level: '', sort: 'rank' };

describe('rankings state: defaults', () => {
  test('no parameters: the total, the last two years, every level, by rank', () => {
    assert.deepEqual(rankingsDefaults(config.years), DEFAULTS);
    const parsed = parseRankingsState('', config);
    assert.deepEqual(parsed.values, DEFAULTS);
    assert.deepEqual([[...parsed.given], parsed.issues], [[], []]);
    assert.equal(serialiseRankingsState(DEFAULTS, config), '');
  });

  test('a single year: from and to are that year', () => {
    assert.deepEqual(rankingsDefaults([2025]), { ...DEFAULTS, from: 2025, to: 2025 });
  });
});

describe('rankings state: round trips', () => {
  test('every field set: written in spec order, defaults omitted, read back the same', () => {
    const state: RankingsState = { item: 'D2', from: 2021, to: 2024, units: ['phuong-b', 'xa-a'], level: 'ward', sort: 'scoreChange' };
    const query = serialiseRankingsState(state, config);
    assert.equal(query, 'domain=D2&from=2021&level=ward&units=phuong-b,xa-a&sort=scoreChange');
    const parsed = parseRankingsState(query, config);
    assert.deepEqual(parsed.values, state);
    assert.deepEqual([...parsed.given].sort(), ['from', 'item', 'level', 'sort', 'units'], '`domain` is the item');
    assert.deepEqual(parsed.issues, []);
  });

  test('an earlier `to`: `from` follows it to the year before', () => {
    const parsed = parseRankingsState('to=2022', config);
    assert.deepEqual([parsed.values.from, parsed.values.to], [2021, 2022]);
    assert.equal(serialiseRankingsState(parsed.values, config), 'from=2021&to=2022');
  });

  test('a domain code in another case is read as the canonical code', () => {
    assert.equal(parseRankingsState('domain=d1', config).values.item, 'D1');
  });
});

describe('rankings state: fallbacks, each listed', () => {
  test('unknown or invalid values fall back to the defaults', () => {
    const parsed = parseRankingsState('domain=D9&to=1999&level=district&sort=random&units=zz,xa-a&utm_source=x', config);
    assert.deepEqual(parsed.values, { ...DEFAULTS, units: ['xa-a'] });
    assert.deepEqual(
      parsed.issues.map((i) => [i.param, i.value, i.reason]),
      [
        ['utm_source', 'x', 'unknown parameter'],
        ['domain', 'D9', 'not an available value'],
        ['to', '1999', 'not an available value'],
        ['level', 'district', 'not an available value'],
        ['units', 'zz,xa-a', 'unknown ids dropped: zz'],
        ['sort', 'random', 'not an available value'],
      ],
    );
    assert.equal(serialiseRankingsState(parsed.values, config), 'units=xa-a', 'the canonical link of what is shown');
  });

  test('years the wrong way round are swapped; `from` equal to `to` becomes the year before', () => {
    const swapped = parseRankingsState('from=2024&to=2021', config);
    assert.deepEqual([swapped.values.from, swapped.values.to], [2021, 2024]);
    assert.deepEqual(swapped.issues, [{ param: 'from', value: '2024', reason: 'after `to`; the two years were swapped' }]);
    const same = parseRankingsState('from=2024&to=2024', config);
    assert.deepEqual([same.values.from, same.values.to], [2023, 2024]);
    assert.deepEqual(same.issues, [{ param: 'from', value: '2024', reason: 'not before `to`' }]);
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
