/**
 * Slope chart: each unit's rank (or score) in two years, one segment per unit, labelled on both sides.
 * Risers are blue, fallers vermillion, unchanged grey (Okabe–Ito); the slope itself shows the direction,
 * so colour is never the only cue.
 */
import * as Plot from '@observablehq/plot';
import { numberText, pctText, signedText, yearText } from './chart-format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { chartFigure, dataTable } from './figure.ts';
import { linear } from './layout.ts';
import { chartLegend } from './legend.ts';
import { DIVERGING, NEUTRAL } from './palette.ts';
import { countDirections, slopeItems, type Direction, type SlopeItem, type SlopeMeasure, type SlopeRow } from './slope-data.ts';
import { placeSides, planSides, SLOPE_CROWDED, type SideGeometry, type SideLabel } from './slope-labels.ts';
import { tipLine, withTips, type Tip } from './tips.ts';
import type { BaseChartOptions } from './types.ts';

export type { SlopeMeasure, SlopeRow } from './slope-data.ts';

/** Texts of the slope chart (i18n keys `charts.slope.*`). */
export interface SlopeLabels {
  readonly title: string;
  /** Template with `{from}`, `{to}`, `{risers}`, `{fallers}`, `{unchanged}`. */
  readonly summary: string;
  readonly unit: string;
  /** Name of the measure when it is a rank, and when it is a score. */
  readonly rank: string;
  readonly score: string;
  readonly change: string;
  /** Tooltip: the year of a point. */
  readonly year: string;
  readonly risers: string;
  readonly fallers: string;
  readonly unchanged: string;
}

export interface SlopeOptions extends BaseChartOptions<SlopeLabels> {
  readonly fromYear: number;
  readonly toYear: number;
  readonly measure: SlopeMeasure;
  /** Units drawn bold; the others fade. */
  readonly highlight?: Iterable<string>;
}

const COLORS: Readonly<Record<Direction, string>> = {
  rise: DIVERGING.rise,
  fall: DIVERGING.fall,
  same: DIVERGING.same,
  partial: NEUTRAL.line,
};
const MARGIN = { top: 28, bottom: 10 };
/** The values alone never make the chart taller than this; the names may. */
const MAX_VALUES_PX = 720;
const FADED = 0.35;

function valueText(options: SlopeOptions, v: number | null): string {
  return options.measure === 'rank' ? numberText(options.locale, v) : pctText(options.locale, v);
}

/** The y scale: rank 1 on top, or the highest score on top, with a little room around the values. */
function yDomain(items: readonly SlopeItem[], measure: SlopeMeasure): [number, number] {
  const values = items.flatMap((d) => [d.from, d.to]).filter((v): v is number => v !== null);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (measure === 'rank') return [1, Math.max(2, hi)];
  const pad = Math.max(1, (hi - lo) * 0.05);
  return [Math.min(100, hi + pad), Math.max(0, lo - pad)];
}

/** The tooltip of a point at one side: unit, year, value, score (for ranks, when given) and the change. */
function tipsOf(options: SlopeOptions): (d: SlopeEnd) => Tip {
  const { labels, locale } = options;
  const digits = options.measure === 'rank' ? 0 : 2;
  const change = `${labels.change} ${yearText(options.fromYear)}–${yearText(options.toYear)}`;
  return (d) => {
    const score = d.x === 0 ? d.fromScore : d.toScore;
    const lines = [
      d.label,
      tipLine(labels.year, yearText(d.x === 0 ? options.fromYear : options.toYear)),
      tipLine(options.measure === 'rank' ? labels.rank : labels.score, valueText(options, d.v)),
    ];
    if (options.measure === 'rank' && score !== undefined) lines.push(tipLine(labels.score, pctText(locale, score)));
    lines.push(tipLine(change, signedText(locale, d.change, digits)));
    return { series: d.unit_id, lines };
  };
}

/** A unit's point at one side. */
interface SlopeEnd extends SlopeItem {
  readonly x: 0 | 1;
  readonly v: number | null;
}

