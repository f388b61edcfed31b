/**
 * Everything the domain-trends page shows for one state: the small multiples (one panel per series,
 * the chosen unit in colour), the most improved and most deteriorated units per series between `from`
 * and `to`, and every unit's trend marks up to `to`. Used at build time (the default state) and by
 * the explorer in the browser, with the same queries.
 */
import { domainTrends, type TrendPanel } from '../charts/domain-trends.ts';
import { MIN_BAND_UNITS, type TrendBreak } from '../charts/trend-panels.ts';
import type { Db } from '../db/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { nameOf } from '../i18n/names.ts';
import { sortByName } from '../i18n/search.ts';
import { t, translator } from '../i18n/translate.ts';
import { domainSeries, type SeriesYearRow } from '../queries/domain-series.ts';
import { publishedMeans, trendDistribution, trendScores, type DistributionRow, type TrendScoreRow } from '../queries/domain-trends.ts';
import type { IndexSummary } from '../queries/indices.ts';
import { groupBy } from '../charts/series.ts';
import { seriesMovers, trendMark } from '../trends/movers.ts';
import { atChartWidths, type ChartRenderings } from './chart-widths.ts';
import { domainTrendsLabels } from './trends-labels.ts';
import { figureHtml } from './figure-html.ts';
import type { TrendsState } from './trends-state.ts';
import { coverageText, frameworkNotes, marksTable, moversTable } from './trends-tables.ts';

export interface TrendsView {
  figure: ChartRenderings;
  moversHeading: string;
  moversTable: string;
  marksHeading: string;
  marksTable: string;
  /** Notes on each framework change (independent of the state). */
  notes: string;
  /** Units with scores, for the unit picker. */
  units: { id: string; label: string }[];
  years: number[];
  /** Years where some series breaks (for the default pair). */
  breakYears: number[];
}

/** Everything the queries return for an index; the browser could cache it per index. */
export interface TrendsData {
  series: SeriesYearRow[];
  distribution: DistributionRow[];
  scores: TrendScoreRow[];
  means: Map<number, number>;
}

/** Reads the index's series, distribution, every unit's scores and the national mean. */
export async function trendsData(db: Db, index: IndexSummary): Promise<TrendsData> {
  const [series, distribution, scores, means] = await Promise.all([
    domainSeries(db, index.index_id),
    trendDistribution(db, index.index_id),
    trendScores(db, index.index_id),
    publishedMeans(db, index.index_id),
  ]);
  const national = means.filter((m) => !m.scope.startsWith('region:'));
  return { series, distribution, scores, means: new Map(national.map((m) => [m.year, m.value])) };
}

/** The panels in series order; a series with no score in any year is left out (and named in the caption). */
export function trendPanels(locale: Locale, data: TrendsData, unit: string): { panels: TrendPanel[]; empty: string[] } {
  const labelOf = new Map(data.series.map((r) => [r.series, nameOf(locale, r)]));
  const scoresBySeries = groupBy(data.scores, (r) => r.series);
  const panels: TrendPanel[] = [];
  const empty: string[] = [];
  for (const [series, dist] of groupBy(data.distribution, (r) => r.series)) {
    const scores = scoresBySeries.get(series) ?? [];
    const fewYears = new Set(dist.filter((d) => d.n > 0 && d.n < MIN_BAND_UNITS).map((d) => d.year));
    const years = dist.map((d) => ({
      ...d,
      mean: series === 'TOTAL' ? (data.means.get(d.year) ?? null) : null,
      break: d.break_reason as TrendBreak | null,
    }));
    if (dist.every((d) => d.n === 0) && years.every((y) => y.mean === null)) {
      empty.push(labelOf.get(series) ?? series);
      continue;
    }
    panels.push({
      series,
      label: labelOf.get(series) ?? series,
      years,
      unit: scores
        .filter((s) => s.unit_id === unit)
        .map((s) => ({ year: s.year, value: s.pct, break: s.break_reason as TrendBreak | null })),
      few: scores.filter((s) => fewYears.has(s.year) && s.pct !== null).map((s) => ({ year: s.year, value: s.pct! })),
    });
  }
  return { panels, empty };
}

