import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes, formatDate, formatNumber, formatPct, formatSigned, MISSING } from '../../src/i18n/format.ts';

describe('number formats', () => {
  test('Vietnamese uses a decimal comma and dot thousands', () => {
    assert.equal(formatNumber('vi', 85.95, 2), '85,95');
    assert.equal(formatNumber('vi', 12345.5, 1), '12.345,5');
    assert.equal(formatNumber('en', 85.95, 2), '85.95');
    assert.equal(formatNumber('en', 12345.5, 1), '12,345.5');
  });

  test('keeps exactly the requested decimals', () => {
    assert.equal(formatNumber('vi', 85.9, 2), '85,90');
    assert.equal(formatNumber('en', 63, 0), '63');
  });

  test('percentages are given in points (0–100)', () => {
    assert.equal(formatPct('vi', 85.95), '85,95%');
    assert.equal(formatPct('en', 85.95), '85.95%');
    assert.equal(formatPct('vi', 90, 1), '90,0%');
  });

  test("file sizes in the largest unit of 1,024 that fits, one decimal, the locale's separator", () => {
    assert.equal(formatBytes('vi', 17_464_320), '16,7 MB', 'not "17.055,0 KB"');
    assert.equal(formatBytes('en', 17_464_320), '16.7 MB');
    assert.equal(formatBytes('vi', 2_697), '2,6 KB');
    assert.equal(formatBytes('vi', 1_023), '1.023 B');
    assert.equal(formatBytes('en', 512), '512 B');
    assert.equal(formatBytes('en', 1_048_576), '1.0 MB');
  });

  test('signed changes use a real minus sign', () => {
    assert.equal(formatSigned('vi', 3), '+3');
    assert.equal(formatSigned('vi', -20), '\u221220');
    assert.equal(formatSigned('en', 0), '0');
    assert.equal(formatSigned('vi', -1.5, 2), '\u22121,50');
  });

  test('missing values are a dash, never 0', () => {
    assert.equal(formatNumber('vi', null), MISSING);
    assert.equal(formatPct('en', null), MISSING);
    assert.equal(formatSigned('en', Number.NaN), MISSING);
    assert.equal(formatDate('vi', null), MISSING);
  });
});

describe('dates', () => {
  test('an ISO date is the same day whatever the time zone', () => {
    assert.equal(formatDate('vi', '2025-07-01'), '1 tháng 7, 2025');
    assert.equal(formatDate('en', '2025-07-01'), '1 July 2025');
    assert.equal(formatDate('en', '2025-07-01', 'short'), '01/07/2025');
  });

  test('an invalid date is shown as missing', () => {
    assert.equal(formatDate('en', 'not a date'), MISSING);
  });
});
