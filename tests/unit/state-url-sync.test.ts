import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { createUrlSync } from '../../src/state/url-sync.ts';
import { parseViewState, serialiseViewState, type ViewContext, type ViewState } from '../../src/state/view-state.ts';

const context: ViewContext = {
  indices: ['vn-provinces'],
  years: [2022, 2023, 2024],
  domains: ['TOTAL', 'D1'],
  levels: ['province'],
  unitIds: new Set(['ha-tinh', 'nghe-an']),
};

function open(url: string) {
  const { window } = new JSDOM('', { url });
  const seen: ViewState[] = [];
  const sync = createUrlSync({
    window: window as unknown as Window,
    parse: (s) => parseViewState(s, context),
    serialise: (v) => serialiseViewState(v, context),
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
    const { sync } = open('https://example.org/en/rankings/?year=2023&units=nghe-an');
    assert.equal(sync.get().year, 2023);
    assert.deepEqual(sync.get().units, ['nghe-an']);
  });

  test('an invalid link is rewritten to its canonical form, keeping the path and hash', () => {
    const { window, sync } = open('https://example.org/rankings/?year=1900&foo=1&units=ha-tinh,zz#table');
    assert.equal(window.location.pathname + window.location.search + window.location.hash, '/rankings/?units=ha-tinh#table');
    assert.deepEqual(
      sync.issues().map((i) => i.param),
      ['foo', 'year', 'units'],
    );
  });

  test('set pushes a history entry and back restores the previous state', async () => {
    const { window, sync, seen } = open('https://example.org/rankings/');
    sync.set({ year: 2022 });
    assert.equal(window.location.search, '?year=2022');
    sync.set({ units: ['ha-tinh'] });
    assert.equal(window.location.search, '?year=2022&units=ha-tinh');
    assert.equal(window.history.length, 3);
    const back = popped(window);
    window.history.back();
    await back;
    assert.equal(sync.get().year, 2022);
    assert.deepEqual(sync.get().units, []);
    assert.deepEqual(
      seen.map((v) => v.units.length),
      [0, 1, 0],
    );
    sync.destroy();
  });

  test('replace and re-selecting the same view add no history entry', () => {
    const { window, sync } = open('https://example.org/rankings/');
    sync.set({ units: ['ha-tinh'] }, { replace: true });
    sync.set({ units: ['ha-tinh'] });
    assert.equal(window.history.length, 1);
    assert.equal(window.location.search, '?units=ha-tinh');
  });

  test('setting a value back to its default drops it from the URL', () => {
    const { window, sync } = open('https://example.org/rankings/?year=2022');
    sync.set({ year: 2024 });
    assert.equal(window.location.search, '');
  });
});
