/**
 * Score trend: one unit's score (% of the maximum) over the years, line and dots, with an optional
 * comparison series (e.g. the peers' median) dashed. A year without a score breaks the line.
 */
import * as Plot from '@observablehq/plot';
import { pctText, yearText } from './chart-format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { chartFigure, dataTable } from './figure.ts';
import { yearTicks } from './layout.ts';
import { chartLegend } from './legend.ts';
import { NEUTRAL, OKABE_ITO } from './palette.ts';
import { withGaps, yearsOf, type SeriesPoint } from './series.ts';
import type { BaseChartOptions } from './types.ts';

/** A score in percent (0–100) in a year; null where there is none. */
export interface TrendRow {
  readonly year: number;
  readonly value: number | null;
}

/** Texts of the score trend (i18n keys `charts.trend.*`, plus the unit's name). */
export interface TrendLabels {
  readonly title: string;
  /** Template with `{unit}`, `{first}`, `{from}`, `{last}`, `{to}`. */
  readonly summary: string;
  readonly year: string;
  readonly score: string;
  /** Name of the main series: the unit. */
  readonly unit: string;
  /** Name of the comparison series, e.g. "Trung vị các đơn vị cùng cấp". */
  readonly comparison: string;
}

export interface TrendOptions extends BaseChartOptions<TrendLabels> {
  /** A second series drawn dashed, e.g. the median of the unit's peers. */
  readonly comparison?: readonly TrendRow[];
}

const MARGIN = { top: 20, right: 16, bottom: 28, left: 44 };

/** From the data, with room above and below; never outside 0–100. */
export function trendDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 100];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max(2, (hi - lo) * 0.15);
  return [Math.max(0, Math.floor(lo - pad)), Math.min(100, Math.ceil(hi + pad))];
}

const known = (points: readonly SeriesPoint[]) => points.filter((p) => p.value !== null);

function tableOf(
  years: readonly number[],
  main: readonly TrendRow[],
  comparison: readonly TrendRow[] | undefined,
  options: TrendOptions,
): HTMLTableElement {
  const { labels, locale } = options;
  const valueIn = (rows: readonly TrendRow[], year: number) => pctText(locale, rows.find((r) => r.year === year)?.value ?? null);
  const head = [labels.year, labels.unit, ...(comparison ? [labels.comparison] : [])];
  const body = years.map((y) => [yearText(y), valueIn(main, y), ...(comparison ? [valueIn(comparison, y)] : [])]);
  return dataTable(options.document ?? globalThis.document, labels.title, head, body);
}

function summaryOf(main: readonly SeriesPoint[], options: TrendOptions): string {
  const present = known(main);
  const first = present[0];
  const last = present.at(-1);
  return interpolate(options.labels.summary, {
    unit: options.labels.unit,
    first: pctText(options.locale, first?.value ?? null),
    from: first ? yearText(first.year) : '–',
    last: pctText(options.locale, last?.value ?? null),
    to: last ? yearText(last.year) : '–',
  });
}

/** The score trend of one unit. */
export function scoreTrend(rows: readonly TrendRow[], options: TrendOptions): HTMLElement {
  const document = options.document ?? globalThis.document;
  const years = yearsOf([...rows, ...(options.comparison ?? [])].filter((r) => r.value !== null));
  const main = withGaps(rows, years);
  const comparison = options.comparison ? withGaps(options.comparison, years) : [];
  const domain = trendDomain([...main, ...comparison].flatMap((p) => (p.value === null ? [] : [p.value])));
  const fontSize = options.width < 480 ? 11 : 12;
  const height = options.height ?? Math.round(Math.min(320, Math.max(200, options.width * 0.55)));
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? 0;
  const xTicks = yearTicks(years, options.width - MARGIN.left - MARGIN.right);
  const present = known(main);
  const end = present.at(-1);
  // Put the last value's label on the side the line does not come from.
  const fromAbove = (present.at(-2)?.value ?? -Infinity) > (end?.value ?? 0);
  const svg = Plot.plot({
    document,
    width: options.width,
    height,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: { domain: first === last ? [first - 1, last + 1] : [first, last], insetLeft: 10, insetRight: 10 },
    y: { domain },
    marks: [
      Plot.axisX(xTicks, { tickFormat: yearText, label: null }),
      Plot.axisY({ ticks: 5, tickFormat: (v: number) => pctText(options.locale, v, 0), label: null, tickSize: 0 }),
      Plot.gridY({ ticks: 5, stroke: NEUTRAL.grid, strokeOpacity: 1 }),
      Plot.line(comparison, { x: 'year', y: 'value', stroke: NEUTRAL.comparison, strokeWidth: 1.5, strokeDasharray: '5 4' }),
      Plot.dot(known(comparison), { x: 'year', y: 'value', r: 2.5, fill: 'white', stroke: NEUTRAL.comparison, strokeWidth: 1.25 }),
      Plot.line(main, { x: 'year', y: 'value', stroke: OKABE_ITO.blue, strokeWidth: 2.5 }),
      Plot.dot(known(main), { x: 'year', y: 'value', r: 3.5, fill: OKABE_ITO.blue, stroke: 'white', strokeWidth: 1 }),
      Plot.text(end ? [end] : [], {
        x: 'year',
        y: 'value',
        text: (p: SeriesPoint) => pctText(options.locale, p.value),
        dy: fromAbove ? 16 : -10,
        textAnchor: 'end',
        fontSize,
        fontWeight: 700,
        fill: OKABE_ITO.blue,
        stroke: 'white',
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
    ],
  });
  const legend = options.comparison
    ? chartLegend(document, [
        { label: options.labels.unit, shape: 'line', color: OKABE_ITO.blue },
        { label: options.labels.comparison, shape: 'dash', color: NEUTRAL.comparison },
      ])
    : null;
  return chartFigure({
    document,
    name: 'score-trend',
    idPrefix: options.id,
    svg,
    fontSize,
    ariaLabel: `${options.labels.title}. ${summaryOf(main, options)}`,
    legend,
    table: tableOf(years, rows, options.comparison, options),
  });
}
