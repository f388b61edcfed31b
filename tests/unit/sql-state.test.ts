import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_QUERY_LENGTH, parseSqlState, serialiseSqlState } from '../../src/views/sql-state.ts';

const config = { defaultQuery: 'SELECT 1' };

describe('SQL console URL state', () => {
  test('the default query is not in the URL', () => {
    assert.equal(serialiseSqlState({ q: 'SELECT 1' }, config), '');
    assert.deepEqual(parseSqlState('', config).values, { q: 'SELECT 1' });
  });
  test('a query round-trips, with its newlines, quotes, commas, plus signs and Vietnamese', () => {
    const q = "SELECT name_vi, 1 + 2 AS x\nFROM units WHERE name_vi = 'Hà Nội' -- 50% & more";
    const search = serialiseSqlState({ q }, config);
    assert.equal(search, `q=${q.split(',').map(encodeURIComponent).join(',')}`);
    assert.deepEqual(parseSqlState(`?${search}`, config).values, { q });
  });
  test('an empty or overlong q falls back to the default and says why', () => {
    assert.deepEqual(parseSqlState('q=%20', config).issues, [{ kind: 'invalid', param: 'q', value: ' ', reason: 'empty query' }]);
    const long = parseSqlState(`q=${'x'.repeat(MAX_QUERY_LENGTH + 1)}`, config);
    assert.deepEqual([long.values.q, long.issues[0]?.reason], ['SELECT 1', `longer than ${MAX_QUERY_LENGTH} characters`]);
  });
});
