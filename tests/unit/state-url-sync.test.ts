import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { createUrlSync } from '../../src/state/url-sync.ts';
import { parseRankingsState, serialiseRankingsState, type RankingsState } from '../../src/views/rankings-state.ts';

/** The rankings page's choices, as it embeds them for its explorer. */
const config = {
  years: [2022, 2023, 2024],
  domains: [{ code: 'D1', label: 'Chỉ đạo', years: [2022, 2023, 2024] }],
  levels: ['province'],
  units: [
    { id: 'ha-tinh', label: 'Hà Tĩnh' },
    { id: 'nghe-an', label: 'Nghệ An' },
  ],
};

function open(url: string) {
  const { window } = new JSDOM('', { url });
  const seen: RankingsState[] = [];
  const sync = createUrlSync({
    window: window as unknown as Window,
    parse: (s) => parseRankingsState(s, config),
    serialise: (v) => serialiseRankingsState(v, config),
    onChange: (v) => seen.push(v),
  });
  return { window, sync, seen };
}

/** jsdom fires popstate asynchronously after history.back(). */
function popped(window: JSDOM['window']): Promise<void> {
  return new Promise((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));
}

describe('URL sync', () => {
  test('a shared link restores its view', () => {
    const { sync } = open('https://example.org/en/rankings/vn-provinces/?domain=D1&to=2023&units=nghe-an');
    assert.deepEqual(sync.get(), { item: 'D1', year: 2023, from: 2022, to: 2023, units: ['nghe-an'], level: '', sort: 'rank' });
  });

  test('an invalid link is rewritten to its canonical form, keeping the path and hash', () => {
    const { window, sync } = open('https://example.org/rankings/vn-provinces/?to=1900&foo=1&units=ha-tinh,zz#table');
    assert.equal(window.location.pathname + window.location.search + window.location.hash, '/rankings/vn-provinces/?units=ha-tinh#table');
    assert.deepEqual(
      sync.issues().map((i) => i.param),
      ['foo', 'to', 'units'],
    );
  });

  test('set pushes a history entry and back restores the previous state', async () => {
    const { window, sync, seen } = open('https://example.org/rankings/vn-provinces/');
    sync.set({ item: 'D1' });
    assert.equal(window.location.search, '?domain=D1');
    sync.set({ units: ['ha-tinh'] });
    assert.equal(window.location.search, '?domain=D1&units=ha-tinh');
    assert.equal(window.history.length, 3);
    const back = popped(window);
    window.history.back();
    await back;
    assert.equal(sync.get().item, 'D1');
    assert.deepEqual(sync.get().units, []);
    assert.deepEqual(
      seen.map((v) => v.units.length),
      [0, 1, 0],
    );
    sync.destroy();
  });

  test('replace and re-selecting the same view add no history entry', () => {
    const { window, sync } = open('https://example.org/rankings/vn-provinces/');
    sync.set({ units: ['ha-tinh'] }, { replace: true });
    sync.set({ units: ['ha-tinh'] });
    assert.equal(window.history.length, 1);
    assert.equal(window.location.search, '?units=ha-tinh');
  });

  test('setting a value back to its default drops it from the URL', () => {
    const { window, sync } = open('https://example.org/rankings/vn-provinces/?sort=score');
    sync.set({ sort: 'rank' });
    assert.equal(window.location.search, '');
  });
});
