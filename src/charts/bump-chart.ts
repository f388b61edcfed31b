/**
 * Bump chart: each unit's rank over the years, rank 1 on top. A year without a rank breaks the line;
 * a unit merged away ends with a cross, a unit formed by a merger starts with a diamond. Selected
 * units are drawn bold in colour, the others grey.
 */
import * as Plot from '@observablehq/plot';
import { bumpData, type BumpData, type BumpPoint, type BumpRow } from './bump-data.ts';
import { numberText, yearText } from './chart-format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { chartFigure, dataTable } from './figure.ts';
import { dodge, fitText, integerTicks, linear, textWidth, yearTicks } from './layout.ts';
import { chartLegend, type LegendItem } from './legend.ts';
import { NEUTRAL, seriesColor } from './palette.ts';
import type { BaseChartOptions } from './types.ts';

export type { BumpRow } from './bump-data.ts';

/** Texts of the bump chart (i18n keys `charts.bump.*`). */
export interface BumpLabels {
  readonly title: string;
  /** Template with `{count}`, `{from}`, `{to}`. */
  readonly summary: string;
  readonly year: string;
  readonly rank: string;
  readonly unit: string;
  readonly ended: string;
  readonly began: string;
  /** Shown in the data table for a year without a rank. */
  readonly noRank: string;
}

export interface BumpOptions extends BaseChartOptions<BumpLabels> {
  /** Units drawn bold in colour (in this order); the others grey. Empty: all drawn alike. */
  readonly highlight?: Iterable<string>;
  /** Units merged away: their line ends with a cross. */
  readonly endings?: ReadonlySet<string>;
  /** Units formed by a merger: their line starts with a diamond. */
  readonly beginnings?: ReadonlySet<string>;
}

const ROW_PX = 14;
const MARGIN = { top: 26, bottom: 8 };

/** Colour per unit: selected ones get the categorical colours; without a selection, a few lines get them too. */
function colorsOf(data: BumpData, highlight: readonly string[]): (id: string) => string {
  if (highlight.length > 0) return (id) => (highlight.includes(id) ? seriesColor(highlight.indexOf(id)) : NEUTRAL.context);
  if (data.series.length <= 8) {
    const ids = data.series.map((s) => s.unit_id);
    return (id) => seriesColor(ids.indexOf(id));
  }
  return () => NEUTRAL.line;
}

/**
 * End labels: at each line's last point, pushed apart within each year so they do not overlap. A line
 * that ends before the last year has only the gap to the next year for its label.
 */
function endLabels(data: BumpData, geometry: Geometry, plotWidth: number) {
  const y = linear([1, Math.max(2, data.maxRank)], geometry.yRange);
  const finalYear = data.years.at(-1);
  const span = (data.years.at(-1) ?? 0) - (data.years[0] ?? 0);
  const yearPx = span > 0 ? plotWidth / span : plotWidth;
  const out: { unit_id: string; year: number; rank: number; text: string }[] = [];
  for (const year of new Set(data.series.map((s) => s.last.year))) {
    const group = data.series.filter((s) => s.last.year === year);
    const maxPx = year === finalYear ? geometry.labelPx : Math.min(geometry.labelPx, yearPx - 16);
    const placed = dodge(
      group.map((s) => y.map(s.last.rank ?? 1)),
      geometry.fontSize + 2,
      geometry.yRange[0],
      geometry.yRange[1],
    );
    group.forEach((s, i) =>
      out.push({ unit_id: s.unit_id, year, rank: y.invert(placed[i] ?? 0), text: fitText(s.label, maxPx, geometry.fontSize) }),
    );
  }
  return out;
}

function tableOf(data: BumpData, options: BumpOptions): HTMLTableElement {
  const { labels, locale } = options;
  const body = data.series.map((s) => {
    const notes = [options.beginnings?.has(s.unit_id) ? labels.began : '', options.endings?.has(s.unit_id) ? labels.ended : ''];
    const note = notes.filter((n) => n !== '').join('; ');
    const name = note === '' ? s.label : `${s.label} (${note})`;
    return [name, ...data.years.map((year) => numberText(locale, s.ranks.get(year) ?? null, 0, labels.noRank))];
  });
  return dataTable(options.document ?? globalThis.document, labels.title, [labels.unit, ...data.years.map(yearText)], body);
}

function legendOf(data: BumpData, options: BumpOptions): HTMLElement | null {
  const has = (set: ReadonlySet<string> | undefined) => data.series.some((s) => set?.has(s.unit_id));
  const items: LegendItem[] = [];
  if (has(options.beginnings)) items.push({ label: options.labels.began, shape: 'diamond', color: NEUTRAL.text });
  if (has(options.endings)) items.push({ label: options.labels.ended, shape: 'times', color: NEUTRAL.text });
  return items.length > 0 ? chartLegend(options.document ?? globalThis.document, items) : null;
}

/** Sizes and scales shared by the marks. */
interface Geometry {
  readonly fontSize: number;
  readonly labelPx: number;
  readonly marginLeft: number;
  readonly marginRight: number;
  readonly height: number;
  readonly yRange: [number, number];
}

function geometryOf(data: BumpData, options: BumpOptions): Geometry {
  const fontSize = options.width < 480 ? 11 : 12;
  const labelPx = Math.min(options.width * 0.3, Math.max(0, ...data.series.map((s) => textWidth(s.label, fontSize))));
  const height = options.height ?? Math.max(200, MARGIN.top + MARGIN.bottom + data.maxRank * ROW_PX);
  return {
    fontSize,
    labelPx,
    height,
    marginLeft: textWidth(String(data.maxRank), fontSize) + 14,
    marginRight: labelPx + 12,
    yRange: [MARGIN.top + 6, height - MARGIN.bottom - 6],
  };
}

