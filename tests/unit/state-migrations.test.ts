import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { currentVersion, migrate, MIGRATIONS, type Migration } from '../../src/state/migrations.ts';
import { parseState, serialiseState, type StateSpec } from '../../src/state/url-state.ts';
import { choiceParam, idListParam } from '../../src/state/params.ts';

/** Two invented upgrades: v1 → v2 renamed `unit` to `units`; v2 → v3 renamed domain `TOTAL` to `ALL`. */
const renameUnit: Migration = (p) => {
  const q = new URLSearchParams(p);
  const unit = q.get('unit');
  if (unit !== null) {
    q.set('units', unit);
    q.delete('unit');
  }
  return q;
};
const renameTotal: Migration = (p) => {
  const q = new URLSearchParams(p);
  if (q.get('domain') === 'TOTAL') q.set('domain', 'ALL');
  return q;
};
const steps = [renameUnit, renameTotal];

interface S {
  domain: string | null;
  units: string[];
}
interface C {
  domains: string[];
  units: Set<string>;
}
const spec: StateSpec<S, C> = {
  domain: choiceParam(
    (c: C) => c.domains,
    () => 'ALL',
  ),
  units: idListParam((c: C) => c.units, 12),
};
const context: C = { domains: ['ALL', 'D1'], units: new Set(['a', 'b']) };

describe('migrations', () => {
  test('the published list starts empty: links are version 1', () => {
    assert.equal(MIGRATIONS.length, 0);
    assert.equal(currentVersion(), 1);
    assert.equal(serialiseState({ domain: 'D1', units: [] }, spec, context), 'domain=D1');
  });

  test('a link without a version gets every migration, in order', () => {
    const result = migrate(new URLSearchParams('unit=a&domain=TOTAL'), steps);
    assert.equal(result.fromVersion, 1);
    assert.equal(result.params.toString(), 'domain=ALL&units=a');
  });

  test('a link of version 2 gets only the later migrations', () => {
    const result = migrate(new URLSearchParams('v=2&unit=a&domain=TOTAL'), steps);
    assert.equal(result.fromVersion, 2);
    assert.equal(result.params.toString(), 'unit=a&domain=ALL');
  });

  test('a current link is left alone; a future or unreadable version is reported', () => {
    assert.equal(migrate(new URLSearchParams('v=3&domain=TOTAL'), steps).params.toString(), 'domain=TOTAL');
    assert.match(migrate(new URLSearchParams('v=9'), steps).problem ?? '', /newer/);
    assert.equal(migrate(new URLSearchParams('v=x&unit=a'), steps).params.toString(), 'units=a');
  });

  test('migrations do not mutate the given parameters', () => {
    const params = new URLSearchParams('unit=a');
    migrate(params, steps);
    assert.equal(params.toString(), 'unit=a');
  });

  test('parseState migrates old links, and serialiseState writes the current version', () => {
    const parsed = parseState('unit=b&domain=D1', spec, context, steps);
    assert.deepEqual(parsed.values, { domain: 'D1', units: ['b'] });
    assert.deepEqual(parsed.issues, []);
    const query = serialiseState(parsed.values, spec, context, steps);
    assert.equal(query, 'v=3&domain=D1&units=b');
    assert.deepEqual(parseState(query, spec, context, steps).values, parsed.values);
    assert.equal(serialiseState({ domain: 'ALL', units: [] }, spec, context, steps), '');
  });
});
