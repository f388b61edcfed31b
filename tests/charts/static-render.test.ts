import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { bumpChart } from '../../src/charts/bump-chart.ts';
import { slopeChart } from '../../src/charts/slope-chart.ts';
import { scoreTrend } from '../../src/charts/score-trend.ts';
import { domainPeers } from '../../src/charts/domain-peers.ts';
import { scopeIds } from '../../src/charts/figure.ts';
import { figureHtml } from '../../src/views/figure-html.ts';
import { renderShared, renderStatic, staticDocument } from '../../src/views/static-render.ts';
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

const bumpOptions = { width: 480, locale: 'vi' as const, labels: BUMP_LABELS_VI, endings: new Set(['quang-binh']) };

/** Each chart drawn in the build's shared document. */
const renders = {
  bump: () => bumpChart(BUMP_MERGER_ROWS, { ...bumpOptions, document: staticDocument() }),
  slope: () =>
    slopeChart(SLOPE_RANK_ROWS, {
      width: 480,
      locale: 'vi',
      labels: SLOPE_LABELS_VI,
      fromYear: 2021,
      toYear: 2022,
      measure: 'rank',
      document: staticDocument(),
    }),
  trend: () => scoreTrend(TREND_ROWS, { width: 480, locale: 'vi', labels: TREND_LABELS_VI, document: staticDocument() }),
  peers: () => domainPeers(PEERS_ROWS, { width: 480, locale: 'vi', labels: PEERS_LABELS_VI, document: staticDocument() }),
};

describe('build-time rendering in the shared document', () => {
  for (const [name, render] of Object.entries(renders)) {
    test(`${name}: rendering twice gives identical HTML`, () => {
      const first = render().outerHTML;
      assert.match(first, /^<figure class="chart chart--/);
      assert.equal(render().outerHTML, first);
    });
  }

  test('the same chart in a fresh document gives the same HTML', () => {
    const fresh = bumpChart(BUMP_MERGER_ROWS, { ...bumpOptions, document: testDocument() }).outerHTML;
    assert.equal(fresh, renders.bump().outerHTML);
  });

  test('renderStatic hands a view the shared document', async () => {
    assert.equal(await renderStatic(async (document) => document), staticDocument());
    assert.equal(staticDocument().documentElement.lang, 'vi');
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

  test("figureHtml gives the SVG with its legend, a visible table and the caption, taken from the chart's figure", () => {
    const whole = renders.bump().outerHTML;
    const parts = figureHtml(renders.bump(), 'Thứ hạng');
    assert.match(parts.svg, /^<svg class="chart-svg"[^]*<\/svg><ul class="chart-legend"/);
    assert.ok(whole.includes(parts.svg.slice(0, parts.svg.indexOf('<ul class="chart-legend"'))));
    assert.match(parts.table, /^<table class="chart-table"><caption>Thứ hạng qua các năm<\/caption>/);
    assert.equal(parts.caption, 'Thứ hạng');
    const trend = figureHtml(renders.trend(), '');
    assert.match(trend.svg, /<\/svg>$/, 'a chart without a legend gives the SVG alone');
  });
});

test('renderShared draws a view once per key and hands the same result to every page that asks', async () => {
  let drawn = 0;
  const view = async (document: Document) => {
    drawn += 1;
    return { same: document === staticDocument(), n: drawn };
  };
  const [a, b] = await Promise.all([renderShared('test|a', view), renderShared('test|a', view)]);
  assert.equal(a, b);
  assert.deepEqual(a, { same: true, n: 1 });
  assert.deepEqual(await renderShared('test|b', view), { same: true, n: 2 });
});
