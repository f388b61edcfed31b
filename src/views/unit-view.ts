/**
 * A unit page's sections, one per index the unit has scores in: score over the years against the peer
 * median, the history table (score, rank, source), and domain scores against the best and the median.
 */
import { domainPeers } from '../charts/domain-peers.ts';
import { scoreTrend } from '../charts/score-trend.ts';
import type { Db } from '../db/types.ts';
import { peersLabels, trendLabels } from './chart-labels.ts';
import { formatNumber, formatPct, formatSigned } from '../i18n/format.ts';
import { t } from '../i18n/translate.ts';
import type { Locale } from '../i18n/locales.ts';
import { listIndices, type IndexSummary } from '../queries/indices.ts';
import type { UnitHistoryRow } from '../queries/unit-history.ts';
import { queryUnitSource, type UnitSource } from './unit-source.ts';
import { unitTrendsSource, type UnitTrendsSource } from './unit-trends.ts';
import type { UnitSummary } from '../queries/units.ts';
import { cell, esc, table } from '../tables/html.ts';
import { figureHtml } from './figure-html.ts';
import { COLUMN_CHART_WIDTHS, atChartWidths, type ChartRenderings } from './chart-widths.ts';
import { nameOf } from '../i18n/names.ts';
import { rankChangeNote } from './rank-change-text.ts';
import { explainSource, type ExplainSource } from './explain-source.ts';
import { explainHtml } from './explain-view.ts';

export interface UnitSection {
  indexId: string;
  indexName: string;
  isSample: boolean;
  trend: ChartRenderings;
  historyTable: string;
  /** Domains against peers in the latest year that has domain scores; null when none has. */
  domains: ChartRenderings | null;
  /** Domains over the years against the index's median and middle half; null with fewer than two years of domain scores. */
  domainTrends: ChartRenderings | null;
  /** "Why the rank changed" for the index's latest comparable years (explain-view.ts); '' when the unit is in neither. */
  explain: string;
}

/** The change in rank against the year before, by the one rule; where it is not shown, why. */
function changeCell(locale: Locale, r: UnitHistoryRow): string {
  if (r.rank_change !== null) {
    const cls = r.rank_change > 0 ? 'up' : r.rank_change < 0 ? 'down' : '';
    return cell(`<span class="${cls}">${esc(formatSigned(locale, r.rank_change, 0))}</span>`, { num: true });
  }
  const why = rankChangeNote(locale, r, r.year);
  return cell(why === '' ? '–' : `<span class="why">${esc(why)}</span>`, { num: true });
}

function historyTable(locale: Locale, rows: UnitHistoryRow[], caption: string): string {
  const missing = '–';
  const body = [...rows].reverse().map((r) => {
    const source = r.source_urls[0];
    return [
      cell(String(r.year), { header: true, num: true }),
      cell(r.score_pct === null ? missing : esc(formatPct(locale, r.score_pct)), { num: true }),
      cell(
        r.rank === null ? missing : esc(r.rank_of === null ? String(r.rank) : t(locale, 'unit.rankOf', { rank: r.rank, of: r.rank_of })),
        { num: true },
      ),
      changeCell(locale, r),
      cell(r.peer_median_pct === null ? missing : esc(formatPct(locale, r.peer_median_pct)), { num: true }),
      cell(
        source
          ? `<a href="${esc(source)}" rel="external noreferrer">${esc(t(locale, 'table.source'))}</a>`
          : `<code>${esc(r.source_file)}</code>`,
      ),
    ];
  });
  const headers = [
    { label: t(locale, 'table.year'), num: true },
    { label: t(locale, 'table.scorePct'), num: true },
    { label: t(locale, 'table.rank'), num: true },
    { label: t(locale, 'table.deltaRank'), num: true },
    { label: t(locale, 'unit.peerMedian'), num: true },
    { label: t(locale, 'table.source') },
  ];
  return table(caption, headers, body);
}

