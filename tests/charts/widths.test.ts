/**
 * Every chart at every width it is drawn at on a page (CHART_WIDTHS): each line of text inside the
 * chart, none smaller than 11 px, none cut with "…". The phone's drawing (320 px) is shown at its own
 * size on a 360-px phone, so these sizes are the sizes the reader sees.
 */
import { describe, test } from 'node:test';
import { bumpChart } from '../../src/charts/bump-chart.ts';
import { claimsScatter } from '../../src/charts/claims-scatter.ts';
import { claimsTrend } from '../../src/charts/claims-trend.ts';
import { compareLines } from '../../src/charts/compare-lines.ts';
import { compareProfiles } from '../../src/charts/compare-profiles.ts';
import { domainPeers } from '../../src/charts/domain-peers.ts';
import { domainTrends } from '../../src/charts/domain-trends.ts';
import { mostLostChart } from '../../src/charts/most-lost-chart.ts';
import { paretoChart } from '../../src/charts/pareto-chart.ts';
import { reasonsChart } from '../../src/charts/reasons-chart.ts';
import { scoreTrend } from '../../src/charts/score-trend.ts';
import { slopeChart } from '../../src/charts/slope-chart.ts';
import { waterfallChart } from '../../src/charts/waterfall.ts';
import { CHART_WIDTHS } from '../../src/views/chart-widths.ts';
import { WATERFALL_LABELS_VI, WATERFALL_ROWS } from './fixtures-waterfall.ts';
import {
  BUMP_LABELS_VI,
  BUMP_MERGER_ROWS,
  PEERS_LABELS_VI,
  PEERS_ROWS,
  SLOPE_LABELS_VI,
  SLOPE_RANK_ROWS,
  TREND_LABELS_VI,
  TREND_MEDIAN,
  TREND_ROWS,
} from './fixtures.ts';
import { CLAIMS_LABELS_VI, CLAIMS_ROWS, CLAIMS_TREND_LABELS_VI, CLAIMS_TREND_ROWS } from './fixtures-claims.ts';
import {
  MOST_LOST_LABELS_VI,
  MOST_LOST_ROWS,
  PARETO_CUT,
  PARETO_ITEMS_TOTAL,
  PARETO_LABELS_VI,
  PARETO_ROWS,
  PARETO_TOTAL_LOST,
  REASONS_LABELS_VI,
  REASONS_ROWS,
} from './fixtures-lost.ts';
import { TREND_LABELS_VI as DOMAIN_TRENDS_LABELS_VI, TREND_PANELS, TREND_YEARS } from './fixtures-trends.ts';
import {
  COMPARE_LABELS_VI,
  COMPARE_RANKS,
  COMPARE_SCORES,
  COMPARE_UNITS,
  COMPARE_YEARS,
  PROFILE_LABELS_VI,
  PROFILE_ROWS,
} from './fixtures-compare.ts';
import { assertTextFits } from './fit.ts';
import { testDocument } from './snapshot.ts';

const base = (width: number) => ({ width, locale: 'vi' as const, document: testDocument() });

const CHARTS: Record<string, (width: number) => HTMLElement> = {
  bump: (w) =>
    bumpChart(BUMP_MERGER_ROWS, { ...base(w), labels: BUMP_LABELS_VI, highlight: ['ha-tinh'], endings: new Set(['quang-binh']) }),
  slope: (w) => slopeChart(SLOPE_RANK_ROWS, { ...base(w), labels: SLOPE_LABELS_VI, fromYear: 2021, toYear: 2022, measure: 'rank' }),
  trend: (w) => scoreTrend(TREND_ROWS, { ...base(w), labels: TREND_LABELS_VI, comparison: TREND_MEDIAN }),
  peers: (w) => domainPeers(PEERS_ROWS, { ...base(w), labels: PEERS_LABELS_VI }),
  pareto: (w) =>
    paretoChart(PARETO_ROWS, {
      ...base(w),
      labels: PARETO_LABELS_VI,
      cutIndex: PARETO_CUT,
      totalLost: PARETO_TOTAL_LOST,
      itemsTotal: PARETO_ITEMS_TOTAL,
    }),
  mostLost: (w) => mostLostChart(MOST_LOST_ROWS, { ...base(w), labels: MOST_LOST_LABELS_VI }),
  reasons: (w) => reasonsChart(REASONS_ROWS, { ...base(w), labels: REASONS_LABELS_VI }),
  claims: (w) => claimsScatter(CLAIMS_ROWS, { ...base(w), labels: CLAIMS_LABELS_VI }),
  claimsTrend: (w) => claimsTrend(CLAIMS_TREND_ROWS, { ...base(w), labels: CLAIMS_TREND_LABELS_VI }),
  domainTrends: (w) => domainTrends(TREND_PANELS, { ...base(w), labels: DOMAIN_TRENDS_LABELS_VI, years: TREND_YEARS }),
  waterfall: (w) => waterfallChart(WATERFALL_ROWS, { ...base(w), labels: WATERFALL_LABELS_VI }),
  compareScores: (w) =>
    compareLines(COMPARE_SCORES, {
      ...base(w),
      labels: COMPARE_LABELS_VI,
      units: COMPARE_UNITS,
      years: COMPARE_YEARS,
      measure: 'score',
      format: String,
    }),
  compareRanks: (w) =>
    compareLines(COMPARE_RANKS, {
      ...base(w),
      labels: COMPARE_LABELS_VI,
      units: COMPARE_UNITS,
      years: COMPARE_YEARS,
      measure: 'rank',
      format: String,
    }),
  compareProfiles: (w) => compareProfiles(PROFILE_ROWS, { ...base(w), labels: PROFILE_LABELS_VI, units: COMPARE_UNITS, year: 2025 }),
};

describe('every chart at every chart width', () => {
  for (const [name, draw] of Object.entries(CHARTS)) {
    for (const width of CHART_WIDTHS) {
      test(`${name} at ${width} px: text inside, at least 11 px, never cut`, () => assertTextFits(draw(width), width));
    }
  }
});
