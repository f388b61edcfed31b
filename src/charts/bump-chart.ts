/**
 * Bump chart: each unit's rank over the years, rank 1 on top. A year without a rank breaks the line;
 * a unit merged away ends with a cross, a unit formed by a merger starts with a diamond. Selected
 * units are drawn bold in colour; named lines in grey; in a crowded chart the rest are faint context
 * (bump-labels.ts decides which lines are named). Every point carries a tooltip (tips.ts).
 */
import * as Plot from '@observablehq/plot';
import { bumpData, type BumpData, type BumpPoint, type BumpRow } from './bump-data.ts';
import { placeNames, planNames, type NamePlan, type PlacedName } from './bump-labels.ts';
import { numberText, pctText, signedText, yearText } from './chart-format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { chartFigure, dataTable } from './figure.ts';
import { integerTicks, linear, textWidth, yearTicks } from './layout.ts';
import { chartLegend, type LegendItem } from './legend.ts';
import { NEUTRAL, seriesColor } from './palette.ts';
import { tipLine, withTips, type Tip } from './tips.ts';
import type { BaseChartOptions } from './types.ts';

export type { BumpRow } from './bump-data.ts';

/** Texts of the bump chart (i18n keys `charts.bump.*`). */
export interface BumpLabels {
  readonly title: string;
  /** Template with `{count}`, `{from}`, `{to}`. */
  readonly summary: string;
  readonly year: string;
  readonly rank: string;
  /** Tooltip: the score in percent, and the places gained since the previous year. */
  readonly score: string;
  readonly change: string;
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
/** The ranks alone never make the chart taller than this; a crowded chart squeezes its context lines. */
const MAX_RANKS_PX = 720;
const MARGIN = { top: 26, bottom: 8 };
/** From a line's last point to its name: clear of the merger symbols (5 px) drawn there. */
const LABEL_DX = 10;

/** Colour per unit: selected ones get the categorical colours; without a selection, a few lines get them too. */
function colorsOf(data: BumpData, highlight: readonly string[]): (id: string) => string {
  if (highlight.length > 0) return (id) => (highlight.includes(id) ? seriesColor(highlight.indexOf(id)) : NEUTRAL.context);
  if (data.series.length <= 8) {
    const ids = data.series.map((s) => s.unit_id);
    return (id) => seriesColor(ids.indexOf(id));
  }
  return () => NEUTRAL.line;
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

/** The lineage symbols, and the selected units the chart could not name (their line ends where no name fits). */
function legendOf(data: BumpData, options: BumpOptions, style: Style): HTMLElement | null {
  const has = (set: ReadonlySet<string> | undefined) => data.series.some((s) => set?.has(s.unit_id));
  const items: LegendItem[] = data.series
    .filter((s) => style.isBold(s.unit_id) && !style.isNamed(s.unit_id))
    .map((s) => ({ label: s.label, shape: 'line', color: style.colorOf(s.unit_id) }));
  if (has(options.beginnings)) items.push({ label: options.labels.began, shape: 'diamond', color: NEUTRAL.text });
  if (has(options.endings)) items.push({ label: options.labels.ended, shape: 'times', color: NEUTRAL.text });
  return items.length > 0 ? chartLegend(options.document ?? globalThis.document, items) : null;
}

/** Sizes and scales shared by the marks. */
interface Geometry {
  readonly marginLeft: number;
  readonly marginRight: number;
  readonly height: number;
  readonly yRange: [number, number];
  /** Width of the plot between the first and last year. */
  readonly plotWidth: number;
}

function geometryOf(data: BumpData, plan: NamePlan, options: BumpOptions): Geometry {
  const ranksPx = Math.min(MAX_RANKS_PX, Math.max(200, MARGIN.top + MARGIN.bottom + data.maxRank * ROW_PX));
  const height = options.height ?? Math.ceil(Math.max(ranksPx, MARGIN.top + MARGIN.bottom + 12 + plan.neededPx));
  const marginLeft = textWidth(String(data.maxRank), plan.fontSize) + 14;
  const marginRight = plan.labelPx + LABEL_DX + 4;
  // The x scale's insets (8 px each side) are inside the plot.
  const plotWidth = options.width - marginLeft - marginRight - 16;
  return { height, marginLeft, marginRight, plotWidth, yRange: [MARGIN.top + 6, height - MARGIN.bottom - 6] };
}

/** Who is drawn how: colour, boldness, named or context, and which points carry the start and end symbols. */
function styleOf(data: BumpData, options: BumpOptions, names: readonly PlacedName[]) {
  const highlight = [...(options.highlight ?? [])];
  const named = new Set(names.map((n) => n.unit_id));
  const firsts = new Set(data.series.filter((s) => options.beginnings?.has(s.unit_id)).map((s) => s.first));
  const lasts = new Set(data.series.filter((s) => options.endings?.has(s.unit_id)).map((s) => s.last));
  return {
    highlight,
    colorOf: colorsOf(data, highlight),
    isBold: (id: string) => highlight.includes(id),
    isNamed: (id: string) => named.has(id),
    isStart: (p: BumpPoint) => firsts.has(p),
    isEnd: (p: BumpPoint) => lasts.has(p),
  };
}
type Style = ReturnType<typeof styleOf>;

/** How a line is drawn: selected (bold), named, or context (faint, no name). */
function tierOf(style: Style, id: string): 'bold' | 'named' | 'context' {
  return style.isBold(id) ? 'bold' : style.isNamed(id) ? 'named' : 'context';
}
const LINE = { bold: 3, named: 1.5, context: 1 } as const;
const DOT = { bold: 3.5, named: 2.5, context: 1.75 } as const;
/** Context lines are a faint band behind the named ones. */
const CONTEXT_OPACITY = 0.6;

/** The tooltip of each point: unit, year, rank, score and change. */
function tipsOf(rows: readonly BumpRow[], options: BumpOptions): (p: BumpPoint) => Tip {
  const byKey = new Map(rows.map((r) => [`${r.unit_id}|${r.year}`, r]));
  const { labels, locale } = options;
  return (p) => {
    const row = byKey.get(`${p.unit_id}|${p.year}`);
    const lines = [row?.label ?? p.unit_id, tipLine(labels.year, yearText(p.year)), tipLine(labels.rank, numberText(locale, p.rank))];
    if (row?.score !== undefined) lines.push(tipLine(labels.score, pctText(locale, row.score)));
    if (row?.change !== undefined) lines.push(tipLine(labels.change, signedText(locale, row.change)));
    return { series: p.unit_id, lines };
  };
}

function lineMarks(data: BumpData, style: Style, tip: (p: BumpPoint) => Tip): Plot.Markish[] {
  const points = data.series.flatMap((s) => s.points);
  const known = points.filter((p) => p.rank !== null && !style.isStart(p) && !style.isEnd(p));
  const tiers = ['context', 'named', 'bold'] as const;
  // Drawn from the faintest up, so the selected units sit on top.
  return tiers.flatMap((tier) => {
    const mine = (p: BumpPoint) => tierOf(style, p.unit_id) === tier;
    const fill = (p: BumpPoint) => style.colorOf(p.unit_id);
    const dots = known.filter(mine);
    return [
      Plot.line(points.filter(mine), {
        x: 'year',
        y: 'rank',
        z: 'unit_id',
        stroke: fill,
        strokeWidth: LINE[tier],
        strokeOpacity: tier === 'context' ? CONTEXT_OPACITY : 1,
        curve: 'bump-x',
      }),
      Plot.dot(dots, {
        x: 'year',
        y: 'rank',
        r: DOT[tier],
        fill,
        fillOpacity: tier === 'context' ? CONTEXT_OPACITY : 1,
        stroke: tier === 'context' ? 'none' : 'white',
        strokeWidth: 0.75,
        ...withTips(dots, tip),
      }),
    ];
  });
}

/** The start and end symbols, drawn last so no label halo hides them; smaller and lighter on context lines. */
function lineageMarks(data: BumpData, style: Style, tip: (p: BumpPoint) => Tip): Plot.Markish[] {
  const known = data.series.flatMap((s) => s.points).filter((p) => p.rank !== null);
  const faint = (p: BumpPoint) => tierOf(style, p.unit_id) === 'context';
  return [false, true].flatMap((context) => {
    const starts = known.filter((p) => style.isStart(p) && faint(p) === context);
    const ends = known.filter((p) => style.isEnd(p) && faint(p) === context);
    const ink = context ? NEUTRAL.line : NEUTRAL.text;
    return [
      Plot.dot(starts, {
        x: 'year',
        y: 'rank',
        symbol: 'diamond',
        r: context ? 3.5 : 5,
        fill: (p: BumpPoint) => style.colorOf(p.unit_id),
        stroke: ink,
        strokeWidth: 1,
        ...withTips(starts, tip),
      }),
      Plot.dot(ends, {
        x: 'year',
        y: 'rank',
        symbol: 'times',
        r: context ? 3 : 4.5,
        stroke: ink,
        strokeWidth: context ? 1.25 : 2,
        ...withTips(ends, tip),
      }),
    ];
  });
}

function labelMarks(names: readonly PlacedName[], plan: NamePlan, style: Style): Plot.Markish[] {
  const text = (bold: boolean) =>
    Plot.text(
      names.filter((d) => style.isBold(d.unit_id) === bold),
      {
        x: 'year',
        y: 'rank',
        text: 'text',
        dx: LABEL_DX,
        textAnchor: 'start',
        lineAnchor: 'middle',
        lineHeight: plan.lineHeight / plan.fontSize,
        fontSize: plan.fontSize,
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
  const plan = planNames(data, options.width, new Set(options.highlight ?? []));
  const geometry = geometryOf(data, plan, options);
  const first = data.years[0] ?? 0;
  const last = data.years.at(-1) ?? 0;
  const y = linear([1, Math.max(2, data.maxRank)], geometry.yRange);
  const yearPx = last > first ? geometry.plotWidth / (last - first) : geometry.plotWidth;
  const names = placeNames(data, plan, y, geometry.yRange, yearPx);
  const style = styleOf(data, options, names);
  const tip = tipsOf(rows, options);
  const xTicks = yearTicks(data.years, geometry.plotWidth);
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
      ...lineMarks(data, style, tip),
      ...labelMarks(names, plan, style),
      ...lineageMarks(data, style, tip),
    ],
  });
  const summary = interpolate(options.labels.summary, { count: data.series.length, from: yearText(first), to: yearText(last) });
  return chartFigure({
    document,
    name: 'bump-chart',
    idPrefix: options.id,
    svg,
    fontSize: plan.fontSize,
    ariaLabel: `${options.labels.title}. ${summary}`,
    legend: legendOf(data, options, style),
    table: tableOf(data, options),
  });
}
