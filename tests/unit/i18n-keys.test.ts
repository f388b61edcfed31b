import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MESSAGES, placeholdersOf } from '../../src/i18n/translate.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import {
  bumpLabels,
  claimsScatterLabels,
  claimsTrendLabels,
  heatTableLabels,
  mostLostLabels,
  paretoLabels,
  peersLabels,
  reasonsLabels,
  slopeLabels,
  trendLabels,
} from '../../src/views/chart-labels.ts';

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
    const sets: Readonly<Record<string, string>>[] = [
      { ...bumpLabels('vi') },
      { ...slopeLabels('vi') },
      { ...trendLabels('vi', 'Hà Tĩnh') },
      { ...peersLabels('vi', 'Hà Tĩnh') },
      { ...paretoLabels('vi') },
      { ...mostLostLabels('vi') },
      { ...reasonsLabels('vi') },
      { ...heatTableLabels('vi') },
      { ...claimsScatterLabels('vi') },
      { ...claimsTrendLabels('vi') },
    ];
    for (const set of sets)
      for (const [name, text] of Object.entries(set)) assert.doesNotMatch(text, /^charts\./, `${name} has no message`);
    assert.deepEqual(placeholdersOf(bumpLabels('en').summary), ['count', 'from', 'to']);
    assert.deepEqual(placeholdersOf(slopeLabels('en').summary), ['fallers', 'from', 'risers', 'to', 'unchanged']);
    assert.deepEqual(placeholdersOf(trendLabels('en', 'X').summary), ['first', 'from', 'last', 'to', 'unit']);
    assert.deepEqual(placeholdersOf(peersLabels('en', 'X').summary), ['above', 'count', 'unit']);
    assert.equal(slopeLabels('en').rank, 'Rank');
  });

  test('the lost-points charts fill the placeholders their templates have', () => {
    for (const locale of LOCALES) {
      const pareto = paretoLabels(locale);
      assert.deepEqual(placeholdersOf(pareto.summary), ['lost', 'n', 'share', 'top', 'topLost', 'total']);
      assert.deepEqual(placeholdersOf(pareto.cut), ['lost', 'n', 'share', 'total']);
      assert.deepEqual(placeholdersOf(mostLostLabels(locale).summary), ['lost', 'n', 'top', 'total']);
      assert.deepEqual(placeholdersOf(mostLostLabels(locale).unitsOf), ['n', 'total']);
      assert.deepEqual(placeholdersOf(reasonsLabels(locale).summary), ['lost', 'points', 'share', 'top']);
      assert.deepEqual(placeholdersOf(reasonsLabels(locale).points), ['points']);
      assert.deepEqual(placeholdersOf(heatTableLabels(locale).cell), ['item', 'unit', 'value']);
      assert.deepEqual(placeholdersOf(heatTableLabels(locale).lostOf), ['lost', 'max']);
      assert.deepEqual(placeholdersOf(claimsScatterLabels(locale).summary), ['count', 'mean', 'top', 'topCut']);
      assert.deepEqual(placeholdersOf(claimsTrendLabels(locale).summary), ['first', 'from', 'last', 'to']);
    }
    assert.equal(paretoLabels('vi').cumulative, 'Tỷ lệ cộng dồn');
    assert.equal(heatTableLabels('vi').notApplicable, 'Không áp dụng');
  });

  test('the sample and loading labels read as agreed', () => {
    assert.equal(MESSAGES.vi['sample.label'], 'Dữ liệu mẫu minh họa — không phải kết quả thật');
    assert.equal(MESSAGES.en['sample.label'], 'Illustrative sample data — not real results');
    assert.equal(MESSAGES.vi['engine.loading'], 'Đang khởi động công cụ truy vấn…');
  });
});
