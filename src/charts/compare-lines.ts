/**
 * The compared units over the years, one line per unit: their score (percent of the applicable
 * maximum) or their rank (1 at the top). A line never joins two years that cannot be compared: it
 * breaks at a framework change, a reorganisation of units and a missing year (trend-panels.ts
 * `segmentsOf`); a dashed rule marks each framework change or merger. From 480 px up each line is
 * named at its end, in the right margin, wrapped whole and moved apart so names never overlap; on a
 * phone the names would leave the lines too little room, so a legend under the chart names them.
 */
import * as Plot from '@observablehq/plot';
import { interpolate } from '../i18n/interpolate.ts';
import { numberText, pctText, yearText } from './chart-format.ts';
import { chartFigure, dataTable } from './figure.ts';
import { dodgeBoxes, integerTicks, linear, textWidth, widestWord, wrapText, yearTicks } from './layout.ts';
import { chartLegend } from './legend.ts';
import { NEUTRAL } from './palette.ts';
import { segmentsOf, type TrendBreak } from './trend-panels.ts';
import { withTips } from './tips.ts';
import type { BaseChartOptions } from './types.ts';
import { unitStyle, type ComparedUnit } from './unit-styles.ts';

/** A unit's value in a year (null: none); `break` is why it is not joined to the year before. */
export interface ComparePoint {
  readonly unit: string;
  readonly year: number;
  readonly value: number | null;
  readonly break: TrendBreak | null;
}

/** Texts of the chart (i18n keys `compare.lines.*`). */
export interface CompareLinesLabels {
  readonly title: string;
  /** Template with `{units}` (the names) and `{from}`, `{to}` (the years). */
  readonly summary: string;
  readonly year: string;
}

export interface CompareLinesOptions extends BaseChartOptions<CompareLinesLabels> {
  /** The units in the order they were chosen (their colours and symbols). */
  readonly units: readonly ComparedUnit[];
  /** Every year of the index, for the x axis and for gaps. */
  readonly years: readonly number[];
  /** 'rank': 1 at the top, integer ticks. */
  readonly measure: 'score' | 'rank';
  /** A value as the data table and the tips write it ("85,50%", "3"). */
  readonly format: (value: number) => string;
}

const MARGIN = { top: 14, bottom: 26, left: 40 };
/** Narrower than this, a legend instead of names at the lines' ends. */
const DIRECT_LABELS_FROM = 480;
const LABEL_GAP = 12;
/** Room between the extreme values and the plot's top and bottom, so no dot touches the year labels. */
const INSET = 8;

function domainOf(values: readonly number[], measure: 'score' | 'rank'): [number, number] {
  if (values.length === 0) return measure === 'rank' ? [1, 2] : [0, 100];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (measure === 'rank') return [1, Math.max(2, hi)];
  const pad = Math.max(2, (hi - lo) * 0.1);
  return [Math.max(0, Math.floor(lo - pad)), Math.min(100, Math.ceil(hi + pad))];
}

/** The right margin: the widest name up to 40 % of the width, never narrower than its longest word. */
function labelColumn(units: readonly ComparedUnit[], width: number, fontSize: number): number {
  const widest = Math.max(...units.map((u) => textWidth(u.label, fontSize)));
  return Math.ceil(
    Math.max(
      widestWord(
        units.map((u) => u.label),
        fontSize,
      ),
      Math.min(widest, width * 0.4),
    ) +
      LABEL_GAP +
      4,
  );
}

function tableOf(points: readonly ComparePoint[], options: CompareLinesOptions): HTMLTableElement {
  const valueIn = (unit: string, year: number) => {
    const v = points.find((p) => p.unit === unit && p.year === year)?.value;
    return v === undefined || v === null ? '–' : options.format(v);
  };
  const body = options.years.map((y) => [yearText(y), ...options.units.map((u) => valueIn(u.id, y))]);
  const head = [options.labels.year, ...options.units.map((u) => u.label)];
  return dataTable(options.document ?? globalThis.document, options.labels.title, head, body);
}

