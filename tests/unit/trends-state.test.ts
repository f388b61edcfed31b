/** The domain-trends page's URL state: unit, from, to, domain; defaults left out; the default pair skips breaks. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseTrendsState, serialiseTrendsState, subCriteriaKey, trendsDefaultPair } from '../../src/views/trends-state.ts';

const config = {
  years: [2021, 2022, 2023, 2024, 2025],
  pair: { from: 2023, to: 2024 },
  units: [
    { id: 'sample-so-y-te', label: 'Sở Y tế' },
    { id: 'sample-so-tu-phap', label: 'Sở Tư pháp' },
  ],
  domains: [
    { id: 'D1', label: 'Chỉ đạo' },
    { id: 'D3', label: 'Thủ tục hành chính' },
  ],
};
/** An index without item detail: no domain to choose. */
const published = { ...config, domains: [] };

describe('trends state', () => {
  test('the default pair is the latest two years no series breaks between', () => {
    assert.deepEqual(trendsDefaultPair(config.years, new Set([2025])), { from: 2023, to: 2024 });
    assert.deepEqual(trendsDefaultPair(config.years, new Set()), { from: 2024, to: 2025 });
    assert.deepEqual(trendsDefaultPair([2022, 2023], new Set([2023])), { from: 2022, to: 2023 });
  });

  test('no parameters: the pre-rendered view', () => {
    const parsed = parseTrendsState('', config);
    assert.deepEqual(parsed.values, { unit: '', from: 2023, to: 2024, domain: 'D1' });
    assert.equal(serialiseTrendsState(parsed.values, config), '');
  });

  test('a unit and years round-trip; defaults are left out', () => {
    const parsed = parseTrendsState('unit=sample-so-y-te&from=2021', config);
    assert.deepEqual(parsed.values, { unit: 'sample-so-y-te', from: 2021, to: 2024, domain: 'D1' });
    assert.equal(serialiseTrendsState(parsed.values, config), 'unit=sample-so-y-te&from=2021');
  });

  test('unknown unit and year fall back, reported; years the wrong way round are swapped', () => {
    const parsed = parseTrendsState('unit=nobody&from=1999', config);
    assert.deepEqual(parsed.values, { unit: '', from: 2023, to: 2024, domain: 'D1' });
    assert.deepEqual(
      parsed.issues.map((i) => i.param),
      ['unit', 'from'],
    );
    assert.deepEqual(parseTrendsState('from=2025&to=2022', config).values, { unit: '', from: 2022, to: 2025, domain: 'D1' });
  });

  test("the sub-criteria's domain: the first by default, a chosen one kept in the link, retyped case accepted", () => {
    const parsed = parseTrendsState('domain=d3&from=2022', config);
    assert.deepEqual(parsed.values, { unit: '', from: 2022, to: 2024, domain: 'D3' });
    assert.equal(serialiseTrendsState(parsed.values, config), 'from=2022&domain=D3');
    assert.equal(serialiseTrendsState({ ...parsed.values, domain: 'D1' }, config), 'from=2022');
  });

  test('without item detail no domain is chosen, and a linked one is reported', () => {
    const parsed = parseTrendsState('domain=D3', published);
    assert.deepEqual(parsed.values, { unit: '', from: 2023, to: 2024, domain: '' });
    assert.deepEqual(
      parsed.issues.map((i) => i.param),
      ['domain'],
    );
    assert.equal(serialiseTrendsState(parsed.values, published), '');
  });

  test('the sub-criteria table changes with the domain and the years, not with the unit', () => {
    const a = parseTrendsState('', config).values;
    assert.equal(subCriteriaKey(a), 'D1|2023|2024');
    assert.equal(subCriteriaKey({ ...a, unit: 'sample-so-y-te' }), subCriteriaKey(a));
    assert.notEqual(subCriteriaKey({ ...a, from: 2022 }), subCriteriaKey(a));
  });
});
