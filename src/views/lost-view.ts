/**
 * A unit's lost-points analysis for one year: the summary in words, the few items that explain most
 * of the loss, the comparison with last year, and the breakdown by domain, criterion and
 * sub-criterion with the council's reasons. The same at build time and in the browser.
 */
import { formatNumber, formatPct } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { t, type MessageKey } from '../i18n/translate.ts';
import { pareto } from '../lost-points/pareto.ts';
import { peerView, type PeerView } from '../lost-points/peer-status.ts';
import { lostSummary, type SummaryText } from '../lost-points/summary.ts';
import { leavesOf } from '../lost-points/tree.ts';
import { yearOverYear, type YearOverYear, type YoyItem } from '../lost-points/year-over-year.ts';
import type { BreakdownRow } from '../queries/lost-breakdown.ts';
import type { LostSource } from '../queries/lost-index.ts';
import { breakdownHtml, type BreakdownText } from '../tables/breakdown-table.ts';
import { esc } from '../tables/html.ts';
import { nameOf } from '../i18n/names.ts';
import { figureHtml } from './figure-html.ts';
import { COLUMN_CHART_WIDTHS, atChartWidths, chartFigureHtml, type ChartRenderings } from './chart-widths.ts';
import { paretoChart } from '../charts/pareto-chart.ts';
import { paretoLabels } from './chart-labels.ts';
import { worksheetPath } from './worksheet-view.ts';
import { roundTwo, type RoundTwo } from '../lost-points/round-two.ts';
import { appendixPath, roundTwoHtml } from './round-two-view.ts';
import { ownersHref } from './links.ts';
import { shareMenuHtml } from './share-menu.ts';

export interface LostUnit {
  unit_id: string;
  name_vi: string;
  name_en: string | null;
  /** First year of the unit; with `formedByMerger`, explains why there is no previous year. */
  valid_from: number | null;
  formedByMerger: boolean;
}

export interface LostView {
  year: number;
  heading: string;
  summary: string[];
  /** Sub-criteria that lost points, most first, with the running share (the Pareto chart's rows). */
  pareto: { code: string; label: string; lost: number; cumulative_share: number }[];
  paretoCut: { count: number; itemsScored: number; totalLost: number };
  /** Why there is no comparison with last year, or how many items are new; null when nothing to add. */
  yoyNote: string | null;
  breakdown: string;
  /** Who answers for the year's items (data/reference owners), in framework order: the breakdown's filter. */
  owners: { id: string; name: string }[];
  worksheet: { xlsx: string; csv: string };
  /** The year's round-2 explanations (self → round 1 → proposed → final). */
  rounds: RoundTwo;
  /** The round-2 appendix (XLSX) of the year. */
  appendix: string;
}

