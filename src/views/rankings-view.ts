/**
 * Everything the rankings page shows for one state: bump chart over all years, slope chart between two
 * years, the ranking table. Used at build time (default state) and by the explorer in the browser.
 */
import { bumpChart } from '../charts/bump-chart.ts';
import { slopeChart } from '../charts/slope-chart.ts';
import type { Db } from '../db/types.ts';
import { bumpLabels, slopeLabels } from './chart-labels.ts';
import { sortByName } from '../i18n/search.ts';
import { t } from '../i18n/translate.ts';
import type { Locale } from '../i18n/locales.ts';
import type { IndexSummary } from '../queries/indices.ts';
import { gradeThresholds } from '../queries/grade-thresholds.ts';
import { rankHistory, type RankHistoryRow } from '../queries/rank-history.ts';
import { ranking, type RankingRow } from '../queries/ranking.ts';
import { rankingTable } from '../tables/ranking-table.ts';
import { figureHtml, type FigureHtml } from './figure-html.ts';
import { atChartWidths, type ChartRenderings } from './chart-widths.ts';
import type { RankingsState } from './rankings-state.ts';
import { nameOf } from '../i18n/names.ts';
import { rankingLabels, tableFormat } from './table-format.ts';
import { unitHref } from './links.ts';
import { placesGained } from '../ranking/rank-change.ts';

export { rankingsDefaults } from './rankings-state.ts';

export interface RankingsView {
  bump: ChartRenderings;
  slope: ChartRenderings;
  rankingHeading: string;
  rankingTable: string;
  /** Units that appear in the chart, for the unit selector. */
  units: { id: string; label: string }[];
}

/** How many units are drawn in colour when nobody chose any. */
const DEFAULT_HIGHLIGHT = 5;

/** The top units of the `to` year, coloured by default so a 150-line chart still says something. */
function highlightOf(state: RankingsState, toRows: RankingRow[]): string[] {
  if (state.units.length > 0) return state.units;
  const ranked = toRows.filter((r) => r.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  return ranked.slice(0, DEFAULT_HIGHLIGHT).map((r) => r.unit_id);
}

function bumpFigure(
  locale: Locale,
  history: RankHistoryRow[],
  highlight: string[],
  itemName: string,
  document: Document,
  width: number,
): FigureHtml {
  const gained = placesGained(history);
  const rows = history.map((r) => ({
    unit_id: r.unit_id,
    label: nameOf(locale, r),
    year: r.year,
    rank: r.rank,
    score: r.score_pct,
    change: gained.get(`${r.unit_id}|${r.year}`) ?? null,
  }));
  const endings = new Set(history.filter((r) => r.ends_here).map((r) => r.unit_id));
  const beginnings = new Set(history.filter((r) => r.begins_here).map((r) => r.unit_id));
  const figure = bumpChart(rows, {
    width,
    locale,
    labels: bumpLabels(locale),
    document,
    id: `bump-${width}`,
    highlight,
    endings,
    beginnings,
  });
  return figureHtml(figure, t(locale, 'rankings.bumpCaption', { item: itemName }));
}

function slopeFigure(
  locale: Locale,
  fromRows: RankingRow[],
  toRows: RankingRow[],
  state: RankingsState,
  highlight: string[],
  itemName: string,
  document: Document,
  width: number,
): FigureHtml {
  const from = new Map(fromRows.map((r) => [r.unit_id, r]));
  const rows = toRows.map((r) => ({
    unit_id: r.unit_id,
    label: nameOf(locale, r),
    from: from.get(r.unit_id)?.rank ?? null,
    to: r.rank,
    fromScore: from.get(r.unit_id)?.score_pct ?? null,
    toScore: r.score_pct,
  }));
  const figure = slopeChart(rows, {
    width,
    locale,
    labels: slopeLabels(locale),
    document,
    id: `slope-${width}`,
    fromYear: state.from,
    toYear: state.to,
    measure: 'rank',
    highlight,
  });
  return figureHtml(figure, t(locale, 'rankings.slopeCaption', { item: itemName, from: state.from, to: state.to }));
}

/** Builds the rankings page's charts (at every width of CHART_WIDTHS) and table for a state. */
export async function rankingsView(
  db: Db,
  document: Document,
  p: { locale: Locale; index: IndexSummary; state: RankingsState; domains: readonly { code: string; label: string }[] },
): Promise<RankingsView> {
  const { locale, index, state } = p;
  const [history, toRows, fromRows, grades] = await Promise.all([
    rankHistory(db, index.index_id, state.item, state.level),
    ranking(db, { indexId: index.index_id, year: state.to, itemCode: state.item, level: state.level, sort: state.sort }),
    ranking(db, { indexId: index.index_id, year: state.from, itemCode: state.item, level: state.level }),
    gradeThresholds(db, { indexId: index.index_id, year: state.to, itemCode: state.item }),
  ]);
  const itemName = p.domains.find((d) => d.code === state.item)?.label ?? t(locale, 'filters.domain.total');
  const highlight = highlightOf(state, toRows);
  const unitRows = [...new Map(history.map((r) => [r.unit_id, { id: r.unit_id, label: nameOf(locale, r) }])).values()];
  return {
    bump: atChartWidths((width) => bumpFigure(locale, history, highlight, itemName, document, width)),
    slope: atChartWidths((width) => slopeFigure(locale, fromRows, toRows, state, highlight, itemName, document, width)),
    rankingHeading: t(locale, 'rankings.tableHeading', { item: itemName, year: state.to }),
    rankingTable: rankingTable(toRows, {
      locale,
      caption: t(locale, 'rankings.tableHeading', { item: itemName, year: state.to }),
      grades,
      labels: rankingLabels(locale),
      format: tableFormat(locale),
      unitHref: (id) => unitHref(locale, id),
      showSource: !index.is_sample,
      sort: state.sort,
    }),
    units: sortByName(unitRows, (u) => u.label),
  };
}
