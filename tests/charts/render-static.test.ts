import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { renderParts, renderToString } from '../../src/charts/render-static.ts';
import { bumpChart } from '../../src/charts/bump-chart.ts';
import { slopeChart } from '../../src/charts/slope-chart.ts';
import { scoreTrend } from '../../src/charts/score-trend.ts';
import { domainPeers } from '../../src/charts/domain-peers.ts';
import {
  BUMP_LABELS_VI,
  BUMP_MERGER_ROWS,
  PEERS_LABELS_VI,
  PEERS_ROWS,
  SLOPE_LABELS_VI,
  SLOPE_RANK_ROWS,
  TREND_LABELS_VI,
  TREND_ROWS,
} from './fixtures.ts';
import { testDocument } from './snapshot.ts';
import { scopeIds } from '../../src/charts/figure.ts';

const renders = {
  bump: () =>
    renderToString(bumpChart, BUMP_MERGER_ROWS, { width: 480, locale: 'vi', labels: BUMP_LABELS_VI, endings: new Set(['quang-binh']) }),
  slope: () =>
    renderToString(slopeChart, SLOPE_RANK_ROWS, {
      width: 480,
      locale: 'vi',
      labels: SLOPE_LABELS_VI,
      fromYear: 2021,
      toYear: 2022,
      measure: 'rank',
    }),
  trend: () => renderToString(scoreTrend, TREND_ROWS, { width: 480, locale: 'vi', labels: TREND_LABELS_VI }),
  peers: () => renderToString(domainPeers, PEERS_ROWS, { width: 480, locale: 'vi', labels: PEERS_LABELS_VI }),
};

describe('renderToString', () => {
  for (const [name, render] of Object.entries(renders)) {
    test(`${name}: rendering twice gives identical HTML`, () => {
      const first = render();
      assert.match(first, /^<figure class="chart chart--/);
      assert.equal(render(), first);
    });
  }

  test('the same chart in a fresh document gives the same HTML', () => {
    const fresh = bumpChart(BUMP_MERGER_ROWS, {
      width: 480,
      locale: 'vi',
      labels: BUMP_LABELS_VI,
      endings: new Set(['quang-binh']),
      document: testDocument(),
    }).outerHTML;
    assert.equal(fresh, renders.bump());
  });

  test('ids are renamed after the chart, references included, so two charts can share a page', () => {
    const document = testDocument();
    const root = document.createElement('figure');
    root.innerHTML =
      '<svg><clipPath id="plot-clip-7"></clipPath><g clip-path="url(#plot-clip-7)"></g><use href="#plot-clip-7"></use><a href="#elsewhere"></a></svg>';
    scopeIds(root, 'bump-a');
    assert.equal(root.querySelector('clipPath')?.id, 'bump-a-1');
    assert.equal(root.querySelector('g')?.getAttribute('clip-path'), 'url(#bump-a-1)');
    assert.equal(root.querySelector('use')?.getAttribute('href'), '#bump-a-1');
    assert.equal(root.querySelector('a')?.getAttribute('href'), '#elsewhere');
  });

  test("renderParts gives the SVG, legend and a visible table separately, equal to the figure's", () => {
    const options = { width: 480, locale: 'vi' as const, labels: BUMP_LABELS_VI, endings: new Set(['quang-binh']) };
    const parts = renderParts(bumpChart, BUMP_MERGER_ROWS, options);
    const whole = renderToString(bumpChart, BUMP_MERGER_ROWS, options);
    assert.match(parts.svg, /^<svg class="chart-svg"/);
    assert.ok(whole.includes(parts.svg));
    assert.match(parts.legend, /^<ul class="chart-legend"/);
    assert.match(parts.table, /^<table class="chart-table"><caption>Thứ hạng qua các năm<\/caption>/);
    assert.equal(renderParts(scoreTrend, TREND_ROWS, { width: 480, locale: 'vi', labels: TREND_LABELS_VI }).legend, '');
  });
});
