/**
 * Everything the rankings page shows for one state: bump chart over all years, slope chart between two
 * years, the ranking table. Used at build time (default state) and by the explorer in the browser.
 */
import { bumpChart } from '../charts/bump-chart.ts';
import { slopeChart } from '../charts/slope-chart.ts';
import type { Db } from '../db/types.ts';
import { bumpLabels, slopeLabels } from './chart-labels.ts';
import { t, translator } from '../i18n/translate.ts';
import { TOTAL_CODE } from '../schema/vocabulary.ts';
import { esc } from '../tables/html.ts';
import type { Locale } from '../i18n/locales.ts';
import type { IndexSummary } from '../queries/indices.ts';
import { gradeThresholds } from '../queries/grade-thresholds.ts';
import { rankHistory, type RankHistoryRow } from '../queries/rank-history.ts';
import { ranking, type RankingRow } from '../queries/ranking.ts';
import { rankingTable } from '../tables/ranking-table.ts';
import { figureHtml, type FigureHtml } from './figure-html.ts';
import { atChartWidths, type ChartRenderings } from './chart-widths.ts';
import type { RankingsState, YearPair } from './rankings-state.ts';
import { rankChangeNote, rankChangeSummary, rankingChangeNote } from './rank-change-text.ts';
import { nameOf } from '../i18n/names.ts';
import { rankingLabels, tableFormat } from './table-format.ts';
import { unitHref } from './links.ts';
import { unitChoices, type UnitChoice } from './unit-choices.ts';

export { rankingsDefaults } from './rankings-state.ts';

export interface RankingsView {
  bump: ChartRenderings;
  slope: ChartRenderings;
  rankingHeading: string;
  rankingTable: string;
  /** For a domain that few units have scores in (published sources are partial), how many and why; '' otherwise. */
  fewNote: string;
  /** Units that appear in the chart, for the unit search (a name two units share says their years). */
  units: UnitChoice[];
}

/** How many units are drawn in colour when nobody chose any. */
const DEFAULT_HIGHLIGHT = 5;

