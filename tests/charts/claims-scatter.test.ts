import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { claimsDomain, claimsScatter, type ClaimsScatterOptions } from '../../src/charts/claims-scatter.ts';
import { textExtents, assertTextFits } from './fit.ts';
import { CLAIMS_LABELS_EN, CLAIMS_LABELS_VI, CLAIMS_ROWS } from './fixtures.ts';
import { assertAccessible, assertSnapshot, tableCells, testDocument } from './snapshot.ts';

const options = (width: number, locale: 'vi' | 'en' = 'vi'): ClaimsScatterOptions => ({
  width,
  locale,
  labels: locale === 'vi' ? CLAIMS_LABELS_VI : CLAIMS_LABELS_EN,
  document: testDocument(),
});

/** The names drawn beside dots, with their vertical extents. */
function nameBoxes(figure: Element, names: readonly string[]) {
  return [...figure.querySelectorAll('svg text')]
    .filter((t) => names.some((n) => (t.textContent ?? '').replace(/\s+/g, ' ').includes(n.split(' ')[0] ?? n)))
    .map((t) => {
      const y = Number(/translate\([^,]+,([-\d.]+)\)/.exec(t.getAttribute('transform') ?? '')?.[1]);
      const lines = Math.max(1, t.querySelectorAll('tspan').length);
      const half = (lines * 13) / 2;
      return { text: t.textContent ?? '', top: y - half, bottom: y + half };
    });
}

describe('claims scatter', () => {
  test('the same round domain on both axes, strictly around the data', () => {
    assert.deepEqual(claimsDomain(CLAIMS_ROWS).domain, [40, 65]);
    assert.deepEqual(claimsDomain(CLAIMS_ROWS).ticks, [40, 45, 50, 55, 60, 65]);
    assert.deepEqual(claimsDomain([{ unit_id: 'a', label: 'A', self_score: 60, appraised: 50 }]).domain, [48, 62]);
  });

  test('the five largest cuts are coloured and named, names apart; the diagonal is labelled', () => {
    const figure = claimsScatter(CLAIMS_ROWS, options(720));
    assertAccessible(figure, 14);
    assertTextFits(figure, 720);
    assert.equal(figure.querySelectorAll('svg [data-mark=dot]')[1]?.querySelectorAll('circle').length, 5);
    const top5 = ['Thành phố Hồ Chí Minh', 'Bà Rịa – Vũng Tàu', 'Lai Châu', 'Hà Giang', 'Thừa Thiên Huế'];
    const boxes = nameBoxes(figure, top5);
    assert.equal(boxes.length, 5);
    for (const a of boxes)
      for (const b of boxes) if (a !== b) assert.ok(a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5, `${a.text} overlaps ${b.text}`);
    assert.ok([...figure.querySelectorAll('svg text')].some((t) => t.textContent === 'Không bị trừ'));
    assert.deepEqual(tableCells(figure)[0], ['Thành phố Hồ Chí Minh', '60,5', '53', '7,5']);
    assert.deepEqual(tableCells(figure)[13], ['Kiên Giang', '54,2', '54,7', '−0,5']);
    assert.equal(
      figure.querySelector('svg')?.getAttribute('aria-label'),
      'Điểm tự chấm và điểm thẩm định. 14 đơn vị, trung bình bị trừ 3,48 điểm so với điểm tự chấm; nhiều nhất là Thành phố Hồ Chí Minh (7,5 điểm)',
    );
    assertSnapshot('claims-720', figure);
  });

  test('the pointer tip leaves no box in the static SVG', () => {
    const figure = claimsScatter(CLAIMS_ROWS, options(720));
    const tip = figure.querySelector('svg [data-mark=tip]');
    assert.ok(tip, 'the tip mark is there for the browser');
    assert.equal(tip.children.length, 0, 'and empty until a pointer moves');
  });

  test('360 px: everything inside, names still apart', () => {
    const figure = claimsScatter(CLAIMS_ROWS, options(360));
    assertAccessible(figure, 14);
    assertTextFits(figure, 360);
    assert.ok(textExtents(figure.querySelector('svg') as Element).length > 10);
    assertSnapshot('claims-360', figure);
  });

  test('English, with a chosen highlight', () => {
    const figure = claimsScatter(CLAIMS_ROWS, { ...options(720, 'en'), highlight: ['ha-tinh'] });
    assertTextFits(figure, 720);
    assert.equal(figure.querySelectorAll('svg [data-mark=dot]')[1]?.querySelectorAll('circle').length, 1);
    assert.ok([...figure.querySelectorAll('svg text')].some((t) => t.textContent === 'Hà Tĩnh'));
    assertSnapshot('claims-en', figure);
  });
});
