import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { interpolate, isMessageKey, t, translateWith, type MessageKey } from '../../src/i18n/translate.ts';
import { localeFromPath, localePath, otherLocales, stripLocale, switchLocalePath } from '../../src/i18n/locales.ts';

describe('t()', () => {
  test('looks a key up in the locale', () => {
    assert.equal(t('vi', 'nav.home'), 'Trang chủ');
    assert.equal(t('en', 'nav.home'), 'Home');
  });

  test('fills {placeholders}, inserting numbers as written', () => {
    assert.equal(
      t('vi', 'partial.label', { published: 12, total: 63, units: 'tỉnh', year: 2024 }),
      '12 trên 63 tỉnh được công bố năm 2024',
    );
    assert.equal(
      t('en', 'partial.label', { published: 12, total: 63, units: 'provinces', year: 2024 }),
      '12 of 63 provinces published for 2024',
    );
  });

  test('leaves a placeholder without a value in place', () => {
    assert.equal(interpolate('{a} and {b}', { a: 'x' }), 'x and {b}');
    assert.equal(t('en', 'movers.up'), 'up {count}');
  });

  test('falls back to an unknown key itself rather than throwing', () => {
    const missing = 'no.such.key' as MessageKey;
    assert.equal(t('en', missing), 'no.such.key');
    assert.equal(isMessageKey('no.such.key'), false);
    assert.equal(isMessageKey('level.province'), true);
  });

  test('falls back to Vietnamese when the English message is missing', () => {
    const messages = { vi: { 'a.b': 'Xin chào {name}', 'a.c': 'Có' }, en: { 'a.c': 'Yes' } };
    assert.equal(translateWith(messages, 'en', 'a.b', { name: 'Lan' }), 'Xin chào Lan');
    assert.equal(translateWith(messages, 'en', 'a.c'), 'Yes');
    assert.equal(translateWith(messages, 'en', 'a.d'), 'a.d');
  });
});

describe('locale paths', () => {
  test('Vietnamese at the root, English under /en/', () => {
    assert.equal(localePath('vi', '/units/ha-tinh/'), '/units/ha-tinh/');
    assert.equal(localePath('en', '/units/ha-tinh/'), '/en/units/ha-tinh/');
    assert.equal(localePath('en', '/'), '/en/');
    assert.equal(localePath('vi', 'rankings/'), '/rankings/');
  });

  test('reads and strips the locale of a path', () => {
    assert.equal(localeFromPath('/en/units/'), 'en');
    assert.equal(localeFromPath('/units/'), 'vi');
    assert.equal(localeFromPath('/english/'), 'vi');
    assert.equal(stripLocale('/en/units/'), '/units/');
    assert.equal(stripLocale('/en'), '/');
    assert.equal(stripLocale('/units/'), '/units/');
  });

  test('switches a page to the other locale', () => {
    assert.deepEqual(otherLocales('vi'), ['en']);
    assert.equal(switchLocalePath('/en/rankings/?year=2024', 'vi'), '/rankings/?year=2024');
    assert.equal(switchLocalePath('/rankings/', 'en'), '/en/rankings/');
  });
});