/** The top units of the `to` year, coloured by default so a 150-line chart still says something. */
function highlightOf(state: RankingsState, toRows: RankingRow[]): string[] {
  if (state.units.length > 0) return state.units;
  const ranked = toRows.filter((r) => r.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  return ranked.slice(0, DEFAULT_HIGHLIGHT).map((r) => r.unit_id);
}

/** The label of the bump chart's end (or start) symbol: "by merger" when every one is a merger, else any reorganisation. */
function lineageLabel(locale: Locale, events: ReadonlySet<string>, side: 'ended' | 'began'): string {
  const onlyMergers = [...events].every((e) => e === 'merge');
  if (side === 'ended') return t(locale, onlyMergers ? 'charts.bump.ended' : 'charts.bump.endedOther');
  return t(locale, onlyMergers ? 'charts.bump.began' : 'charts.bump.beganOther');
}

function bumpFigure(
  locale: Locale,
  history: RankHistoryRow[],
  highlight: string[],
  itemName: string,
  document: Document,
  width: number,
): FigureHtml {
  const rows = history.map((r) => ({
    unit_id: r.unit_id,
    label: nameOf(locale, r),
    year: r.year,
    rank: r.rank,
    score: r.score_pct,
    change: r.rank_change,
  }));
  const ends = history.filter((r) => r.ends_by !== null);
  const begins = history.filter((r) => r.begins_by !== null);
  const endings = new Set(ends.map((r) => r.unit_id));
  const beginnings = new Set(begins.map((r) => r.unit_id));
  const ended = lineageLabel(locale, new Set(ends.map((r) => r.ends_by ?? '')), 'ended');
  const began = lineageLabel(locale, new Set(begins.map((r) => r.begins_by ?? '')), 'began');
  const labels = { ...bumpLabels(locale), ended, began };
  const figure = bumpChart(rows, { width, locale, labels, document, id: `bump-${width}`, highlight, endings, beginnings });
  const caption = [
    t(locale, 'rankings.bumpCaption', { item: itemName }),
    endings.size > 0 ? t(locale, 'rankings.bumpEnded', { label: ended }) : '',
    beginnings.size > 0 ? t(locale, 'rankings.bumpBegan', { label: began }) : '',
  ];
  return figureHtml(figure, caption.filter((text) => text !== '').join(' '));
}

/**
 * The slope chart between `from` and `to`: the units of `to` with their rank of `from`. A line joins the
 * two only where the rank-change rule compares them, and the caption says how many it does not, and why.
 */
function slopeFigure(
  locale: Locale,
  slopeRows: RankingRow[],
  state: RankingsState,
  highlight: string[],
  itemName: string,
  document: Document,
  width: number,
  defaultNote: string,
): FigureHtml {
  const rows = slopeRows.map((r) => ({
    unit_id: r.unit_id,
    label: nameOf(locale, r),
    from: r.prev_rank,
    to: r.rank,
    comparable: r.rank_change !== null,
    fromScore: r.prev_score_pct,
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
  const title = t(locale, 'rankings.slopeCaption', { item: itemName, from: state.from, to: state.to });
  const notes = [rankChangeSummary(locale, slopeRows, state.to), defaultNote].filter((text) => text !== '');
  return figureHtml(figure, notes.length === 0 ? title : `${title}. ${notes.join(' ')}`);
}

/** Says why the slope chart's default years are not the last two, when they are not. */
function defaultPairNote(locale: Locale, state: RankingsState, pair: YearPair | null | undefined, latest: number): string {
  if (!pair || state.from !== pair.from || state.to !== pair.to || pair.to >= latest) return '';
  return t(locale, 'rankings.slopeDefault', { from: pair.from, to: pair.to });
}

/**
 * A domain chosen where the data holds scores of fewer units than were ranked (the published national
 * data has domain scores for a few units only): says how many and why, so an almost blank chart is
 * not read as a bug. '' for the total, and where every ranked unit has a score.
 */
function fewUnitsNote(locale: Locale, index: IndexSummary, state: RankingsState, rows: readonly RankingRow[]): string {
  if (state.item === TOTAL_CODE) return '';
  const total = Math.max(0, ...rows.map((r) => r.rank_of ?? 0));
  const count = rows.filter((r) => r.score_pct !== null || r.rank !== null).length;
  if (total > 0 && count >= total) return '';
  const units = translator(locale)(`level.plural.${index.unit_level}`);
  const text = t(locale, 'rankings.fewUnits', { count, total: total > 0 ? total : '?', units, year: state.year });
  return `<p class="notice" role="note">${esc(text)}</p>`;
}

/** Builds the rankings page's charts (at every width of CHART_WIDTHS) and table for a state. */
export async function rankingsView(
  db: Db,
  document: Document,
  p: {
    locale: Locale;
    index: IndexSummary;
    state: RankingsState;
    domains: readonly { code: string; label: string }[];
    /** The slope chart's default years, to say why they are not the last two. */
    pair?: YearPair | null;
  },
): Promise<RankingsView> {
  const { locale, index, state } = p;
  const level = state.level;
  const [history, tableRows, slopeRows, grades] = await Promise.all([
    rankHistory(db, index.index_id, state.item, level),
    ranking(db, { indexId: index.index_id, year: state.year, itemCode: state.item, level, sort: state.sort }),
    ranking(db, { indexId: index.index_id, year: state.to, since: state.from, itemCode: state.item, level }),
    gradeThresholds(db, { indexId: index.index_id, year: state.year, itemCode: state.item }),
  ]);
  const itemName = p.domains.find((d) => d.code === state.item)?.label ?? t(locale, 'filters.domain.total');
  const highlight = highlightOf(state, slopeRows);
  const defaultNote = defaultPairNote(locale, state, p.pair, index.latest_year);
  return {
    bump: atChartWidths((width) => bumpFigure(locale, history, highlight, itemName, document, width)),
    slope: atChartWidths((width) => slopeFigure(locale, slopeRows, state, highlight, itemName, document, width, defaultNote)),
    rankingHeading: t(locale, 'rankings.tableHeading', { item: itemName, year: state.year }),
    rankingTable: rankingTable(tableRows, {
      locale,
      caption: t(locale, 'rankings.tableHeading', { item: itemName, year: state.year }),
      grades,
      labels: rankingLabels(locale),
      format: tableFormat(locale),
      unitHref: (id) => unitHref(locale, id),
      showSource: !index.is_sample,
      sort: state.sort,
      rankChangeNote: (row) => rankChangeNote(locale, row, state.year),
      note: rankingChangeNote(locale, tableRows, state.year),
    }),
    fewNote: fewUnitsNote(locale, index, state, tableRows),
    units: unitChoices(history.map((r) => ({ id: r.unit_id, name: nameOf(locale, r), year: r.year }))),
  };
}
