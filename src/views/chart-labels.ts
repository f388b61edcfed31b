/**
 * The translated labels each chart takes, built from the `charts.*` keys. Charts never look up
 * translations (they use only i18n's pure formatting modules: format.ts, interpolate.ts, locales.ts);
 * views hand them these objects. Names of units are data, so the caller supplies them.
 */
import type { BumpLabels } from '../charts/bump-chart.ts';
import type { PeersLabels } from '../charts/domain-peers.ts';
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
