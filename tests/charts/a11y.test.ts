import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { bumpChart } from '../../src/charts/bump-chart.ts';
import { slopeChart } from '../../src/charts/slope-chart.ts';
import { scoreTrend } from '../../src/charts/score-trend.ts';
import { domainPeers } from '../../src/charts/domain-peers.ts';
import { claimsScatter } from '../../src/charts/claims-scatter.ts';
import { claimsTrend } from '../../src/charts/claims-trend.ts';
import { heatTable } from '../../src/charts/heat-table.ts';
import { mostLostChart } from '../../src/charts/most-lost-chart.ts';
import { paretoChart } from '../../src/charts/pareto-chart.ts';
import { reasonsChart } from '../../src/charts/reasons-chart.ts';
import { waterfallChart } from '../../src/charts/waterfall.ts';
import { WATERFALL_LABELS_VI, WATERFALL_ROWS } from './fixtures-waterfall.ts';
import {
  BUMP_LABELS_VI,
  CLAIMS_LABELS_VI,
  CLAIMS_ROWS,
  CLAIMS_TREND_LABELS_VI,
  CLAIMS_TREND_ROWS,
  HEAT_CELLS,
  HEAT_LABELS_VI,
  MOST_LOST_LABELS_VI,
  MOST_LOST_ROWS,
  PARETO_CUT,
  PARETO_ITEMS_TOTAL,
  PARETO_LABELS_VI,
  PARETO_ROWS,
  PARETO_TOTAL_LOST,
  REASONS_LABELS_VI,
  REASONS_ROWS,
  BUMP_MERGER_ROWS,
  PEERS_LABELS_VI,
  PEERS_ROWS,
  SLOPE_LABELS_VI,
  SLOPE_RANK_ROWS,
  TREND_LABELS_VI,
  TREND_MEDIAN,
  TREND_ROWS,
} from './fixtures.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; nodes: { html: string }[] }[];
}

/** Runs axe-core over a page holding the chart (colour contrast needs a layout engine, so it is left to the e2e sweep). */
async function violations(render: (document: Document) => HTMLElement): Promise<string[]> {
  const dom = new JSDOM('<!doctype html><html lang="vi"><head><title>t</title></head><body><main></main></body></html>', {
    runScripts: 'outside-only',
  });
  const { document } = dom.window;
  document.querySelector('main')?.append(render(document));
  dom.window.eval(axeSource);
  const axe = (dom.window as unknown as { axe: { run: (el: Element, o: object) => Promise<AxeResult> } }).axe;
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  // Array.from: the result comes from the jsdom realm, whose arrays deepEqual tells apart from ours.
  return Array.from(result.violations, (v) => `${v.id}: ${v.nodes[0]?.html.slice(0, 80) ?? ''}`);
}

describe('charts pass axe-core', () => {
  const cases: Record<string, (document: Document) => HTMLElement> = {
    bump: (document) =>
      bumpChart(BUMP_MERGER_ROWS, {
        width: 640,
        locale: 'vi',
        labels: BUMP_LABELS_VI,
        document,
        endings: new Set(['quang-binh']),
        highlight: ['ha-tinh'],
      }),
    slope: (document) =>
      slopeChart(SLOPE_RANK_ROWS, {
        width: 640,
        locale: 'vi',
        labels: SLOPE_LABELS_VI,
        document,
        fromYear: 2021,
        toYear: 2022,
        measure: 'rank',
      }),
    trend: (document) => scoreTrend(TREND_ROWS, { width: 640, locale: 'vi', labels: TREND_LABELS_VI, document, comparison: TREND_MEDIAN }),
    peers: (document) => domainPeers(PEERS_ROWS, { width: 640, locale: 'vi', labels: PEERS_LABELS_VI, document }),
    pareto: (document) =>
      paretoChart(PARETO_ROWS, {
        width: 640,
        locale: 'vi',
        labels: PARETO_LABELS_VI,
        document,
        cutIndex: PARETO_CUT,
        totalLost: PARETO_TOTAL_LOST,
        itemsTotal: PARETO_ITEMS_TOTAL,
      }),
    mostLost: (document) => mostLostChart(MOST_LOST_ROWS, { width: 640, locale: 'vi', labels: MOST_LOST_LABELS_VI, document }),
    reasons: (document) => reasonsChart(REASONS_ROWS, { width: 640, locale: 'vi', labels: REASONS_LABELS_VI, document }),
    claims: (document) => claimsScatter(CLAIMS_ROWS, { width: 640, locale: 'vi', labels: CLAIMS_LABELS_VI, document }),
    claimsTrend: (document) => claimsTrend(CLAIMS_TREND_ROWS, { width: 640, locale: 'vi', labels: CLAIMS_TREND_LABELS_VI, document }),
    waterfall: (document) => waterfallChart(WATERFALL_ROWS, { width: 640, locale: 'vi', labels: WATERFALL_LABELS_VI, document }),
    heat: (document) =>
      heatTable(HEAT_CELLS, {
        locale: 'vi',
        labels: HEAT_LABELS_VI,
        caption: 'Điểm bị trừ',
        unitHref: (u, i) => `/don-vi/${u}/#${i}`,
        document,
      }),
  };
  for (const [name, render] of Object.entries(cases)) {
    test(name, async () => assert.deepEqual(await violations(render), []));
  }
});