/** Each owner named in the breakdown once, in framework order. */
function ownersOf(locale: Locale, rows: readonly BreakdownRow[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  const ordered = [...rows].sort((a, b) => a.tree_order.join('.').localeCompare(b.tree_order.join('.'), 'en', { numeric: true }));
  for (const r of ordered) {
    if (r.owner_id !== null && !seen.has(r.owner_id))
      seen.set(r.owner_id, nameOf(locale, { name_vi: r.owner_name_vi ?? '', name_en: r.owner_name_en }));
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}

const tr = (locale: Locale, key: string, params?: Readonly<Record<string, string | number>>): string =>
  t(locale, key as MessageKey, params);

function breakdownText(locale: Locale, previousYear: number | null): BreakdownText {
  const k = (key: string, params?: Readonly<Record<string, string | number>>) => tr(locale, key, params);
  return {
    name: (r) => nameOf(locale, r),
    points: (x) => formatNumber(locale, x, 2),
    pct: (x) => formatPct(locale, x, 1),
    labels: {
      item: k('lost.col.item'),
      max: k('lost.col.max'),
      self: k('lost.col.self'),
      r1: k('lost.col.r1'),
      final: k('lost.col.final'),
      lost: k('lost.col.lost'),
      pct: k('lost.col.pct'),
      vsPrevious: k('lost.col.vsPrevious', { year: previousYear ?? '' }),
      peers: k('lost.col.peers'),
      reason: k('lost.col.reason'),
      na: k('lost.na'),
      naLong: k('lost.naLong'),
      explanation: k('lost.explanation'),
      noLoss: k('lost.noLoss'),
      survey: k('survey.tag'),
    },
    domainSummary: (lost, max) => k('lost.domainSummary', { lost, max }),
    owner: (r) => k('lost.owner', { owner: nameOf(locale, { name_vi: r.owner_name_vi ?? '', name_en: r.owner_name_en }) }),
    recovered: (points) => k('lost.recovered', { points }),
    status: (item: YoyItem) => {
      if (item.status === 'new') return k('lost.status.new');
      if (item.status === 'again') return k('lost.status.again', { years: item.streak });
      if (item.status === 'recovered') return k('lost.status.recovered');
      if (item.status === 'not_comparable') return k('lost.status.newItem');
      return null;
    },
    peers: (view: PeerView) => ({
      text: k(view.status === 'own' ? 'lost.peers.own' : 'lost.peers.common', { lost: view.peersLost, peers: view.peers }),
      best: view.fullPeers.length > 0 ? k('lost.peers.best', { names: view.fullPeers.map((p) => nameOf(locale, p)).join(', ') }) : null,
    }),
  };
}

function summaryText(locale: Locale): SummaryText {
  return {
    t: (key, params) => tr(locale, key, params),
    points: (x) => formatNumber(locale, x, 2),
    share: (x) => formatPct(locale, x * 100, 0),
  };
}

/**
 * What the summary's year-over-year sentence cannot say: why there is no comparison, or how many items
 * are new in this year's framework. Null when there is nothing to add.
 */
function yoyNote(locale: Locale, yoy: YearOverYear, unit: LostUnit, year: number): string | null {
  if (yoy.previousYear === null) {
    return tr(locale, unit.formedByMerger && unit.valid_from === year ? 'lost.noPrevious.merger' : 'lost.noPrevious.first');
  }
  const fresh = yoy.counts.not_comparable;
  return fresh > 0 ? tr(locale, 'lost.yoyNewItems', { n: fresh, year }) : null;
}

/** The largest cut of the self-assessment among the leaves. */
function topCut(leaves: readonly BreakdownRow[]): BreakdownRow | null {
  return [...leaves].filter((r) => (r.cut_points ?? 0) > 0).sort((a, b) => (b.cut_points ?? 0) - (a.cut_points ?? 0))[0] ?? null;
}

/** The analysis of `unit` in `year` of the index behind `source`. */
export async function lostView(
  source: LostSource,
  p: { locale: Locale; indexId: string; unit: LostUnit; year: number; withheld?: readonly string[] },
): Promise<LostView> {
  const { locale, unit, year } = p;
  const [rows, history, peers] = await Promise.all([
    source.breakdown(unit.unit_id, year),
    source.history(unit.unit_id),
    source.peers(unit.unit_id, year),
  ]);
  const leaves = leavesOf(rows);
  const analysis = pareto(leaves);
  const yoy = yearOverYear(history, year);
  const total = rows.find((r) => r.item_level === 'total') ?? rows[0];
  const named = (r: BreakdownRow) => ({ ...r, name: nameOf(locale, r) });
  const claimed =
    total && total.self_score !== null && total.cut_points !== null
      ? { self: total.self_score, appraised: total.self_score - total.cut_points }
      : null;
  const cut = topCut(leaves);
  const summary = total
    ? lostSummary(
        {
          unit: nameOf(locale, unit),
          year,
          total: named(total),
          domains: rows.filter((r) => r.item_level === 'domain').map(named),
          pareto: { ...analysis, rows: analysis.rows.map((r) => ({ ...r, item: named(r.item) })) },
          yoy,
          claimed,
          topCut: cut ? named(cut) : null,
        },
        summaryText(locale),
      )
    : [];
  const peerViews = new Map<string, PeerView>();
  for (const row of peers) {
    const view = peerView(row);
    if (view) peerViews.set(row.item_code, view);
  }
  return {
    year,
    heading: tr(locale, 'lost.heading', { year }),
    summary,
    pareto: analysis.rows.map((r) => ({
      code: r.item.item_code,
      label: nameOf(locale, r.item),
      lost: r.lost,
      cumulative_share: r.cumulative_share,
    })),
    paretoCut: { count: analysis.cutCount, itemsScored: analysis.itemsScored, totalLost: analysis.totalLost },
    yoyNote: yoyNote(locale, yoy, unit, year),
    breakdown: breakdownHtml(rows, breakdownText(locale, yoy.previousYear), {
      yoy: yoy.items,
      peers: peerViews,
      showYoy: yoy.previousYear !== null,
      withheld: p.withheld ?? [],
    }),
    owners: ownersOf(locale, rows),
    worksheet: { xlsx: worksheetPath(p.indexId, unit.unit_id, year, 'xlsx'), csv: worksheetPath(p.indexId, unit.unit_id, year, 'csv') },
    rounds: roundTwo(rows),
    appendix: appendixPath(p.indexId, unit.unit_id, year),
  };
}

/**
 * Rows of the Pareto chart: at least the 15 largest losses and every item up to the 80 % cut (so the
 * divider sits where the sentence says), at most 30; then one row for the rest.
 */
const PARETO_ROWS = { min: 15, max: 30 } as const;

/** The Pareto chart at every width of CHART_WIDTHS, or null when nothing was lost. */
export function paretoFigures(view: LostView, locale: Locale, document: Document): ChartRenderings | null {
  if (view.pareto.length === 0) return null;
  const n = Math.max(PARETO_ROWS.min, Math.min(view.paretoCut.count, PARETO_ROWS.max));
  const shown = view.pareto
    .slice(0, n)
    .map((r) => ({ item_code: r.code, label: r.label, lost: r.lost, cumulative_share: r.cumulative_share }));
  const rest = view.pareto.slice(n);
  if (rest.length > 0) {
    shown.push({
      item_code: '',
      label: tr(locale, 'lost.paretoOthers', { n: rest.length }),
      lost: rest.reduce((sum, r) => sum + r.lost, 0),
      cumulative_share: 1,
    });
  }
  const caption = tr(locale, 'lost.paretoCaption', { year: view.year });
  const draw = (width: number) =>
    figureHtml(
      paretoChart(shown, {
        width,
        locale,
        labels: paretoLabels(locale),
        document,
        id: `pareto-${width}`,
        cutIndex: Math.max(0, Math.min(shown.length - 1, view.paretoCut.count - 1)),
        totalLost: view.paretoCut.totalLost,
        itemsTotal: view.paretoCut.itemsScored,
      }),
      caption,
    );
  return atChartWidths(draw, COLUMN_CHART_WIDTHS);
}

/** A choice of owner that keeps only their items in the breakdown; hidden until the script wires it. */
function ownerFilterHtml(view: LostView, locale: Locale): string {
  if (view.owners.length === 0) return '';
  const options = view.owners.map((o) => `<option value="${esc(o.id)}">${esc(o.name)}</option>`).join('');
  return `<p class="owner-filter no-print" data-owner-filter-wrap hidden><label>${esc(tr(locale, 'lost.ownerFilter'))} <select data-owner-filter><option value="">${esc(tr(locale, 'lost.ownerAll'))}</option>${options}</select></label> <a href="${esc(ownersHref(locale))}">${esc(tr(locale, 'owner.link'))}</a></p>`;
}

/** The analysis as HTML: the part of the unit page the year filter redraws. */
export function lostHtml(view: LostView, locale: Locale, pareto: ChartRenderings | null): string {
  const k = (key: string, params?: Readonly<Record<string, string | number>>) => esc(tr(locale, key, params));
  const summary =
    view.summary.length > 0
      ? `<div class="lost-summary" data-lost-summary><h4>${k('lost.summaryHeading')}</h4><p>${view.summary.map(esc).join(' ')}</p></div>`
      : '';
  const menu = shareMenuHtml(locale, { kind: 'figure', name: 'pareto' });
  const chart = pareto ? chartFigureHtml(pareto, { name: 'pareto', dataTable: tr(locale, 'chart.dataTable'), menu }) : '';
  const breakdownMenu = shareMenuHtml(locale, { kind: 'table', name: 'lost-points', target: '[data-breakdown]', title: view.heading });
  return [
    `<h3 data-lost-heading>${esc(view.heading)}</h3>`,
    `<p class="lede">${k('lost.intro')}</p>`,
    summary,
    chart,
    view.yoyNote ? `<p class="lost-yoy note" data-lost-yoy>${esc(view.yoyNote)}</p>` : '',
    `<h4>${k('lost.breakdownHeading')}</h4>`,
    `<p class="note">${k('lost.breakdownHint')}</p>`,
    ownerFilterHtml(view, locale),
    view.breakdown,
    breakdownMenu,
    roundTwoHtml(view.rounds, locale, view.year),
    `<div class="card worksheet" data-worksheet><h4>${k('lost.worksheetHeading')}</h4><p>${k('lost.worksheetText', { year: view.year })}</p>`,
    `<p class="worksheet-links"><a href="${esc(view.worksheet.xlsx)}" download>${k('lost.worksheetXlsx')}</a> <a href="${esc(view.worksheet.csv)}" download>${k('lost.worksheetCsv')}</a></p>`,
    `<p>${k('lost.appendixText', { year: view.year })}</p>`,
    `<p class="worksheet-links"><a href="${esc(view.appendix)}" download data-appendix>${k('lost.appendixLink')}</a></p></div>`,
  ].join('');
}
