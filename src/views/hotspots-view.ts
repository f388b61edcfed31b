/**
 * Lost points across the units of one index (analysts): the hotspot heat table (units × items), the
 * items most units lose points on, the kinds of deduction, and self-assessed against appraised points.
 * The same view pre-renders the default state at build time and redraws other states in the browser.
 */
import { claimsScatter } from '../charts/claims-scatter.ts';
import { claimsTrend } from '../charts/claims-trend.ts';
import { heatTable } from '../charts/heat-table.ts';
import { mostLostChart } from '../charts/most-lost-chart.ts';
import { reasonsChart } from '../charts/reasons-chart.ts';
import type { Db } from '../db/types.ts';
import { claimsScatterLabels, claimsTrendLabels, heatTableLabels, mostLostLabels, reasonsLabels } from './chart-labels.ts';
import { formatNumber, formatPct } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { t, type MessageKey } from '../i18n/translate.ts';
import { hotspotCells, mostLostItems } from '../queries/lost-hotspots.ts';
import { lostByReason } from '../queries/lost-reasons.ts';
import { claimTrend, itemCuts, unitClaims } from '../queries/self-appraised.ts';
import { cell, esc, table } from '../tables/html.ts';
import { nameOf } from '../i18n/names.ts';
import { unitHref } from './links.ts';
import { figureHtml } from './figure-html.ts';
import { atChartWidths, type ChartRenderings } from './chart-widths.ts';
import type { HotspotsState } from './hotspots-state.ts';

export interface HotspotsView {
  heat: string;
  mostLost: ChartRenderings | null;
  reasons: ChartRenderings | null;
  /** The most frequent reasons of each kind, as written by the council. */
  reasonExamples: string;
  claims: ChartRenderings | null;
  claimsList: string;
  itemCuts: string;
  trend: ChartRenderings | null;
  /** Parts left empty because this edition does not publish what they need (src/schema/editions.ts). */
  withheld: { reasons: boolean; claims: boolean };
}

/** The note in place of a part this edition does not publish. */
const withheldNote = (locale: Locale): string => `<p class="note" data-withheld>${esc(tr(locale, 'edition.withheld'))}</p>`;

const tr = (locale: Locale, key: string, params?: Readonly<Record<string, string | number>>): string =>
  t(locale, key as MessageKey, params);

/** Survey-scored items (sociological survey) are a different kind of points: their names say so wherever they are listed. */
export const surveyTagged = (locale: Locale, name: string, kind: string): string =>
  kind === 'survey' ? `${name} (${tr(locale, 'survey.tag')})` : name;

/** Bars shown in the most-lost chart; the heat table and its data hold every item. */
const TOP_ITEMS = 15;
const TOP_UNITS = 10;

/** The unit's breakdown for the year (the latest needs no parameter: it is the page's default). */
function breakdownHref(locale: Locale, indexId: string, year: number, latest: number): (unitId: string) => string {
  return (unitId) => `${unitHref(locale, unitId)}${year === latest ? '' : `?year=${year}`}#lost-${indexId}`;
}

function claimsList(locale: Locale, rows: Awaited<ReturnType<typeof unitClaims>>, href: (unitId: string) => string): string {
  const n = (x: number | null) => esc(formatNumber(locale, x, 2));
  const body = rows
    .slice(0, TOP_UNITS)
    .map((r) => [
      cell(`<a href="${esc(href(r.unit_id))}">${esc(nameOf(locale, r))}</a>`, { header: true }),
      cell(n(r.self_score), { num: true }),
      cell(n(r.appraised), { num: true }),
      cell(n(r.cut), { num: true }),
      cell(esc(formatPct(locale, r.cut_pct, 1)), { num: true }),
    ]);
  const headers = [
    { label: tr(locale, 'hotspots.col.unit') },
    { label: tr(locale, 'hotspots.col.self'), num: true },
    { label: tr(locale, 'hotspots.col.appraised'), num: true },
    { label: tr(locale, 'hotspots.col.cut'), num: true },
    { label: tr(locale, 'hotspots.col.cutPct'), num: true },
  ];
  return table(tr(locale, 'hotspots.claimsListHeading'), headers, body);
}

function examplesHtml(locale: Locale, rows: readonly { label: string; examples: readonly string[] }[]): string {
  const items = rows
    .filter((r) => r.examples.length > 0)
    .map((r) => `<dt>${esc(r.label)}</dt><dd>${r.examples.map((e) => `<q>${esc(e)}</q>`).join(' · ')}</dd>`)
    .join('');
  return items === ''
    ? ''
    : `<details class="reason-examples" open><summary>${esc(tr(locale, 'hotspots.examples'))}</summary><dl>${items}</dl></details>`;
}

