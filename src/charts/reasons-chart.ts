/**
 * Why points were lost: one bar per kind of deduction (reason category), its share of all points lost
 * written at the bar's end and the points at the right. Points lost with no reason recorded
 * (category '') are drawn grey, so they never read as a kind of deduction.
 */
import { barLayout, barPlot } from './bar-rows.ts';
import { pctText, pointsText } from './chart-format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { chartFigure, dataTable } from './figure.ts';
import { NEUTRAL, OKABE_ITO } from './palette.ts';
import type { BaseChartOptions } from './types.ts';

/** One reason category, sorted by `lost_points` descending; `category_id` '' is "no reason recorded". */
export interface ReasonsRow {
  readonly category_id: string;
  /** The category's name; for '' the caller's "no reason recorded" (or `labels.noReason` when empty). */
  readonly label: string;
  readonly lost_points: number;
  /** Share of all points lost, 0–1. */
  readonly share: number;
  readonly deductions: number;
  /** The most frequent reasons of the category. */
  readonly examples: readonly string[];
}

/** Texts of the reasons chart (i18n keys `charts.reasons.*`). */
export interface ReasonsLabels {
  readonly title: string;
  /** Template with `{top}`, `{share}`, `{points}`, `{lost}`. */
  readonly summary: string;
  readonly category: string;
  /** Share of points lost: the bars' column title and the table's. */
  readonly share: string;
  /** Points lost: the right column's title and the table's. */
  readonly lost: string;
  /** Template with `{points}`: "12,5 điểm". */
  readonly points: string;
  readonly deductions: string;
  readonly examples: string;
  /** Name of the category '' when the row has none. */
  readonly noReason: string;
}

export type ReasonsOptions = BaseChartOptions<ReasonsLabels>;

const nameOf = (r: ReasonsRow, labels: ReasonsLabels) => (r.label === '' && r.category_id === '' ? labels.noReason : r.label);

/** A share as a percentage: whole numbers, but one decimal below 1 % so a small share never reads "0%". */
function shareText(options: ReasonsOptions, share: number): string {
  return pctText(options.locale, share * 100, share > 0 && share < 0.01 ? 1 : 0);
}

function tableOf(rows: readonly ReasonsRow[], options: ReasonsOptions): HTMLTableElement {
  const { labels, locale } = options;
  const head = [labels.category, labels.share, labels.lost, labels.deductions, labels.examples];
  const body = rows.map((r) => [
    nameOf(r, labels),
    pctText(locale, r.share * 100, 1),
    pointsText(locale, r.lost_points),
    String(r.deductions),
    r.examples.join(' · '),
  ]);
  return dataTable(options.document ?? globalThis.document, labels.title, head, body);
}

function summaryOf(rows: readonly ReasonsRow[], options: ReasonsOptions): string {
  const top = rows[0];
  return interpolate(options.labels.summary, {
    top: top ? nameOf(top, options.labels) : '–',
    share: top ? shareText(options, top.share) : '–',
    points: pointsText(options.locale, top?.lost_points ?? null),
    lost: pointsText(
      options.locale,
      rows.reduce((sum, r) => sum + r.lost_points, 0),
    ),
  });
}

/** Points lost by kind of deduction. */
export function reasonsChart(rows: readonly ReasonsRow[], options: ReasonsOptions): HTMLElement {
  const document = options.document ?? globalThis.document;
  const { labels, locale } = options;
  const layout = barLayout(
    rows.map((r) => ({
      label: nameOf(r, labels),
      value: r.share,
      valueText: shareText(options, r.share),
      sideText: interpolate(labels.points, { points: pointsText(locale, r.lost_points) }),
      fill: r.category_id === '' ? NEUTRAL.line : OKABE_ITO.vermillion,
    })),
    { width: options.width, headLeft: labels.share, headRight: labels.lost },
  );
  return chartFigure({
    document,
    name: 'reasons-chart',
    idPrefix: options.id,
    svg: barPlot(document, layout),
    fontSize: layout.fontSize,
    ariaLabel: `${labels.title}. ${summaryOf(rows, options)}`,
    table: tableOf(rows, options),
  });
}
