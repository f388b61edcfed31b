import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { claimsTrend, claimsTrendDomain, type ClaimsTrendOptions } from '../../src/charts/claims-trend.ts';
import { assertTextFits, textExtents } from './fit.ts';
import { CLAIMS_TREND_LABELS_EN, CLAIMS_TREND_LABELS_VI, CLAIMS_TREND_ROWS } from './fixtures.ts';
import { assertAccessible, assertSnapshot, tableCells, testDocument } from './snapshot.ts';

const options = (width: number, locale: 'vi' | 'en' = 'vi'): ClaimsTrendOptions => ({
  width,
  locale,
  labels: locale === 'vi' ? CLAIMS_TREND_LABELS_VI : CLAIMS_TREND_LABELS_EN,
  document: testDocument(),
});

/** The x positions of the year tick labels. */
function yearLabels(figure: Element) {
  return textExtents(figure.querySelector('svg') as Element).filter((t) => /^\d{4}$/.test(t.text));
}

describe('claims trend', () => {
  test('mean and median lines, named at their ends, apart', () => {
    const figure = claimsTrend(CLAIMS_TREND_ROWS, options(720));
    assertAccessible(figure, 8);
    assertTextFits(figure, 720);
    assert.equal(figure.querySelectorAll('svg [data-mark=line]').length, 2);
    const ends = [...figure.querySelectorAll('svg text')].filter((t) => /^Trung (bình|vị) /.test(t.textContent ?? ''));
    assert.deepEqual(
      ends.map((t) => t.textContent),
      ['Trung bình 2,81', 'Trung vị 2,51'],
    );
    const ys = ends.map((t) => Number(/translate\([^,]+,([-\d.]+)\)/.exec(t.getAttribute('transform') ?? '')?.[1]));
    assert.ok(Math.abs((ys[0] ?? 0) - (ys[1] ?? 0)) >= 12, 'the end labels do not overlap');
    assert.equal(yearLabels(figure).length, 8, 'every year labelled at 720 px');
    assert.deepEqual(tableCells(figure)[0], ['2017', '5,82', '4,9']);
    assert.equal(
      figure.querySelector('svg')?.getAttribute('aria-label'),
      'Chênh lệch giữa điểm tự chấm và điểm thẩm định qua các năm. Trung bình mỗi đơn vị bị trừ 5,82 điểm so với điểm tự chấm năm 2017 và 2,81 điểm năm 2024',
    );
    assertSnapshot('claims-trend-720', figure);
  });

  test('360 px: year labels never overlap', () => {
    const figure = claimsTrend(CLAIMS_TREND_ROWS, options(360));
    assertAccessible(figure, 8);
    assertTextFits(figure, 360);
    const years = yearLabels(figure).sort((a, b) => a.left - b.left);
    for (let i = 1; i < years.length; i++) assert.ok((years[i]?.left ?? 0) >= (years[i - 1]?.right ?? 0) + 4, 'year labels apart');
    assertSnapshot('claims-trend-360', figure);
  });

  test('English', () => {
    const figure = claimsTrend(CLAIMS_TREND_ROWS, options(720, 'en'));
    assertTextFits(figure, 720);
    assert.deepEqual(tableCells(figure)[7], ['2024', '2.81', '2.51']);
    assertSnapshot('claims-trend-en', figure);
  });

  test('the y domain starts at 0 and ends at a round value above the largest gap', () => {
    assert.deepEqual(claimsTrendDomain(CLAIMS_TREND_ROWS), [0, 6]);
    assert.deepEqual(claimsTrendDomain([{ year: 2024, mean_cut: -1.5, median_cut: 12 }]), [-5, 15]);
  });
});
