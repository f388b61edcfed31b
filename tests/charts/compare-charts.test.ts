/**
 * The comparison charts: lines per unit that break where years cannot be compared, named at their
 * ends from 480 px (a legend on a phone), ranks with 1 at the top; domain profiles with one dot per
 * unit. Snapshots at the desktop width and at 360 px.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareLines, type CompareLinesOptions } from '../../src/charts/compare-lines.ts';
import { compareProfiles, profileDomain } from '../../src/charts/compare-profiles.ts';
import {
  COMPARE_LABELS_EN,
  COMPARE_LABELS_VI,
  COMPARE_RANKS,
  COMPARE_SCORES,
  COMPARE_UNITS,
  COMPARE_YEARS,
  PROFILE_LABELS_VI,
  PROFILE_ROWS,
} from './fixtures-compare.ts';
import { assertAccessible, assertSnapshot, tableCells, testDocument } from './snapshot.ts';

const pct = (v: number) => `${v.toFixed(2).replace('.', ',')}%`;
const lines = (width: number, extra: Partial<CompareLinesOptions> = {}) =>
  compareLines(extra.measure === 'rank' ? COMPARE_RANKS : COMPARE_SCORES, {
    width,
    locale: 'vi',
    labels: COMPARE_LABELS_VI,
    document: testDocument(),
    units: COMPARE_UNITS,
    years: COMPARE_YEARS,
    measure: 'score',
    format: pct,
    ...extra,
  });

/** The number of separate pieces ("M" commands) of each unit's line. */
const pieces = (figure: Element) =>
  [...figure.querySelectorAll('svg [data-mark=line]')].map((g) =>
    [...g.querySelectorAll('path')].reduce((n, p) => n + ((p.getAttribute('d') ?? '').match(/M/g) ?? []).length, 0),
  );

describe('compare lines', () => {
  test('scores at the desktop width: lines break at the framework change and the missing year, names at the ends', () => {
    const figure = lines(1120);
    assertAccessible(figure, 6);
    assert.equal(
      figure.querySelector('svg')?.getAttribute('aria-label'),
      'Điểm qua các năm. Sở Y tế, Sở Tài nguyên và Môi trường, Sở Khoa học và Công nghệ (2025), 2020–2025',
    );
    assert.deepEqual(tableCells(figure)[1], ['2021', '84,50%', '–', '–']);
    assert.deepEqual(pieces(figure), [2, 2, 1]);
    const names = [...figure.querySelectorAll('svg [data-mark=text] text')].map((t) => t.textContent);
    assert.deepEqual(names, ['Sở Y tế', 'Sở Tài nguyên và Môi trường', 'Sở Khoa học và Công nghệ (2025)']);
    assert.equal(figure.querySelector('.chart-legend'), null);
    assert.equal(figure.querySelectorAll('svg [data-tip]').length, 10);
    assertSnapshot('compare-lines-desktop', figure);
  });

  test('at 360 px a legend names the units instead', () => {
    const figure = lines(360);
    assert.equal(figure.querySelector('svg [data-mark=text]'), null);
    assert.deepEqual(
      [...figure.querySelectorAll('.chart-legend li')].map((li) => li.textContent),
      COMPARE_UNITS.map((u) => u.label),
    );
    assertSnapshot('compare-lines-360', figure);
  });

  test('ranks: 1 at the top, integer ticks starting at 1', () => {
    const figure = lines(1120, { measure: 'rank', format: String, labels: COMPARE_LABELS_EN, locale: 'en' });
    const dots = [...figure.querySelectorAll('svg circle[data-tip]')];
    const yOf = (tip: string) => Number(dots.find((d) => d.getAttribute('data-tip') === tip)?.getAttribute('cy'));
    assert.ok(yOf('Sở Y tế\n2023: 1') < yOf('Sở Y tế\n2020: 7'), 'rank 1 is above rank 7');
    assertSnapshot('compare-ranks-desktop', figure);
  });
});

describe('compare profiles', () => {
  test('one row per domain, one dot per unit with a score; a missing score is no dot', () => {
    const figure = compareProfiles(PROFILE_ROWS, {
      width: 1120,
      locale: 'vi',
      labels: PROFILE_LABELS_VI,
      document: testDocument(),
      units: COMPARE_UNITS,
      year: 2025,
    });
    assertAccessible(figure, 4);
    assert.deepEqual(tableCells(figure)[1], ['Cải cách thể chế', '78,33%', '88,20%', '–']);
    assert.deepEqual(profileDomain(PROFILE_ROWS), [60, 100]);
    assert.equal(figure.querySelectorAll('svg [data-tip]').length, 10);
    assert.deepEqual(
      [...figure.querySelectorAll('.chart-legend li')].map((li) => li.textContent),
      COMPARE_UNITS.map((u) => u.label),
    );
    assertSnapshot('compare-profiles-desktop', figure);
  });

  test('fits 360 px, names wrapped whole', () => {
    const figure = compareProfiles(PROFILE_ROWS, {
      width: 360,
      locale: 'vi',
      labels: PROFILE_LABELS_VI,
      document: testDocument(),
      units: COMPARE_UNITS,
      year: 2025,
    });
    const longest = [...figure.querySelectorAll('svg [data-mark=text] text')].at(-1);
    assert.equal(longest?.querySelectorAll('tspan').length, 2, 'the longest name wraps onto two lines');
    assert.equal(longest?.textContent, 'Xây dựng và phát triển chính quyền điện tử, chínhquyền số');
    assertSnapshot('compare-profiles-360', figure);
  });
});
