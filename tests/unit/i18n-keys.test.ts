import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MESSAGES, placeholdersOf } from '../../src/i18n/translate.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { bumpLabels, peersLabels, slopeLabels, trendLabels } from '../../src/views/chart-labels.ts';

const vi = MESSAGES.vi;

describe('translation files', () => {
  test('every locale has exactly the Vietnamese keys', () => {
    for (const locale of LOCALES) {
      assert.deepEqual(Object.keys(MESSAGES[locale]).sort(), Object.keys(vi).sort(), `keys of ${locale}.json`);
    }
  });

  test('no message is empty or only spaces', () => {
    for (const locale of LOCALES) {
      for (const [key, value] of Object.entries(MESSAGES[locale])) {
        assert.notEqual(value.trim(), '', `${locale}.json: ${key} is empty`);
      }
    }
  });

  test('every translation has the same {placeholders} as the Vietnamese message', () => {
    for (const locale of LOCALES) {
      for (const [key, value] of Object.entries(MESSAGES[locale])) {
        assert.deepEqual(placeholdersOf(value), placeholdersOf(vi[key] ?? ''), `${locale}.json: ${key}`);
      }
    }
  });

  test('keys are flat, dotted and lower camel case', () => {
    for (const key of Object.keys(vi)) assert.match(key, /^[a-z][A-Za-z0-9]*(\.[a-zA-Z_][A-Za-z0-9_]*)+$/, key);
  });

  test('files are NFC (Vietnamese text is never stored decomposed)', () => {
    for (const locale of LOCALES) {
      const text = readFileSync(new URL(`../../src/i18n/${locale}.json`, import.meta.url), 'utf8');
      assert.equal(text, text.normalize('NFC'), `${locale}.json is not NFC`);
    }
  });

  test('every chart label has its message, with the placeholders the chart fills', () => {
    const labels = { vi: [bumpLabels('vi'), slopeLabels('vi'), trendLabels('vi', 'Hà Tĩnh'), peersLabels('vi', 'Hà Tĩnh')] };
    for (const set of labels.vi)
      for (const [name, text] of Object.entries(set)) assert.doesNotMatch(text, /^charts\./, `${name} has no message`);
    assert.deepEqual(placeholdersOf(bumpLabels('en').summary), ['count', 'from', 'to']);
    assert.deepEqual(placeholdersOf(slopeLabels('en').summary), ['fallers', 'from', 'risers', 'to', 'unchanged']);
    assert.deepEqual(placeholdersOf(trendLabels('en', 'X').summary), ['first', 'from', 'last', 'to', 'unit']);
    assert.deepEqual(placeholdersOf(peersLabels('en', 'X').summary), ['above', 'count', 'unit']);
    assert.equal(slopeLabels('en').rank, 'Rank');
  });

  test('the sample and loading labels read as agreed', () => {
    assert.equal(MESSAGES.vi['sample.label'], 'Dữ liệu mẫu minh họa — không phải kết quả thật');
    assert.equal(MESSAGES.en['sample.label'], 'Illustrative sample data — not real results');
    assert.equal(MESSAGES.vi['engine.loading'], 'Đang khởi động công cụ truy vấn…');
  });
});