function itemCutsTable(locale: Locale, rows: Awaited<ReturnType<typeof itemCuts>>): string {
  const body = rows
    .slice(0, TOP_UNITS)
    .map((r) => [
      cell(`${esc(r.item_code)} ${esc(nameOf(locale, r))}`, { header: true }),
      cell(esc(`${r.units_cut}/${r.units_assessed}`), { num: true }),
      cell(esc(formatNumber(locale, r.points_cut, 2)), { num: true }),
    ]);
  const headers = [
    { label: tr(locale, 'hotspots.col.item') },
    { label: tr(locale, 'hotspots.col.unitsCut'), num: true },
    { label: tr(locale, 'hotspots.col.pointsCut'), num: true },
  ];
  return table(tr(locale, 'hotspots.itemCutsHeading'), headers, body);
}

/** Builds every part of the page for a state. */
export async function hotspotsView(
  db: Db,
  document: Document,
  p: {
    locale: Locale;
    indexId: string;
    latestYear: number;
    state: HotspotsState;
    /** The manifest's `withheld` columns (`scores.reason_vi`…): the public edition's. */
    withheld?: readonly string[] | undefined;
  },
): Promise<HotspotsView> {
  const { locale, indexId, state } = p;
  const params = { indexId, year: state.year, level: state.level, domain: state.domain };
  const [cells, items, reasons, claims, cuts, trend] = await Promise.all([
    hotspotCells(db, params),
    mostLostItems(db, params),
    lostByReason(db, { indexId, year: state.year, domain: state.domain }),
    unitClaims(db, { indexId, year: state.year }),
    itemCuts(db, { indexId, year: state.year }),
    claimTrend(db, indexId),
  ]);
  const href = breakdownHref(locale, indexId, state.year, p.latestYear);
  const levelName = tr(locale, `itemLevel.${state.level}`);
  const heat = heatTable(
    cells.map((c) => ({
      ...c,
      unit_label: nameOf(locale, { name_vi: c.unit_name_vi, name_en: c.unit_name_en }),
      item_label: surveyTagged(locale, nameOf(locale, { name_vi: c.item_name_vi, name_en: c.item_name_en }), c.kind),
    })),
    {
      locale,
      labels: heatTableLabels(locale),
      caption: tr(locale, 'hotspots.heatCaption', { level: levelName, year: state.year }),
      unitHref: (unitId) => href(unitId),
      document,
      id: 'heat',
    },
  ).outerHTML;
  const mostLostRows = items.slice(0, TOP_ITEMS).map((r) => ({ ...r, label: surveyTagged(locale, nameOf(locale, r), r.kind) }));
  const reasonRows = reasons.map((r) => ({
    ...r,
    label: r.category_id === '' ? tr(locale, 'hotspots.noReason') : nameOf(locale, { name_vi: r.name_vi ?? '', name_en: r.name_en }),
  }));
  const claimRows = claims.map((r) => ({ unit_id: r.unit_id, label: nameOf(locale, r), self_score: r.self_score, appraised: r.appraised }));
  // Withheld and absent: a note, not a chart of "no reason recorded" nor an empty section.
  const withheld = {
    reasons: (p.withheld ?? []).includes('scores.reason_vi') && reasonRows.every((r) => r.category_id === ''),
    claims: (p.withheld ?? []).includes('scores.self_score') && claims.length === 0,
  };
  return {
    withheld,
    heat,
    mostLost:
      mostLostRows.length === 0
        ? null
        : atChartWidths((width) =>
            figureHtml(
              mostLostChart(mostLostRows, { width, locale, labels: mostLostLabels(locale), document, id: `most-lost-${width}` }),
              tr(locale, 'hotspots.mostLostCaption', { level: levelName, year: state.year }),
            ),
          ),
    reasons:
      withheld.reasons || reasonRows.length === 0
        ? null
        : atChartWidths((width) =>
            figureHtml(
              reasonsChart(reasonRows, { width, locale, labels: reasonsLabels(locale), document, id: `reasons-${width}` }),
              tr(locale, 'hotspots.reasonsCaption', { year: state.year }),
            ),
          ),
    reasonExamples: withheld.reasons ? withheldNote(locale) : examplesHtml(locale, reasonRows),
    claims:
      claimRows.length === 0
        ? null
        : atChartWidths((width) =>
            figureHtml(
              claimsScatter(claimRows, { width, locale, labels: claimsScatterLabels(locale), document, id: `claims-${width}` }),
              tr(locale, 'hotspots.claimsCaption', { year: state.year }),
            ),
          ),
    claimsList: withheld.claims ? withheldNote(locale) : claims.length === 0 ? '' : claimsList(locale, claims, href),
    itemCuts: cuts.length === 0 ? '' : itemCutsTable(locale, cuts),
    trend:
      trend.length < 2
        ? null
        : atChartWidths((width) =>
            figureHtml(
              claimsTrend(trend, { width, locale, labels: claimsTrendLabels(locale), document, id: `trend-${width}` }),
              tr(locale, 'hotspots.claimsTrendCaption'),
            ),
          ),
  };
}
