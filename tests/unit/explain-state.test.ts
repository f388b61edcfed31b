/**
 * The unit page's `explain=2023-2025` state: parse and serialise, invalid or unavailable pairs falling
 * back to the pre-rendered pair without an error, the from/to selects never crossing, and the unit
 * page's two views sharing one URL (each keeps the other's parameter, two URL syncs on one window).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { createUrlSync } from '../../src/state/url-sync.ts';
import { pairOf, parseExplainState, serialiseExplainState } from '../../src/views/explain-state.ts';
import { parseLostState, serialiseLostState } from '../../src/views/lost-state.ts';
import { otherParams, ownParams } from '../../src/views/unit-page-params.ts';

// The sample departments: totals 2021–2025, the latest comparable pair 2023 → 2024.
const config = { years: [2021, 2022, 2023, 2024, 2025], from: 2023, to: 2024 };

describe('explain state', () => {
  test('a pair of years the unit has totals in, and the canonical string', () => {
    const parsed = parseExplainState('?explain=2024-2025', config);
    assert.deepEqual(parsed.values, { from: 2024, to: 2025 });
    assert.deepEqual(parsed.issues, []);
    assert.equal(serialiseExplainState({ from: 2021, to: 2025 }, config), 'explain=2021-2025');
    assert.equal(serialiseExplainState({ from: 2023, to: 2024 }, config), '', 'the pre-rendered pair is the default');
    assert.deepEqual(parseExplainState('', config).values, { from: 2023, to: 2024 });
  });

  test('invalid or unavailable values fall back to the pre-rendered pair, reported, never thrown', () => {
    for (const [raw, reason] of [
      ['2025-2024', 'the first year must come before the second'],
      ['2024-2024', 'the first year must come before the second'],
      ['2019-2024', 'no total of the unit in one of the years'],
      ['2024', 'not a pair of years like 2023-2025'],
      ['abc', 'not a pair of years like 2023-2025'],
      ['', 'not a pair of years like 2023-2025'],
    ]) {
      const parsed = parseExplainState(`explain=${raw}`, config);
      assert.deepEqual(parsed.values, { from: 2023, to: 2024 }, raw);
      assert.deepEqual(
        parsed.issues.map((i) => [i.param, i.kind, i.reason]),
        [['explain', 'invalid', reason]],
        raw,
      );
    }
  });

  test("the lost-points view's year is not this view's, and is not reported as unknown", () => {
    const parsed = parseExplainState('year=2022&explain=2021-2023&zz=1', config);
    assert.deepEqual(parsed.values, { from: 2021, to: 2023 });
    assert.deepEqual(
      parsed.issues.map((i) => i.param),
      ['zz'],
    );
    assert.deepEqual(otherParams('year'), ['explain']);
    assert.equal(ownParams('year=2022&explain=2021-2023', 'year').toString(), 'year=2022');
  });

  test('from/to selects: the year not just changed gives way when the two would cross', () => {
    const years = config.years;
    assert.deepEqual(pairOf(years, 2022, 2025, 'from'), { from: 2022, to: 2025 });
    assert.deepEqual(pairOf(years, 2024, 2024, 'from'), { from: 2024, to: 2025 });
    assert.deepEqual(pairOf(years, 2025, 2024, 'from'), { from: 2024, to: 2025 }, 'the last year as the first: the one before it');
    assert.deepEqual(pairOf(years, 2023, 2022, 'to'), { from: 2021, to: 2022 });
    assert.deepEqual(pairOf(years, 2023, 2021, 'to'), { from: 2021, to: 2022 }, 'the first year as the second: the one after it');
  });
});

describe('the unit page: two views, one URL', () => {
  test('a link with both keeps both; a change of one leaves the other in the URL; back skips the view that did not change', async () => {
    const { window } = new JSDOM('', { url: 'https://example.org/units/x/?year=2022&explain=2021-2025' });
    const win = window as unknown as Window;
    const lostConfig = { years: [2021, 2022, 2023, 2024, 2025] };
    const seen: string[] = [];
    const lost = createUrlSync({
      window: win,
      parse: (s) => parseLostState(ownParams(s, 'year').toString(), lostConfig),
      serialise: (v) => serialiseLostState(v, lostConfig),
      onChange: (v) => seen.push(`year ${v.year}`),
      keep: otherParams('year'),
    });
    const explain = createUrlSync({
      window: win,
      parse: (s) => parseExplainState(s, config),
      serialise: (v) => serialiseExplainState(v, config),
      onChange: (v) => seen.push(`explain ${v.from}-${v.to}`),
      keep: otherParams('explain'),
    });
    assert.equal(window.location.search, '?explain=2021-2025&year=2022', 'one order, whichever view writes');
    assert.deepEqual([lost.get(), explain.get(), lost.issues(), explain.issues()], [{ year: 2022 }, { from: 2021, to: 2025 }, [], []]);
    explain.set({ from: 2024, to: 2025 });
    assert.equal(window.location.search, '?explain=2024-2025&year=2022');
    lost.set({ year: 2025 });
    assert.equal(window.location.search, '?explain=2024-2025', 'the latest year is the default: only the other view remains');
    const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await back;
    assert.deepEqual(seen, ['explain 2024-2025', 'year 2025', 'year 2022'], 'back redraws the lost points only');
  });
});
