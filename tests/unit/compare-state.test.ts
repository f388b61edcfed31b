/**
 * The comparison page's URL state: units and year; the default choice is left out of links; ids that
 * cannot be compared are refused, each with a sentence saying why (unknown, another index, another
 * level, a repeat, more than five); the default units and a unit's nearest peers in rank.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  defaultUnits,
  nameRefusals,
  nearestPeers,
  parseCompareState,
  refusedUnitIds,
  serialiseCompareState,
} from '../../src/views/compare-state.ts';
import { stateNotes } from '../../src/views/state-notes.ts';

const unit = (id: string) => ({ id, label: id.toUpperCase() });
const config = {
  index: { unit_level: 'commune' } as never,
  years: [2023, 2024, 2025],
  defaultUnits: ['a', 'b', 'c'],
  units: ['a', 'b', 'c', 'd', 'e', 'f', 'w'].map(unit),
  levels: ['commune', 'ward'],
  others: { commune: ['x'], province: ['ha-noi'] },
};

describe('compare state', () => {
  test('no parameters: the pre-rendered choice and the latest year', () => {
    const parsed = parseCompareState('', config);
    assert.deepEqual(parsed.values, { units: ['a', 'b', 'c'], year: 2025 });
    assert.deepEqual(parsed.issues, []);
    assert.equal(serialiseCompareState(parsed.values, config), '');
  });

  test('a choice and a year round-trip, in the order chosen; none chosen is a state of its own', () => {
    const parsed = parseCompareState('units=w,a&year=2024', config);
    assert.deepEqual(parsed.values, { units: ['w', 'a'], year: 2024 });
    assert.equal(serialiseCompareState(parsed.values, config), 'units=w,a&year=2024');
    assert.deepEqual(parseCompareState('units=', config).values, { units: [], year: 2025 });
    assert.equal(serialiseCompareState({ units: [], year: 2025 }, config), 'units=');
  });

  test('refused ids, each with its reason in words', () => {
    const parsed = parseCompareState('units=a,ha-noi,x,nobody,a,b,c,d,e,f', config);
    assert.deepEqual(parsed.values.units, ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual(
      parsed.issues.map((i) => [i.value, i.reason]),
      [
        ['ha-noi', 'another level'],
        ['x', 'not in this index'],
        ['nobody', 'unknown unit'],
        ['a', 'repeated'],
        ['f', 'more than 5'],
      ],
    );
    assert.deepEqual(
      stateNotes('vi', parsed.issues, () => ''),
      [
        '“ha-noi” thuộc cấp tỉnh, thành phố, còn chỉ số này xếp hạng xã: chỉ so sánh được các đơn vị cùng cấp, đã bỏ qua.',
        '“x” không được xếp hạng trong chỉ số này: đã bỏ qua.',
        'Không có đơn vị mã “nobody”: đã bỏ qua.',
        '“a” có hơn một lần trong liên kết: chỉ tính một lần.',
        'Chỉ so sánh được tối đa 5 đơn vị: đã bỏ f.',
      ],
    );
    assert.equal(
      stateNotes('en', parsed.issues.slice(0, 1), () => '')[0],
      '“ha-noi” is one of the provinces, and this index ranks communes: only units of one level can be compared, so it was left out.',
    );
  });

  test('refused units of another index or level are named once their names are known; unknown ids stay ids', () => {
    const parsed = parseCompareState('units=a,ha-noi,x,nobody,b', config);
    assert.deepEqual(refusedUnitIds(parsed.issues), ['ha-noi', 'x']);
    const named = nameRefusals(parsed.issues, new Map([['ha-noi', 'Hà Nội']]));
    assert.deepEqual(
      stateNotes('vi', named, () => ''),
      [
        '“Hà Nội (ha-noi)” thuộc cấp tỉnh, thành phố, còn chỉ số này xếp hạng xã: chỉ so sánh được các đơn vị cùng cấp, đã bỏ qua.',
        '“x” không được xếp hạng trong chỉ số này: đã bỏ qua.',
        'Không có đơn vị mã “nobody”: đã bỏ qua.',
      ],
    );
  });

  test('an unknown year falls back to the latest, reported', () => {
    const parsed = parseCompareState('year=1999', config);
    assert.equal(parsed.values.year, 2025);
    assert.deepEqual(
      parsed.issues.map((i) => [i.param, i.kind]),
      [['year', 'invalid']],
    );
  });
});

describe('default and peers', () => {
  const rows = [
    { unit_id: 'a', year: 2024, rank: 1, score_pct: 90 },
    { unit_id: 'b', year: 2024, rank: 2, score_pct: 88 },
    { unit_id: 'd', year: 2024, rank: null, score_pct: 70 },
    { unit_id: 'e', year: 2024, rank: null, score_pct: null },
    { unit_id: 'a', year: 2025, rank: 3, score_pct: 80 },
    { unit_id: 'b', year: 2025, rank: 1, score_pct: 92 },
    { unit_id: 'c', year: 2025, rank: 2, score_pct: 85 },
    { unit_id: 'd', year: 2025, rank: 4, score_pct: 75 },
    { unit_id: 'e', year: 2025, rank: 5, score_pct: 70 },
    { unit_id: 'f', year: 2025, rank: null, score_pct: null },
  ];

  test('the default: the first three by rank in the latest year among units with totals in two years or more', () => {
    assert.deepEqual(defaultUnits(rows), { units: ['b', 'a', 'd'], year: 2025 });
  });

  test('fewer than two units with two years of totals: the first three by rank', () => {
    const oneYear = rows.filter((r) => r.year === 2025);
    assert.deepEqual(defaultUnits(oneYear), { units: ['b', 'c', 'a'], year: 2025 });
  });

  test('a unit with the one just above and the one just below it; the nearest ones at the top or the bottom', () => {
    assert.deepEqual(nearestPeers(rows, 'a'), ['a', 'c', 'd']);
    assert.deepEqual(nearestPeers(rows, 'b'), ['b', 'c', 'a']);
    assert.deepEqual(nearestPeers(rows, 'e'), ['e', 'd', 'a']);
    assert.deepEqual(nearestPeers(rows, 'f'), []);
  });
});
