/**
 * The gap between claimed and granted points over the years: the mean and the median of
 * (self-assessed − appraised) across units, one line each, named at their ends.
 */
import * as Plot from '@observablehq/plot';
import { pointsText, yearText } from './chart-format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { chartFigure, dataTable } from './figure.ts';
import { dodge, linear, textWidth, yearTicks } from './layout.ts';
import { NEUTRAL, OKABE_ITO } from './palette.ts';
import type { BaseChartOptions } from './types.ts';

/** One year: the mean and median points cut from the units' self-assessments. */
export interface ClaimsTrendRow {
  readonly year: number;
  readonly mean_cut: number;
  readonly median_cut: number;
}

/** Texts of the claims trend (i18n keys `charts.claimsTrend.*`). */
export interface ClaimsTrendLabels {
  readonly title: string;
  /** Template with `{first}`, `{from}`, `{last}`, `{to}` (the mean in the first and last year). */
  readonly summary: string;
  readonly year: string;
  readonly mean: string;
  readonly median: string;
  /** The y axis: what the values are, e.g. "Điểm bị trừ so với tự chấm". */
  readonly axis: string;
}

export type ClaimsTrendOptions = BaseChartOptions<ClaimsTrendLabels>;

const MARGIN = { top: 24, bottom: 26, left: 34 } as const;
const SERIES = [
  { key: 'mean_cut', color: OKABE_ITO.vermillion, dash: undefined },
  { key: 'median_cut', color: OKABE_ITO.blue, dash: '5 3' },
] as const;

/** From 0 (or below, if a gap is negative) to a round value above the largest gap. */
export function claimsTrendDomain(rows: readonly ClaimsTrendRow[]): [number, number] {
  const values = rows.flatMap((r) => [r.mean_cut, r.median_cut]).filter(Number.isFinite);
  const hi = Math.max(1, ...values);
  const lo = Math.min(0, ...values);
  const step = hi - lo > 10 ? 5 : hi - lo > 4 ? 2 : 1;
  return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

function tableOf(rows: readonly ClaimsTrendRow[], options: ClaimsTrendOptions): HTMLTableElement {
  const { labels, locale } = options;
  const body = rows.map((r) => [yearText(r.year), pointsText(locale, r.mean_cut), pointsText(locale, r.median_cut)]);
  return dataTable(options.document ?? globalThis.document, labels.title, [labels.year, labels.mean, labels.median], body);
}

/** The mean and median of the cut over the years. */
export function claimsTrend(rows: readonly ClaimsTrendRow[], options: ClaimsTrendOptions): HTMLElement {
  const document = options.document ?? globalThis.document;
  const { labels, locale } = options;
  const fontSize = options.width < 480 ? 11 : 12;
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  const years = sorted.map((r) => r.year);
  const last = sorted.at(-1);
  const endTexts = SERIES.map(
    (s) => `${s.key === 'mean_cut' ? labels.mean : labels.median} ${pointsText(locale, last ? last[s.key] : null)}`,
  );
  const marginRight = Math.max(...endTexts.map((t) => textWidth(t, fontSize))) + 14;
  const height = options.height ?? Math.round(Math.min(280, Math.max(200, options.width * 0.45)));
  const domain = claimsTrendDomain(sorted);
  const y = linear(domain, [height - MARGIN.bottom, MARGIN.top]);
  // End labels pushed apart: the mean and the median often end close together.
  const ends = dodge(
    SERIES.map((s) => y.map(last ? last[s.key] : 0)),
    fontSize + 3,
    MARGIN.top,
    height - MARGIN.bottom,
  );
  const first = years[0] ?? 0;
  const final = years.at(-1) ?? 0;
  const svg = Plot.plot({
    document,
    width: options.width,
    height,
    marginTop: MARGIN.top,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    marginRight,
    x: { domain: first === final ? [first - 1, final + 1] : [first, final], insetLeft: 8, insetRight: 8 },
    y: { domain },
    marks: [
      Plot.gridY({ ticks: 4, stroke: NEUTRAL.grid, strokeOpacity: 1 }),
      Plot.axisY({
        ticks: 4,
        tickFormat: (v: number) => pointsText(locale, v),
        tickSize: 0,
        label: `↑ ${labels.axis}`,
        labelArrow: 'none',
      }),
      Plot.axisX(yearTicks(years, options.width - MARGIN.left - marginRight - 16), { tickFormat: yearText, label: null }),
      Plot.ruleY([0], { stroke: NEUTRAL.line }),
      ...SERIES.flatMap((s) => [
        Plot.line(sorted, { x: 'year', y: s.key, stroke: s.color, strokeWidth: 2.5, strokeDasharray: s.dash }),
        Plot.dot(sorted, { x: 'year', y: s.key, r: 3, fill: s.color, stroke: 'white', strokeWidth: 1 }),
      ]),
      Plot.text(last ? SERIES.map((_, i) => ({ text: endTexts[i], y: y.invert(ends[i] ?? 0) })) : [], {
        x: final,
        y: 'y',
        text: 'text',
        fill: NEUTRAL.text,
        dx: 8,
        textAnchor: 'start',
        fontSize,
        fontWeight: 700,
      }),
    ],
  });
  const summary = interpolate(labels.summary, {
    first: pointsText(locale, sorted[0]?.mean_cut ?? null),
    from: yearText(first),
    last: pointsText(locale, last?.mean_cut ?? null),
    to: yearText(final),
  });
  return chartFigure({
    document,
    name: 'claims-trend',
    idPrefix: options.id,
    svg,
    fontSize,
    ariaLabel: `${labels.title}. ${summary}`,
    table: tableOf(sorted, options),
  });
}