/** The units' scores or ranks over the years. */
export function compareLines(points: readonly ComparePoint[], options: CompareLinesOptions): HTMLElement {
  const document = options.document ?? globalThis.document;
  const { units, years, measure } = options;
  const fontSize = options.width < 480 ? 11 : 12;
  const lineHeight = Math.round(fontSize * 1.25);
  const direct = options.width >= DIRECT_LABELS_FROM;
  const right = direct ? labelColumn(units, options.width, fontSize) : 16;
  const height = options.height ?? Math.round(Math.min(340, Math.max(240, options.width * 0.45)));
  const known = points.filter((p) => p.value !== null && units.some((u) => u.id === p.unit));
  const domain = domainOf(
    known.map((p) => p.value!),
    measure,
  );
  const top = MARGIN.top + INSET;
  const bottom = height - MARGIN.bottom - INSET;
  const range: [number, number] = measure === 'rank' ? [top, bottom] : [bottom, top];
  const y = linear(domain, range);
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? first;
  const breaks = [...new Set(known.filter((p) => p.break === 'framework' || p.break === 'merger').map((p) => p.year))];
  const names = units.map((u, i) => {
    const own = known.filter((p) => p.unit === u.id).sort((a, b) => a.year - b.year);
    const end = own.at(-1);
    const lines = wrapText(u.label, right - LABEL_GAP, fontSize);
    return { i, end, text: lines.join('\n'), h: lines.length * lineHeight };
  });
  const drawn = direct ? names.filter((n) => n.end !== undefined) : [];
  const centres = dodgeBoxes(
    drawn.map((n) => y.map(n.end!.value!)),
    drawn.map((n) => n.h),
    2,
    MARGIN.top - 8,
    height - MARGIN.bottom + 8,
  );
  const ticks = measure === 'rank' ? integerTicks(domain[0], domain[1], 6) : 5;
  const marks: Plot.Markish[] = [
    Plot.gridY({ ticks, stroke: NEUTRAL.grid, strokeOpacity: 1 }),
    Plot.axisX(yearTicks(years, options.width - MARGIN.left - right), { tickFormat: yearText, label: null }),
    Plot.axisY({
      ticks,
      tickFormat: (v: number) =>
        !Number.isInteger(v) ? '' : measure === 'rank' ? numberText(options.locale, v) : pctText(options.locale, v, 0),
      label: null,
      tickSize: 0,
    }),
    Plot.ruleX(breaks, { x: (yr: number) => yr - 0.5, stroke: NEUTRAL.secondaryText, strokeDasharray: '3 3' }),
  ];
  units.forEach((u, i) => {
    const style = unitStyle(i);
    const own = segmentsOf(
      known.filter((p) => p.unit === u.id),
      years,
      (p) => p.value,
    );
    marks.push(
      Plot.line(own, { x: 'year', y: 'value', z: 'segment', stroke: style.color, strokeWidth: 2.25 }),
      Plot.dot(own, {
        x: 'year',
        y: 'value',
        symbol: style.symbol,
        r: 4,
        fill: style.filled ? style.color : 'white',
        stroke: style.filled ? 'white' : style.color,
        strokeWidth: style.filled ? 1 : 2,
        ...withTips(own, (p) => ({ series: u.id, lines: [u.label, `${yearText(p.year)}: ${options.format(p.value!)}`] })),
      }),
    );
  });
  marks.push(
    Plot.text(drawn, {
      x: last,
      y: (_n: unknown, k: number) => y.invert(centres[k] ?? 0),
      text: 'text',
      dx: LABEL_GAP,
      textAnchor: 'start',
      lineAnchor: 'middle',
      lineHeight: lineHeight / fontSize,
      fontSize,
      fontWeight: 700,
      fill: (n: { i: number }) => unitStyle(n.i).color,
    }),
  );
  const svg = Plot.plot({
    document,
    width: options.width,
    height,
    marginTop: MARGIN.top,
    marginRight: right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: { domain: first === last ? [first - 1, last + 1] : [first, last], insetLeft: 8, insetRight: 8 },
    y: { domain, range },
    marks,
  });
  const summary = interpolate(options.labels.summary, { units: units.map((u) => u.label).join(', '), from: first, to: last });
  return chartFigure({
    document,
    name: 'compare-lines',
    idPrefix: options.id,
    svg,
    fontSize,
    ariaLabel: `${options.labels.title}. ${summary}`,
    legend: direct
      ? null
      : chartLegend(
          document,
          units.map((u, i) => ({ label: u.label, shape: unitStyle(i).swatch, color: unitStyle(i).color })),
        ),
    table: tableOf(points, options),
  });
}
