import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { switchHref } from '../../src/interactive/locale-switch.ts';
import { stateNotes } from '../../src/views/state-notes.ts';
import { parseRankingsState } from '../../src/views/rankings-state.ts';

const config = {
  years: [2021, 2022, 2023, 2024, 2025],
  pair: { from: 2023, to: 2024 },
  domains: [{ code: 'D3', label: 'Cải cách thủ tục hành chính', years: [2021, 2022, 2023, 2024, 2025] }],
  levels: ['ward', 'commune'],
  units: [{ id: 'xa-a', label: 'Xã A' }],
};

/** What the rankings page says a parameter shows (rankings-explorer.ts describes it the same way). */
function notesFor(search: string, locale: 'vi' | 'en') {
  const parsed = parseRankingsState(search, config);
  const v = parsed.values;
  const shown = (param: string): string =>
    ({
      year: String(v.year),
      from: `${v.from}–${v.to}`,
      to: `${v.from}–${v.to}`,
      domain: 'Chỉ số tổng',
      level: 'Tất cả',
      units: v.units.join(','),
    })[param] ?? '';
  return stateNotes(locale, parsed.issues, shown);
}

describe('the note on what a link held that could not be used', () => {
  test('a year that is not in the data: says which year is shown instead', () => {
    assert.deepEqual(notesFor('year=2031', 'vi'), ['Năm 2031 không có trong dữ liệu: đang hiện năm 2025.']);
    assert.deepEqual(notesFor('year=2031', 'en'), ['2031 is not a year in the data: showing 2025.']);
    assert.deepEqual(notesFor('to=2099', 'vi'), ['Năm 2099 không có trong dữ liệu: biểu đồ giữa hai năm đang hiện 2023–2024.']);
  });

  test('one sentence per issue, in the order found: unknown parameter, domain, units', () => {
    assert.deepEqual(notesFor('colour=red&domain=ZZ&units=xa-a,nope', 'vi'), [
      'Trang này không dùng “colour=red”: đã bỏ qua.',
      'Không có lĩnh vực “ZZ”: đang hiện Chỉ số tổng.',
      'Đã bỏ đơn vị nope: không có trong dữ liệu hoặc quá 12 đơn vị.',
    ]);
  });

  test('years the wrong way round, a repeated parameter, an unreadable version, an invalid sort', () => {
    assert.deepEqual(notesFor('from=2024&to=2022', 'en'), [
      'The first year must come before the second: the chart between two years shows 2022–2024.',
    ]);
    assert.deepEqual(notesFor('year=2022&year=2023', 'en'), ['“year” is in the link more than once: the first value is used.']);
    assert.deepEqual(notesFor('v=abc', 'en'), ['The link version “v=abc” could not be read: read as the current version.']);
    assert.deepEqual(notesFor('sort=random', 'vi'), ['Không dùng được “sort=random”: đã bỏ qua.']);
  });

  test('a valid link has nothing to say', () => {
    assert.deepEqual(notesFor('domain=D3&to=2024', 'vi'), []);
  });
});

describe('the language switch keeps the view', () => {
  test('the other language’s path with this page’s query and hash', () => {
    assert.equal(switchHref('/en/rankings/x/', '?domain=D3&to=2024', '#table'), '/en/rankings/x/?domain=D3&to=2024#table');
    assert.equal(switchHref('/rankings/x/?old=1#old', '?domain=D3', ''), '/rankings/x/?domain=D3', 'what the link held before is replaced');
    assert.equal(switchHref('/en/', '', ''), '/en/');
  });
});
