import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseState, serialiseState } from '../../src/state/url-state.ts';
import { MAX_UNITS, orderYears, VIEW_SPEC, type ViewContext, type ViewState } from '../../src/state/view-state.ts';

/** The shared parameters read as a page reads them: parsed with VIEW_SPEC, then `from` and `to` put in order. */
const parseViewState = (search: string, c: ViewContext) => orderYears(parseState(search, VIEW_SPEC, c), c);
const serialiseViewState = (values: ViewState, c: ViewContext) => serialiseState(values, VIEW_SPEC, c);

const unitIds = Array.from({ length: 20 }, (_, i) => `u${String(i + 1).padStart(2, '0')}`);
const context: ViewContext = {
  indices: ['vn-provinces', 'vn-ministries'],
  years: [2022, 2020, 2021, 2023, 2024],
  domains: ['TOTAL', 'D1', 'D2', 'D3'],
  levels: ['province', 'ministry'],
  unitIds: new Set(['ha-tinh', 'nghe-an', 'da-nang', ...unitIds]),
};
const defaults: ViewState = {
  index: 'vn-provinces',
  year: 2024,
  from: 2023,
  to: 2024,
  domain: 'TOTAL',
  level: 'province',
  units: [],
};

describe('shared view parameters: defaults', () => {
  test('an empty query gives the defaults and no issues', () => {
    const parsed = parseViewState('', context);
    assert.deepEqual(parsed.values, defaults);
    assert.deepEqual(parsed.issues, []);
    assert.equal(parsed.given.size, 0);
  });

  test('defaults are omitted when serialising', () => {
    assert.equal(serialiseViewState(defaults, context), '');
    assert.equal(serialiseViewState({ ...defaults, year: 2021 }, context), 'year=2021');
  });

  test('context defaults choose the index, domain and level', () => {
    const parsed = parseViewState('', { ...context, defaults: { index: 'vn-ministries', domain: 'D2', level: 'ministry' } });
    assert.equal(parsed.values.index, 'vn-ministries');
    assert.equal(parsed.values.domain, 'D2');
    assert.equal(parsed.values.level, 'ministry');
  });

  test('a context with nothing to choose gives nulls and an empty list', () => {
    const empty: ViewContext = { indices: [], years: [], domains: [], levels: [], unitIds: new Set() };
    assert.deepEqual(parseViewState('year=2024&units=a', empty).values, {
      index: null,
      year: null,
      from: null,
      to: null,
      domain: null,
      level: null,
      units: [],
    });
  });
});

describe('shared view parameters: round trip', () => {
  test('serialise then parse gives the same state, in a stable parameter order', () => {
    const state: ViewState = {
      index: 'vn-ministries',
      year: 2021,
      from: 2020,
      to: 2022,
      domain: 'D3',
      level: 'ministry',
      units: ['nghe-an', 'ha-tinh'],
    };
    const query = serialiseViewState(state, context);
    assert.equal(query, 'index=vn-ministries&year=2021&from=2020&to=2022&domain=D3&level=ministry&units=nghe-an,ha-tinh');
    assert.deepEqual(parseViewState(query, context).values, state);
    assert.deepEqual(parseViewState(`?${query}`, context).issues, []);
  });

  test('the order of parameters in the link does not matter', () => {
    const a = parseViewState('units=ha-tinh&year=2022&domain=D1', context).values;
    const b = parseViewState('domain=D1&year=2022&units=ha-tinh', context).values;
    assert.deepEqual(a, b);
    assert.equal(serialiseViewState(a, context), 'year=2022&domain=D1&units=ha-tinh');
  });
});

describe('shared view parameters: invalid input falls back without throwing', () => {
  test('bad values fall back to the default, each reported', () => {
    const parsed = parseViewState('year=1999&domain=D9&level=galaxy&index=x&from=abc', context);
    assert.deepEqual(parsed.values, defaults);
    assert.deepEqual(parsed.issues.map((i) => i.param).sort(), ['domain', 'from', 'index', 'level', 'year']);
  });

  test('unknown parameters are ignored and reported', () => {
    const parsed = parseViewState('utm_source=mail&year=2023&fbclid=1', context);
    assert.equal(parsed.values.year, 2023);
    assert.deepEqual(
      parsed.issues.map((i) => [i.param, i.reason]),
      [
        ['utm_source', 'unknown parameter'],
        ['fbclid', 'unknown parameter'],
      ],
    );
  });

  test('garbage never throws', () => {
    for (const q of ['%', '?&&==&', 'year=2024.5', 'year=%E0%A4%A', 'units=,,,', 'year=99999999999999999999', 'v=abc']) {
      assert.doesNotThrow(() => parseViewState(q, context), q);
      assert.equal(parseViewState(q, context).values.year, 2024, q);
    }
  });

  test('a repeated parameter uses its first value', () => {
    const parsed = parseViewState('year=2021&year=2022', context);
    assert.equal(parsed.values.year, 2021);
    assert.equal(parsed.issues[0]?.param, 'year');
  });

  test('a domain code in another case is read as the canonical code', () => {
    assert.equal(parseViewState('domain=d2', context).values.domain, 'D2');
  });
});

describe('shared view parameters: units', () => {
  test('unknown ids are dropped, duplicates removed, order kept', () => {
    const parsed = parseViewState('units=nghe-an,atlantis,ha-tinh,nghe-an', context);
    assert.deepEqual(parsed.values.units, ['nghe-an', 'ha-tinh']);
    assert.match(parsed.issues[0]?.reason ?? '', /atlantis/);
  });

  test(`at most ${MAX_UNITS} units are kept`, () => {
    const parsed = parseViewState(`units=${unitIds.join(',')}`, context);
    assert.deepEqual(parsed.values.units, unitIds.slice(0, MAX_UNITS));
    assert.match(parsed.issues[0]?.reason ?? '', /first 12/);
  });

  test('an empty list is the default', () => {
    assert.deepEqual(parseViewState('units=', context).values.units, []);
  });
});

describe('shared view parameters: from and to', () => {
  test('years given the wrong way round are swapped', () => {
    const parsed = parseViewState('from=2024&to=2020', context);
    assert.equal(parsed.values.from, 2020);
    assert.equal(parsed.values.to, 2024);
  });

  test('`from` follows a given `to` when not given itself', () => {
    const parsed = parseViewState('to=2021', context);
    assert.deepEqual([parsed.values.from, parsed.values.to], [2020, 2021]);
    assert.deepEqual(parsed.issues, []);
  });

  test('`from` equal to `to` becomes the year before', () => {
    const parsed = parseViewState('from=2024', context);
    assert.deepEqual([parsed.values.from, parsed.values.to], [2023, 2024]);
    assert.equal(parsed.issues[0]?.param, 'from');
  });
});

describe('shared view parameters: a page using part of the spec', () => {
  test('orderYears applies to any state with from and to', () => {
    const spec = { from: VIEW_SPEC.from, to: VIEW_SPEC.to };
    const parsed = orderYears(parseState('from=2024&to=2021', spec, context), context);
    assert.deepEqual(parsed.values, { from: 2021, to: 2024 });
  });
});
