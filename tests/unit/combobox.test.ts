import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { addChoice, choiceText, focusAfterRemoval, matchingOptions, nextActive, removeChoice } from '../../src/interactive/combobox.ts';

const UNITS = [
  { id: 'an-giang', label: 'An Giang' },
  { id: 'bac-giang', label: 'Bắc Giang' },
  { id: 'da-nang', label: 'Đà Nẵng' },
  { id: 'ha-noi', label: 'Hà Nội' },
  { id: 'nghe-an', label: 'Nghệ An' },
  { id: 'xa-an-binh', label: 'Xã An Bình' },
];
const ids = (options: { id: string }[]) => options.map((o) => o.id);

describe('unit picker: matching', () => {
  test('diacritics and case are ignored; each word typed starts a word of the name', () => {
    assert.deepEqual(ids(matchingOptions(UNITS, 'nghe an', [])), ['nghe-an']);
    assert.deepEqual(ids(matchingOptions(UNITS, 'DA NANG', [])), ['da-nang']);
    assert.deepEqual(ids(matchingOptions(UNITS, 'an giang', [])), ['an-giang'], 'not Bắc Giang');
  });

  test('names that start with the query first, then those with a word starting with it, then the rest', () => {
    assert.deepEqual(ids(matchingOptions(UNITS, 'an', [])), ['an-giang', 'nghe-an', 'xa-an-binh', 'bac-giang', 'da-nang', 'ha-noi']);
    assert.deepEqual(ids(matchingOptions(UNITS, 'hanoi', [])), ['ha-noi'], 'typed run together');
  });

  test('chosen units are not offered again; an empty query offers nothing', () => {
    assert.deepEqual(ids(matchingOptions(UNITS, 'an gi', ['nghe-an'])), ['an-giang']);
    assert.deepEqual(ids(matchingOptions(UNITS, 'an', ['an-giang', 'bac-giang', 'da-nang', 'ha-noi'])), ['nghe-an', 'xa-an-binh']);
    assert.deepEqual(matchingOptions(UNITS, '  ', []), []);
    assert.deepEqual(matchingOptions(UNITS, 'zzz', []), []);
  });
});

describe('unit picker: the active option', () => {
  test('Down and Up move one and wrap around', () => {
    assert.equal(nextActive(-1, 3, 'ArrowDown'), 0);
    assert.equal(nextActive(0, 3, 'ArrowDown'), 1);
    assert.equal(nextActive(2, 3, 'ArrowDown'), 0);
    assert.equal(nextActive(0, 3, 'ArrowUp'), 2);
    assert.equal(nextActive(-1, 3, 'ArrowUp'), 2);
    assert.equal(nextActive(2, 3, 'ArrowUp'), 1);
  });

  test('no options: none is active; a shorter list keeps the active option inside it', () => {
    assert.equal(nextActive(1, 0, 'ArrowDown'), -1);
    assert.equal(nextActive(4, 2, 'x'), 1);
  });
});

describe('unit picker: the chosen units', () => {
  test('added at the end, once, up to the maximum', () => {
    assert.deepEqual(addChoice(['a'], 'b', 12), ['a', 'b']);
    assert.deepEqual(addChoice(['a', 'b'], 'a', 12), ['a', 'b']);
    assert.deepEqual(addChoice(['a', 'b'], 'c', 2), ['a', 'b']);
  });

  test('removed by id', () => {
    assert.deepEqual(removeChoice(['a', 'b', 'c'], 'b'), ['a', 'c']);
    assert.deepEqual(removeChoice(['a'], 'z'), ['a']);
  });

  test('after a chip is removed, focus goes to the chip that takes its place, else the one before, else the search box', () => {
    assert.equal(focusAfterRemoval(0, 3), 0);
    assert.equal(focusAfterRemoval(1, 3), 1);
    assert.equal(focusAfterRemoval(2, 3), 1, 'the last chip: the one before it');
    assert.equal(focusAfterRemoval(0, 1), -1, 'no chip left: the search box');
  });
});

describe('unit picker: how a choice reads', () => {
  test('the name, with the years only when another unit has the name', () => {
    assert.equal(choiceText({ id: 'a', label: 'Xã An Bình' }), 'Xã An Bình');
    assert.equal(choiceText({ id: 'b', label: 'Xã Quang Nghĩa', years: '2025' }), 'Xã Quang Nghĩa (2025)');
  });
});