/** Who is drawn how: colour, boldness, and which points carry the start and end symbols. */
function styleOf(data: BumpData, options: BumpOptions) {
  const highlight = [...(options.highlight ?? [])];
  const firsts = new Set(data.series.filter((s) => options.beginnings?.has(s.unit_id)).map((s) => s.first));
  const lasts = new Set(data.series.filter((s) => options.endings?.has(s.unit_id)).map((s) => s.last));
  return {
    highlight,
    colorOf: colorsOf(data, highlight),
    isBold: (id: string) => highlight.includes(id),
    isStart: (p: BumpPoint) => firsts.has(p),
    isEnd: (p: BumpPoint) => lasts.has(p),
  };
}

function lineMarks(data: BumpData, style: ReturnType<typeof styleOf>): Plot.Markish[] {
  const points = data.series.flatMap((s) => s.points);
  const known = points.filter((p) => p.rank !== null);
  // Selected units are drawn last, so they sit on top of the grey ones.
  const order = (ps: readonly BumpPoint[]) => [...ps].sort((a, b) => Number(style.isBold(a.unit_id)) - Number(style.isBold(b.unit_id)));
  const fill = (p: BumpPoint) => style.colorOf(p.unit_id);
  const line = (ps: readonly BumpPoint[], width: number) =>
    Plot.line(ps, { x: 'year', y: 'rank', z: 'unit_id', stroke: fill, strokeWidth: width, curve: 'bump-x' });
  return [
    line(
      points.filter((p) => !style.isBold(p.unit_id)),
      1.5,
    ),
    line(
      points.filter((p) => style.isBold(p.unit_id)),
      3,
    ),
    Plot.dot(order(known.filter((p) => !style.isStart(p) && !style.isEnd(p))), {
      x: 'year',
      y: 'rank',
      r: (p: BumpPoint) => (style.isBold(p.unit_id) ? 3.5 : 2.5),
      fill,
      stroke: 'white',
      strokeWidth: 0.75,
    }),
  ];
}

/** The start and end symbols, drawn last so no label halo hides them. */
function lineageMarks(data: BumpData, style: ReturnType<typeof styleOf>): Plot.Markish[] {
  const known = data.series.flatMap((s) => s.points).filter((p) => p.rank !== null);
  return [
    Plot.dot(known.filter(style.isStart), {
      x: 'year',
      y: 'rank',
      symbol: 'diamond',
      r: 5,
      fill: (p: BumpPoint) => style.colorOf(p.unit_id),
      stroke: NEUTRAL.text,
      strokeWidth: 1,
    }),
    Plot.dot(known.filter(style.isEnd), { x: 'year', y: 'rank', symbol: 'times', r: 4.5, stroke: NEUTRAL.text, strokeWidth: 2 }),
  ];
}

function labelMarks(data: BumpData, geometry: Geometry, style: ReturnType<typeof styleOf>, plotWidth: number): Plot.Markish[] {
  const labelled = endLabels(data, geometry, plotWidth);
  const text = (bold: boolean) =>
    Plot.text(
      labelled.filter((d) => style.isBold(d.unit_id) === bold),
      {
        x: 'year',
        y: 'rank',
        text: 'text',
        dx: 8,
        textAnchor: 'start',
        fontSize: geometry.fontSize,
        fontWeight: bold ? 700 : 400,
        fill: (d: { unit_id: string }) =>
          bold ? style.colorOf(d.unit_id) : style.highlight.length > 0 ? NEUTRAL.secondaryText : NEUTRAL.text,
        stroke: 'white',
        strokeWidth: 3,
        paintOrder: 'stroke',
      },
    );
  return [text(false), text(true)];
}

/** The bump chart of ranks over years. */
export function bumpChart(rows: readonly BumpRow[], options: BumpOptions): HTMLElement {
  const document = options.document ?? globalThis.document;
  const data = bumpData(rows);
  const geometry = geometryOf(data, options);
  const style = styleOf(data, options);
  const first = data.years[0] ?? 0;
  const last = data.years.at(-1) ?? 0;
  // The x scale's insets (8 px each side) are inside the plot.
  const plotWidth = options.width - geometry.marginLeft - geometry.marginRight - 16;
  const xTicks = yearTicks(data.years, plotWidth);
  const yTicks = integerTicks(1, data.maxRank, Math.floor((geometry.yRange[1] - geometry.yRange[0]) / 24));
  const svg = Plot.plot({
    document,
    width: options.width,
    height: geometry.height,
    marginTop: MARGIN.top,
    marginBottom: MARGIN.bottom,
    marginLeft: geometry.marginLeft,
    marginRight: geometry.marginRight,
    x: { domain: first === last ? [first - 1, last + 1] : [first, last], insetLeft: 8, insetRight: 8 },
    y: { domain: [1, Math.max(2, data.maxRank)], range: geometry.yRange },
    marks: [
      Plot.gridX(xTicks, { stroke: NEUTRAL.grid, strokeOpacity: 1 }),
      Plot.axisX(xTicks, { anchor: 'top', tickFormat: yearText, tickSize: 0, label: null }),
      Plot.axisY(yTicks, { tickFormat: (r: number) => numberText(options.locale, r), tickSize: 0, label: null }),
      ...lineMarks(data, style),
      ...labelMarks(data, geometry, style, plotWidth),
      ...lineageMarks(data, style),
    ],
  });
  const summary = interpolate(options.labels.summary, { count: data.series.length, from: yearText(first), to: yearText(last) });
  return chartFigure({
    document,
    name: 'bump-chart',
    idPrefix: options.id,
    svg,
    fontSize: geometry.fontSize,
    ariaLabel: `${options.labels.title}. ${summary}`,
    legend: legendOf(data, options),
    table: tableOf(data, options),
  });
}