async function domainsFigure(
  source: UnitSource,
  document: Document,
  locale: Locale,
  index: IndexSummary,
  unit: UnitSummary,
  years: number[],
): Promise<ChartRenderings | null> {
  for (const year of [...years].reverse()) {
    const rows = await source.domains(index.index_id, year, unit.unit_id);
    if (rows.every((r) => r.unit_pct === null)) continue;
    const peers = rows.map((r) => ({
      domain_label: nameOf(locale, r),
      unit_pct: r.unit_pct,
      median_pct: r.median_pct,
      best_pct: r.best_pct,
    }));
    const caption = rows[0]?.is_partial
      ? t(locale, 'unit.domainsCaptionPartial', { year })
      : t(locale, 'unit.domainsCaption', { year, peers: formatNumber(locale, rows[0]?.peers ?? 0, 0) });
    const labels = peersLabels(locale, nameOf(locale, unit));
    return atChartWidths(
      (width) => figureHtml(domainPeers(peers, { width, locale, labels, document, id: `peers-${index.index_id}-${width}` }), caption),
      COLUMN_CHART_WIDTHS,
    );
  }
  return null;
}

async function explainOf(
  source: ExplainSource,
  document: Document,
  locale: Locale,
  indexId: string,
  unitId: string,
  unitName: string,
): Promise<string> {
  const explain = await source.index(indexId);
  return explain === null ? '' : explainHtml(document, locale, { unitId, unitName, indexId, explain });
}

async function section(
  source: UnitSource,
  trends: UnitTrendsSource | null,
  explain: ExplainSource | null,
  document: Document,
  locale: Locale,
  unit: UnitSummary,
  index: IndexSummary,
  rows: UnitHistoryRow[],
): Promise<UnitSection> {
  const unitName = nameOf(locale, unit);
  const trendRows = rows.map((r) => ({ year: r.year, value: r.score_pct }));
  const trendOptions = {
    locale,
    document,
    labels: trendLabels(locale, unitName, t(locale, 'unit.peerMedian')),
    comparison: rows.map((r) => ({ year: r.year, value: r.peer_median_pct })),
  };
  const trendCaption = t(locale, 'unit.trendCaption', { unit: unitName });
  const trend = atChartWidths(
    (width) => figureHtml(scoreTrend(trendRows, { ...trendOptions, width, id: `trend-${index.index_id}-${width}` }), trendCaption),
    COLUMN_CHART_WIDTHS,
  );
  return {
    indexId: index.index_id,
    indexName: nameOf(locale, index),
    isSample: index.is_sample,
    trend,
    historyTable: historyTable(locale, rows, t(locale, 'unit.historyCaption', { index: nameOf(locale, index) })),
    domains: await domainsFigure(
      source,
      document,
      locale,
      index,
      unit,
      rows.map((r) => r.year),
    ),
    domainTrends: trends === null ? null : await trends.figure(locale, index, unit.unit_id, unitName),
    explain: explain === null ? '' : await explainOf(explain, document, locale, index.index_id, unit.unit_id, unitName),
  };
}

/**
 * The unit's sections, in the order of the indices. Only the unit's own series: never a predecessor's.
 * `source` answers the data's questions (default: one query each; the build passes one that reads all
 * units at once, see unit-source.ts). `trends: null` and `explain: null` leave out the domains over the
 * years and the rank-change explanation (the embed page shows neither, and drawing them costs time).
 */
export async function unitView(
  db: Db,
  document: Document,
  p: {
    locale: Locale;
    unit: UnitSummary;
    source?: UnitSource;
    trends?: UnitTrendsSource | null;
    explain?: ExplainSource | null;
    indices?: readonly IndexSummary[];
  },
): Promise<UnitSection[]> {
  const source = p.source ?? queryUnitSource(db);
  const trends = p.trends === undefined ? unitTrendsSource(db, document) : p.trends;
  const explain = p.explain === undefined ? explainSource(db) : p.explain;
  const [indices, history] = await Promise.all([p.indices ?? listIndices(db), source.history(p.unit.unit_id)]);
  const sections: UnitSection[] = [];
  for (const index of indices) {
    const rows = history.filter((r) => r.index_id === index.index_id);
    if (rows.length > 0) sections.push(await section(source, trends, explain, document, p.locale, p.unit, index, rows));
  }
  return sections;
}
