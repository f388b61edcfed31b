/**
 * The translated labels each chart takes, built from the `charts.*` keys. Charts never look up
 * translations (they use only i18n's pure formatting modules: format.ts, interpolate.ts, locales.ts);
 * views hand them these objects. Names of units are data, so the caller supplies them.
 */
import type { BumpLabels } from '../charts/bump-chart.ts';
import type { ClaimsScatterLabels } from '../charts/claims-scatter.ts';
import type { ClaimsTrendLabels } from '../charts/claims-trend.ts';
import type { PeersLabels } from '../charts/domain-peers.ts';
import type { HeatTableLabels } from '../charts/heat-table.ts';
import type { MostLostLabels } from '../charts/most-lost-chart.ts';
import type { ParetoLabels } from '../charts/pareto-chart.ts';
import type { ReasonsLabels } from '../charts/reasons-chart.ts';
import type { TrendLabels } from '../charts/score-trend.ts';
import type { SlopeLabels } from '../charts/slope-chart.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/translate.ts';

/** Labels of the bump chart. */
export function bumpLabels(locale: Locale): BumpLabels {
  return {
    title: t(locale, 'charts.bump.title'),
    summary: t(locale, 'charts.bump.summary'),
    year: t(locale, 'charts.bump.year'),
    rank: t(locale, 'charts.bump.rank'),
    score: t(locale, 'charts.bump.score'),
    change: t(locale, 'charts.bump.change'),
    unit: t(locale, 'charts.bump.unit'),
    ended: t(locale, 'charts.bump.ended'),
    began: t(locale, 'charts.bump.began'),
    noRank: t(locale, 'charts.bump.noRank'),
  };
}

/** Labels of the slope chart. */
export function slopeLabels(locale: Locale): SlopeLabels {
  return {
    title: t(locale, 'charts.slope.title'),
    summary: t(locale, 'charts.slope.summary'),
    unit: t(locale, 'charts.slope.unit'),
    rank: t(locale, 'charts.slope.rank'),
    score: t(locale, 'charts.slope.score'),
    change: t(locale, 'charts.slope.change'),
    year: t(locale, 'charts.slope.year'),
    risers: t(locale, 'charts.slope.risers'),
    fallers: t(locale, 'charts.slope.fallers'),
    unchanged: t(locale, 'charts.slope.unchanged'),
  };
}

/** Labels of the score trend of the unit named `unitName`; `comparison` overrides the comparison series' name. */
export function trendLabels(locale: Locale, unitName: string, comparison?: string): TrendLabels {
  return {
    title: t(locale, 'charts.trend.title'),
    summary: t(locale, 'charts.trend.summary'),
    year: t(locale, 'charts.trend.year'),
    score: t(locale, 'charts.trend.score'),
    unit: unitName,
    comparison: comparison ?? t(locale, 'charts.trend.comparison'),
  };
}

/** Labels of the domain peers chart of the unit named `unitName`. */
export function peersLabels(locale: Locale, unitName: string): PeersLabels {
  return {
    title: t(locale, 'charts.peers.title'),
    summary: t(locale, 'charts.peers.summary'),
    domain: t(locale, 'charts.peers.domain'),
    unit: unitName,
    median: t(locale, 'charts.peers.median'),
    best: t(locale, 'charts.peers.best'),
    axis: t(locale, 'charts.peers.axis'),
  };
}

/** Labels of the Pareto chart of the points one unit lost. */
export function paretoLabels(locale: Locale): ParetoLabels {
  return {
    title: t(locale, 'charts.pareto.title'),
    summary: t(locale, 'charts.pareto.summary'),
    cut: t(locale, 'charts.pareto.cut'),
    item: t(locale, 'charts.pareto.item'),
    lost: t(locale, 'charts.pareto.lost'),
    cumulative: t(locale, 'charts.pareto.cumulative'),
  };
}

/** Labels of the chart of the items with the most points lost across units. */
export function mostLostLabels(locale: Locale): MostLostLabels {
  return {
    title: t(locale, 'charts.mostLost.title'),
    summary: t(locale, 'charts.mostLost.summary'),
    item: t(locale, 'charts.mostLost.item'),
    lost: t(locale, 'charts.mostLost.lost'),
    units: t(locale, 'charts.mostLost.units'),
    unitsOf: t(locale, 'charts.mostLost.unitsOf'),
    unitsLosing: t(locale, 'charts.mostLost.unitsLosing'),
    unitsScored: t(locale, 'charts.mostLost.unitsScored'),
    shareLosing: t(locale, 'charts.mostLost.shareLosing'),
  };
}

/** Labels of the chart of points lost by kind of reason; `noReason` also names the caller's '' row. */
export function reasonsLabels(locale: Locale): ReasonsLabels {
  return {
    title: t(locale, 'charts.reasons.title'),
    summary: t(locale, 'charts.reasons.summary'),
    category: t(locale, 'charts.reasons.category'),
    share: t(locale, 'charts.reasons.share'),
    lost: t(locale, 'charts.reasons.lost'),
    points: t(locale, 'charts.reasons.points'),
    deductions: t(locale, 'charts.reasons.deductions'),
    examples: t(locale, 'charts.reasons.examples'),
    noReason: t(locale, 'charts.reasons.noReason'),
  };
}

/** Labels of the heat table of points lost by unit and item (the caption is the page's). */
export function heatTableLabels(locale: Locale): HeatTableLabels {
  return {
    unit: t(locale, 'charts.heat.unit'),
    total: t(locale, 'charts.heat.total'),
    legend: t(locale, 'charts.heat.legend'),
    none: t(locale, 'charts.heat.none'),
    notApplicable: t(locale, 'charts.heat.notApplicable'),
    notApplicableShort: t(locale, 'charts.heat.notApplicableShort'),
    unknown: t(locale, 'charts.heat.unknown'),
    max: t(locale, 'charts.heat.max'),
    final: t(locale, 'charts.heat.final'),
    lost: t(locale, 'charts.heat.lost'),
    reason: t(locale, 'charts.heat.reason'),
    noReason: t(locale, 'charts.heat.noReason'),
    cell: t(locale, 'charts.heat.cell'),
    lostOf: t(locale, 'charts.heat.lostOf'),
  };
}

/** Labels of the scatter of self-assessed against appraised points. */
export function claimsScatterLabels(locale: Locale): ClaimsScatterLabels {
  return {
    title: t(locale, 'charts.claims.title'),
    summary: t(locale, 'charts.claims.summary'),
    unit: t(locale, 'charts.claims.unit'),
    self: t(locale, 'charts.claims.self'),
    appraised: t(locale, 'charts.claims.appraised'),
    cut: t(locale, 'charts.claims.cut'),
    diagonal: t(locale, 'charts.claims.diagonal'),
  };
}

/** Labels of the trend of the gap between self-assessed and appraised points. */
export function claimsTrendLabels(locale: Locale): ClaimsTrendLabels {
  return {
    title: t(locale, 'charts.claimsTrend.title'),
    summary: t(locale, 'charts.claimsTrend.summary'),
    year: t(locale, 'charts.claimsTrend.year'),
    mean: t(locale, 'charts.claimsTrend.mean'),
    median: t(locale, 'charts.claimsTrend.median'),
    axis: t(locale, 'charts.claimsTrend.axis'),
  };
}