function marks(items: readonly SlopeItem[], options: SlopeOptions, labels: readonly SideLabel[], geo: SideGeometry): Plot.Markish[] {
  const { bold, fontSize } = geo;
  const named = new Set(labels.map((l) => l.unit_id));
  const faded = (d: { unit_id: string }) =>
    !bold(d.unit_id) && ((options.highlight !== undefined && [...options.highlight].length > 0) || !named.has(d.unit_id));
  const both = items.filter((d) => d.change !== null);
  const ends: SlopeEnd[] = items
    .flatMap((d) => [
      { ...d, x: 0 as const, v: d.from },
      { ...d, x: 1 as const, v: d.to },
    ])
    .filter((d) => d.v !== null);
  const opacity = (d: { unit_id: string }) => (faded(d) ? FADED : 1);
  const color = (d: SlopeItem) => COLORS[d.direction];
  const text = (isBold: boolean, side: 0 | 1) =>
    Plot.text(
      labels.filter((l) => l.bold === isBold && l.x === side),
      {
        x: 'x',
        y: 'y',
        text: 'text',
        fontSize,
        lineHeight: geo.lineHeight / fontSize,
        lineAnchor: 'middle',
        fontWeight: isBold ? 700 : 400,
        dx: side === 0 ? -8 : 8,
        textAnchor: side === 0 ? 'end' : 'start',
        fill: (l: SideLabel) => (faded(l) ? NEUTRAL.secondaryText : NEUTRAL.text),
      },
    );
  return [
    Plot.ruleX([0, 1], { stroke: NEUTRAL.grid }),
    Plot.axisX([0, 1], {
      anchor: 'top',
      tickFormat: (i: number) => yearText(i === 0 ? options.fromYear : options.toYear),
      tickSize: 0,
      label: null,
      fontWeight: 700,
    }),
    Plot.link(both, {
      x1: () => 0,
      x2: () => 1,
      y1: 'from',
      y2: 'to',
      stroke: color,
      strokeOpacity: opacity,
      strokeWidth: (d: SlopeItem) => (bold(d.unit_id) ? 3 : named.has(d.unit_id) ? 1.75 : 1),
    }),
    Plot.dot(ends, {
      x: 'x',
      y: 'v',
      r: (d: SlopeItem) => (bold(d.unit_id) ? 4 : named.has(d.unit_id) ? 3 : 2),
      fill: color,
      fillOpacity: opacity,
      stroke: 'white',
      strokeWidth: 0.75,
      ...withTips(ends, tipsOf(options)),
    }),
    text(false, 0),
    text(false, 1),
    text(true, 0),
    text(true, 1),
  ];
}

function tableOf(items: readonly SlopeItem[], options: SlopeOptions): HTMLTableElement {
  const { labels, locale } = options;
  const digits = options.measure === 'rank' ? 0 : 2;
  const body = items.map((d) => [d.label, valueText(options, d.from), valueText(options, d.to), signedText(locale, d.change, digits)]);
  const measure = options.measure === 'rank' ? labels.rank : labels.score;
  const head = [labels.unit, `${measure} ${yearText(options.fromYear)}`, `${measure} ${yearText(options.toYear)}`, labels.change];
  return dataTable(options.document ?? globalThis.document, labels.title, head, body);
}

/** The slope chart between two years. */
export function slopeChart(rows: readonly SlopeRow[], options: SlopeOptions): HTMLElement {
  const document = options.document ?? globalThis.document;
  const items = slopeItems(rows, options.measure);
  const highlight = new Set(options.highlight ?? []);
  const bold = (id: string) => highlight.has(id);
  const fontSize = options.width < 480 ? 11 : 12;
  const geo: SideGeometry = { width: options.width, fontSize, lineHeight: fontSize + 2, bold, valueText: (v) => valueText(options, v) };
  const plan = planSides(items, geo);
  const rowPx = items.length > SLOPE_CROWDED ? 6 : fontSize + 3;
  const valuesPx = Math.min(MAX_VALUES_PX, Math.max(220, MARGIN.top + MARGIN.bottom + items.length * rowPx));
  const height = options.height ?? Math.ceil(Math.max(valuesPx, MARGIN.top + MARGIN.bottom + 14 + plan.neededPx));
  const range: [number, number] = [MARGIN.top + 8, height - MARGIN.bottom - 6];
  const y = linear(items.length > 0 ? yDomain(items, options.measure) : [0, 1], range);
  const labels = placeSides(plan, geo, y, range);
  const svg = Plot.plot({
    document,
    width: options.width,
    height,
    marginTop: MARGIN.top,
    marginBottom: MARGIN.bottom,
    marginLeft: plan.marginLeft,
    marginRight: plan.marginRight,
    x: { domain: [0, 1] },
    y: { domain: items.length > 0 ? yDomain(items, options.measure) : [0, 1], range, axis: null },
    marks: marks(items, options, labels, geo),
  });
  const counts = countDirections(items);
  const summary = interpolate(options.labels.summary, {
    from: yearText(options.fromYear),
    to: yearText(options.toYear),
    risers: counts.rise,
    fallers: counts.fall,
    unchanged: counts.same,
  });
  const legend = chartLegend(document, [
    { label: options.labels.risers, shape: 'line', color: DIVERGING.rise },
    { label: options.labels.fallers, shape: 'line', color: DIVERGING.fall },
    { label: options.labels.unchanged, shape: 'line', color: DIVERGING.same },
  ]);
  return chartFigure({
    document,
    name: 'slope-chart',
    idPrefix: options.id,
    svg,
    fontSize,
    ariaLabel: `${options.labels.title}. ${summary}`,
    legend,
    table: tableOf(items, options),
  });
}
