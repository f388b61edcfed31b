/**
 * The items on which units lost the most points, summed over all units: one bar per item, with how
 * many of the units scored on it lost points ("132 trên 150 đơn vị") at the right. Names sit on their
 * own line above each bar, so they stay whole at 360 px.
 */
import { barLayout, barPlot } from './bar-rows.ts';
import { pctText, pointsText } from './chart-format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { chartFigure, dataTable } from './figure.ts';
import { OKABE_ITO } from './palette.ts';
import type { BaseChartOptions } from './types.ts';

/** One item, sorted by `total_lost` descending. */
export interface MostLostRow {
  readonly item_code: string;
  readonly label: string;
  /** Points lost on the item, summed over units. */
  readonly total_lost: number;
  /** units_losing / units_scored, 0–1. */
  readonly share_losing: number;
  readonly units_losing: number;
  /** Units to which the item applies, with a score. */
  readonly units_scored: number;
}

/** Texts of the most-lost chart (i18n keys `charts.mostLost.*`). */
export interface MostLostLabels {
  readonly title: string;
  /** Template with `{top}`, `{lost}`, `{n}`, `{total}`, `{count}`. */
  readonly summary: string;
  readonly item: string;
  /** Points lost summed over units: the bars' column title and the table's. */
  readonly lost: string;
  /** The right column's title, e.g. "Đơn vị bị trừ điểm". */
  readonly units: string;
  /** Template with `{n}`, `{total}`: "132 trên 150 đơn vị". */
  readonly unitsOf: string;
  readonly unitsLosing: string;
  readonly unitsScored: string;
  readonly shareLosing: string;
}

export type MostLostOptions = BaseChartOptions<MostLostLabels>;

const nameOf = (r: MostLostRow) => (r.item_code === '' ? r.label : `${r.item_code} ${r.label}`);

function tableOf(rows: readonly MostLostRow[], options: MostLostOptions): HTMLTableElement {
  const { labels, locale } = options;
  const head = [labels.item, labels.lost, labels.unitsLosing, labels.unitsScored, labels.shareLosing];
  const body = rows.map((r) => [
    nameOf(r),
    pointsText(locale, r.total_lost),
    String(r.units_losing),
    String(r.units_scored),
    pctText(locale, r.share_losing * 100, 1),
  ]);
  return dataTable(options.document ?? globalThis.document, labels.title, head, body);
}

function summaryOf(rows: readonly MostLostRow[], options: MostLostOptions): string {
  const top = rows[0];
  return interpolate(options.labels.summary, {
    top: top ? nameOf(top) : '–',
    lost: pointsText(options.locale, top?.total_lost ?? null),
    n: top?.units_losing ?? 0,
    total: top?.units_scored ?? 0,
    count: rows.length,
  });
}

/** The items with the most points lost across units. */
export function mostLostChart(rows: readonly MostLostRow[], options: MostLostOptions): HTMLElement {
  const document = options.document ?? globalThis.document;
  const { labels, locale } = options;
  const layout = barLayout(
    rows.map((r) => ({
      label: nameOf(r),
      value: r.total_lost,
      valueText: pointsText(locale, r.total_lost),
      sideText: interpolate(labels.unitsOf, { n: r.units_losing, total: r.units_scored }),
      fill: OKABE_ITO.vermillion,
    })),
    { width: options.width, headLeft: labels.lost, headRight: labels.units },
  );
  return chartFigure({
    document,
    name: 'most-lost-chart',
    idPrefix: options.id,
    svg: barPlot(document, layout),
    fontSize: layout.fontSize,
    ariaLabel: `${labels.title}. ${summaryOf(rows, options)}`,
    table: tableOf(rows, options),
  });
}
