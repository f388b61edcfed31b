import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { waterfallChart } from '../../src/charts/waterfall.ts';
import { WATERFALL_LABELS_VI as LABELS, WATERFALL_ROWS as ROWS } from './fixtures-waterfall.ts';
import { CHART_WIDTHS } from '../../src/views/chart-widths.ts';
import { assertTextFits } from './fit.ts';
import { assertAccessible, assertSnapshot, tableCells, testDocument } from './snapshot.ts';

const draw = (width: number, labels = LABELS, rows = ROWS) =>
  waterfallChart(rows, { width, locale: 'vi', labels, document: testDocument(), id: `wf-${width}` });

describe('waterfall', () => {
  test('a floating bar per step from the earlier total to the later, signed values, a table of running totals', () => {
    const figure = draw(720);
    assertAccessible(figure, 7);
    assert.deepEqual(tableCells(figure), [
      ['Tổng điểm 2023', '', '80,25'],
      ['Công tác chỉ đạo, điều hành cải cách hành chính', '+3', '83,25'],
      ['Cải cách thể chế', '−0,5', '82,75'],
      ['Cải cách thủ tục hành chính', '0', '82,75'],
      ['Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', '+1,75', '84,5'],
      ['Không quy được cho lĩnh vực nào (làm tròn)', '−0,25', '84,25'],
      ['Tổng điểm 2024', '', '84,25'],
    ]);
    assert.equal(figure.querySelectorAll('svg [data-tip]').length, 5, 'a tooltip on every step');
    assert.equal(
      figure.querySelector('svg [data-tip]')?.getAttribute('data-tip'),
      'Công tác chỉ đạo, điều hành cải cách hành chính\nThay đổi: +3',
    );
    assertSnapshot('waterfall-720', figure);
  });

  test('360-px phones (drawn at 320): names wrap whole above their bars, nothing cut or outside', () => {
    const figure = draw(320);
    assertTextFits(figure, 320);
    assertSnapshot('waterfall-320', figure);
  });

  test('percentage points across a framework change carry their unit', () => {
    const figure = draw(
      720,
      { ...LABELS, suffix: ' điểm %' },
      ROWS.slice(0, 3).concat([{ label: 'Tổng 2024', kind: 'total', value: 82.75 }]),
    );
    assert.deepEqual(tableCells(figure)[1], ['Công tác chỉ đạo, điều hành cải cách hành chính', '+3 điểm %', '83,25']);
    assertSnapshot('waterfall-pct', figure);
  });

  for (const width of CHART_WIDTHS) {
    test(`${width} px: every text inside the chart, at least 11 px, none cut`, () => {
      assertTextFits(draw(width), width);
    });
  }
});