function caption(locale: Locale, index: IndexSummary, data: TrendsData, empty: string[]): string {
  const parts = [t(locale, 'trends.caption')];
  const partial = data.distribution.some((d) => d.is_partial);
  if (partial) {
    const totals = data.distribution.filter((d) => d.series === 'TOTAL');
    const ranked = totals.find((d) => d.units_ranked !== null)?.units_ranked ?? null;
    parts.push(
      coverageText(
        locale,
        totals.map((d) => d.n),
        ranked,
        translator(locale)(`level.plural.${index.unit_level}`),
      ),
    );
  }
  if (empty.length > 0) parts.push(t(locale, 'trends.emptySeries', { names: empty.join('; ') }));
  return parts.filter((p) => p !== '').join(' ');
}

/** The series' own breaks (year → reason), from the distribution rows. */
function breaksOf(dist: readonly DistributionRow[]): Map<number, string> {
  return new Map(dist.filter((d) => d.break_reason !== null).map((d) => [d.year, d.break_reason!]));
}

/** Builds the page's figure and tables for a state. */
export async function trendsView(
  db: Db,
  document: Document,
  p: { locale: Locale; index: IndexSummary; state: TrendsState; data?: TrendsData },
): Promise<TrendsView> {
  const { locale, index, state } = p;
  const data = p.data ?? (await trendsData(db, index));
  const years = [...new Set(data.series.map((r) => r.year))].sort((a, b) => a - b);
  const names = new Map(data.scores.map((s) => [s.unit_id, nameOf(locale, s)]));
  const { panels, empty } = trendPanels(locale, data, state.unit);
  const labels = domainTrendsLabels(locale, state.unit === '' ? '' : (names.get(state.unit) ?? state.unit));
  const text = caption(locale, index, data, empty);
  const figure = atChartWidths((width) =>
    figureHtml(domainTrends(panels, { width, locale, labels, document, years, id: `domain-trends-${width}` }), text),
  );
  const distBySeries = groupBy(data.distribution, (r) => r.series);
  const scoresBySeries = groupBy(data.scores, (r) => r.series);
  const movers = panels.map((panel) => ({
    series: panel.series,
    label: panel.label,
    movers: seriesMovers(scoresBySeries.get(panel.series) ?? [], breaksOf(distBySeries.get(panel.series) ?? []), state.from, state.to),
  }));
  const unitsTo = [...new Set(data.scores.filter((s) => s.year === state.to && s.pct !== null).map((s) => s.unit_id))];
  const marks = sortByName(unitsTo, (id) => names.get(id) ?? id).map((id) => ({
    id,
    marks: panels.map((panel) =>
      trendMark(
        (scoresBySeries.get(panel.series) ?? [])
          .filter((s) => s.unit_id === id)
          .map((s) => ({ year: s.year, value: s.pct, break: s.break_reason })),
        years,
        state.to,
      ),
    ),
  }));
  const moversHeading = t(locale, 'trends.moversHeading', { from: state.from, to: state.to });
  const marksHeading = t(locale, 'trends.marksHeading', { to: state.to });
  const allUnits = [...names].map(([id, label]) => ({ id, label }));
  return {
    figure,
    moversHeading,
    moversTable: moversTable(locale, movers, names, moversHeading),
    marksHeading,
    marksTable: marksTable(locale, panels, marks, names, marksHeading),
    notes: frameworkNotes(locale, data.series, new Map(panels.map((x) => [x.series, x.label]))),
    units: sortByName(allUnits, (u) => u.label),
    years,
    breakYears: [...new Set(data.distribution.filter((d) => d.break_reason !== null).map((d) => d.year))],
  };
}
