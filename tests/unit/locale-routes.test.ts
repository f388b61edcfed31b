import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALES } from '../../src/i18n/locales.ts';
import { localeFromParam, localeParams, withLocales } from '../../src/routing/locale-routes.ts';

describe('locale routes come from LOCALES', () => {
  test('one static path per locale: the default at the root, the others under their prefix', () => {
    assert.deepEqual(localeParams(), [{ params: { locale: undefined } }, { params: { locale: 'en' } }]);
    assert.equal(localeParams().length, LOCALES.length);
  });

  test('a route param gives its locale; the root and anything unknown give the default', () => {
    assert.equal(localeFromParam('en'), 'en');
    assert.equal(localeFromParam(undefined), 'vi');
    assert.equal(localeFromParam('fr'), 'vi');
  });

  test('other params are crossed with every locale', () => {
    assert.deepEqual(withLocales([{ params: { unit: 'ha-noi' }, props: { n: 1 } }]), [
      { params: { unit: 'ha-noi', locale: undefined }, props: { n: 1 } },
      { params: { unit: 'ha-noi', locale: 'en' }, props: { n: 1 } },
    ]);
  });
});
