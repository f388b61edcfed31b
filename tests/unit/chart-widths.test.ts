import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { atChartWidths, CHART_WIDTHS, chartFigureHtml, fillChartFigure } from '../../src/views/chart-widths.ts';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

describe('chart widths', () => {
  test('global.css has a container query at each width but the narrowest, and shows each drawing in one', () => {
    const queries = [...css.matchAll(/@container \(min-width: (\d+)px\)/g)].map((m) => Number(m[1]));
    assert.deepEqual(queries, CHART_WIDTHS.slice(1));
    const shown = [...css.matchAll(/\.chart-at\[data-width='(\d+)'\] \{\s*display: block;/g)].map((m) => Number(m[1]));
    assert.deepEqual(shown, [...CHART_WIDTHS]);
  });

  test('the widths rise, and the narrowest fits a 360-px phone inside the page margins (2 × 16 px)', () => {
    assert.deepEqual(
      [...CHART_WIDTHS].sort((a, b) => a - b),
      [...CHART_WIDTHS],
    );
    assert.ok(CHART_WIDTHS[0] <= 360 - 32);
  });

  test('a chart is drawn once per width; caption and table come from the first drawing', () => {
    const drawn: number[] = [];
    const r = atChartWidths((width) => {
      drawn.push(width);
      return { svg: `<svg width="${width}"></svg>`, table: '<table></table>', caption: 'Caption' };
    });
    assert.deepEqual(drawn, [...CHART_WIDTHS]);
    assert.deepEqual(
      r.svgs.map((s) => s.svg),
      CHART_WIDTHS.map((w) => `<svg width="${w}"></svg>`),
    );
    assert.equal(r.caption, 'Caption');
  });

  test('a redraw replaces the drawings, caption and table, and keeps the open data table open', () => {
    const draw = (text: string) => atChartWidths((width) => ({ svg: `<svg data-w="${width}">${text}</svg>`, table: text, caption: text }));
    const { document } = new JSDOM(
      `<body>${chartFigureHtml(draw('before'), { name: 'bump', withId: true, dataTable: 'Bảng số liệu' })}</body>`,
    ).window;
    const figure = document.getElementById('bump')!;
    assert.equal(figure.dataset.chart, 'bump');
    figure.querySelector('details')!.open = true;
    fillChartFigure(figure, draw('after'));
    assert.deepEqual(
      [...figure.querySelectorAll('.chart-at')].map((el) => [el.getAttribute('data-width'), el.textContent]),
      CHART_WIDTHS.map((w) => [String(w), 'after']),
    );
    assert.equal(figure.querySelector('figcaption')!.textContent, 'after');
    assert.equal(figure.querySelector('.chart-table')!.textContent, 'after');
    assert.equal(figure.querySelector('details')!.open, true);
  });
});
