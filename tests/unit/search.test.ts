import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { compareVi, matchesQuery, searchKey, sortByName } from '../../src/i18n/search.ts';

describe('Vietnamese collation', () => {
  test('Đ sorts after C and before H', () => {
    const sorted = ['Hà Nội', 'Đà Nẵng', 'Cần Thơ'].sort(compareVi);
    assert.deepEqual(sorted, ['Cần Thơ', 'Đà Nẵng', 'Hà Nội']);
  });

  test('d sorts before đ, and Bắc after Bà', () => {
    assert.ok(compareVi('Điện Biên', 'Đà Nẵng') > 0);
    assert.ok(compareVi('Đà Nẵng', 'Dak Lak') > 0, 'đ comes after d');
    assert.deepEqual(
      sortByName([{ n: 'Bắc Ninh' }, { n: 'Bà Rịa' }, { n: 'An Giang' }], (x) => x.n).map((x) => x.n),
      ['An Giang', 'Bà Rịa', 'Bắc Ninh'],
    );
  });
});

describe('search', () => {
  test('searchKey strips diacritics, đ and punctuation', () => {
    assert.equal(searchKey('Nghệ An'), 'nghe an');
    assert.equal(searchKey('Đà Nẵng'), 'da nang');
    assert.equal(searchKey('  Bà Rịa – Vũng Tàu '), 'ba ria vung tau');
    assert.equal(searchKey('Nghe\u0323\u0302 An'.normalize('NFD')), 'nghe an');
  });

  test('finds units without diacritics', () => {
    assert.ok(matchesQuery('Nghệ An', 'nghe an'));
    assert.ok(matchesQuery('Đà Nẵng', 'da nang'));
    assert.ok(matchesQuery('Đà Nẵng', 'danang'));
    assert.ok(matchesQuery('Thành phố Hồ Chí Minh', 'ho chi'));
    assert.ok(matchesQuery('Bà Rịa – Vũng Tàu', 'vung tau'));
  });

  test('every word must start a word of the name', () => {
    assert.equal(matchesQuery('Hà Nam', 'nghe an'), false);
    assert.equal(matchesQuery('Nghệ An', 'an nghe'), true);
    assert.equal(matchesQuery('An Giang', 'giang x'), false);
  });

  test('any of several names may match, and an empty query matches all', () => {
    assert.ok(matchesQuery(['Thừa Thiên Huế', 'Huế'], 'hue'));
    assert.ok(matchesQuery('Hà Tĩnh', '   '));
  });
});
