/**
 * Claimed against granted: each unit's self-assessed points (x) against its appraised points (y) on
 * the appraisal items, both axes on the same scale, with the diagonal where nothing was cut. The units
 * with the largest cuts (or those asked for) are coloured and named, their names pushed apart so they
 * never overlap; a pointer tip names any dot when the chart is drawn in a browser.
 */
import * as Plot from '@observablehq/plot';
import { pointsText } from './chart-format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { chartFigure, dataTable } from './figure.ts';
import { placeNames, type PlacedName } from './claims-labels.ts';
import { linear } from './layout.ts';
import { NEUTRAL, OKABE_ITO } from './palette.ts';
import type { BaseChartOptions } from './types.ts';

/** One unit: points claimed and granted on the appraisal items. */
export interface ClaimsRow {
  readonly unit_id: string;
  readonly label: string;
  readonly self_score: number;
  readonly appraised: number;
}

/** Texts of the claims scatter (i18n keys `charts.claims.*`). */
export interface ClaimsScatterLabels {
  readonly title: string;
  /** Template with `{count}`, `{mean}`, `{top}`, `{topCut}`. */
  readonly summary: string;
  readonly unit: string;
  /** Axis and column titles. */
  readonly self: string;
  readonly appraised: string;
  /** The cut: self-assessed − appraised. */
  readonly cut: string;
  /** Written along the diagonal, e.g. "Không bị trừ". */
  readonly diagonal: string;
}

export interface ClaimsScatterOptions extends BaseChartOptions<ClaimsScatterLabels> {
  /** Units coloured and named; defaults to the five with the largest cuts. */
  readonly highlight?: Iterable<string>;
}

const MARGIN = { top: 24, right: 12, bottom: 40, left: 36 } as const;
/** The plot is square (same scale on both axes) and at most this many pixels a side. */
const MAX_SIDE = 540;
const LABEL_DX = 8;
const cutOf = (r: ClaimsRow) => r.self_score - r.appraised;

/** The shared axis domain and ticks: round values (step 1, 2, 5, 10, 20, 25 or 50) strictly around the data. */
export function claimsDomain(rows: readonly ClaimsRow[]): { domain: [number, number]; ticks: number[] } {
  const values = rows.flatMap((r) => [r.self_score, r.appraised]).filter(Number.isFinite);
  const lo = values.length > 0 ? Math.min(...values) : 0;
  const hi = values.length > 0 ? Math.max(...values) : 100;
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => (hi - lo) / s <= 5) ?? 100;
  const from = Math.max(0, Math.floor(lo / step - 1e-9) * step);
  const to = Math.ceil(hi / step + 1e-9) * step;
  const ticks: number[] = [];
  for (let v = from; v <= to + 1e-9; v += step) ticks.push(v);
  return { domain: [from, to], ticks };
}

/** The ids to name: those given, or the five largest cuts. */
function highlighted(rows: readonly ClaimsRow[], highlight: Iterable<string> | undefined): Set<string> {
  if (highlight !== undefined) return new Set(highlight);
  return new Set(
    [...rows]
      .sort((a, b) => cutOf(b) - cutOf(a))
      .slice(0, 5)
      .map((r) => r.unit_id),
  );
}

interface Geometry {
  readonly fontSize: number;
  readonly side: number;
  readonly x: ReturnType<typeof linear>;
  readonly y: ReturnType<typeof linear>;
  readonly domain: [number, number];
  readonly ticks: number[];
}

/** Names of the highlighted dots and leaders to the dots they were moved away from, in data units. */
function labelMarks(rows: readonly ClaimsRow[], names: Set<string>, geo: Geometry, width: number): Plot.Markish[] {
  const lineHeight = geo.fontSize + 2;
  const placed = placeNames(
    rows
      .filter((r) => names.has(r.unit_id))
      .map((r) => ({ id: r.unit_id, label: r.label, px: geo.x.map(r.self_score), py: geo.y.map(r.appraised) })),
    { fontSize: geo.fontSize, lineHeight, width, top: MARGIN.top, bottom: MARGIN.top + geo.side },
  );
  const at = (p: PlacedName) => ({ ...p, text: p.lines.join('\n'), dataX: geo.x.invert(p.x), dataY: geo.y.invert(p.y) });
  const moved = placed.filter((p) => Math.hypot(p.x - p.dot.px, p.y - p.dot.py) > LABEL_DX + 3).map(at);
  const text = (side: 'left' | 'right') =>
    Plot.text(placed.filter((p) => p.side === side).map(at), {
      x: 'dataX',
      y: 'dataY',
      text: 'text',
      textAnchor: side === 'right' ? 'start' : 'end',
      lineHeight: lineHeight / geo.fontSize,
      fontSize: geo.fontSize,
      fontWeight: 700,
      fill: NEUTRAL.text,
      stroke: 'white',
      strokeWidth: 3,
      paintOrder: 'stroke',
    });
  return [
    Plot.link(moved, {
      x1: (p: PlacedName) => geo.x.invert(p.dot.px),
      y1: (p: PlacedName) => geo.y.invert(p.dot.py),
      x2: (p: PlacedName) => geo.x.invert(p.side === 'right' ? p.x - 2 : p.x + 2),
      y2: 'dataY',
      stroke: NEUTRAL.line,
      strokeWidth: 1,
    }),
    text('right'),
    text('left'),
  ];
}

function marks(rows: readonly ClaimsRow[], names: Set<string>, geo: Geometry, options: ClaimsScatterOptions): Plot.Markish[] {
  const { labels, locale } = options;
  const [lo, hi] = geo.domain;
  const fmt = (v: number) => pointsText(locale, v);
  const inset = (hi - lo) * 0.02;
  return [
    Plot.gridX(geo.ticks, { stroke: NEUTRAL.grid, strokeOpacity: 1 }),
    Plot.gridY(geo.ticks, { stroke: NEUTRAL.grid, strokeOpacity: 1 }),
    Plot.axisX(geo.ticks, { tickFormat: fmt, label: null }),
    Plot.axisY(geo.ticks, { tickFormat: fmt, label: null }),
    // Axis titles at the ends of the square plot, not of the SVG (which is wider at large widths).
    Plot.text([`${labels.self} →`], { x: hi, y: lo, text: (d: string) => d, textAnchor: 'end', dy: 32, fontSize: geo.fontSize }),
    Plot.text([`↑ ${labels.appraised}`], {
      x: lo,
      y: hi,
      text: (d: string) => d,
      textAnchor: 'start',
      dx: -MARGIN.left + 2,
      dy: -14,
      fontSize: geo.fontSize,
    }),
    Plot.link([{ lo, hi }], { x1: 'lo', y1: 'lo', x2: 'hi', y2: 'hi', stroke: NEUTRAL.secondaryText, strokeDasharray: '5 4' }),
    // Along the diagonal near its lower end, above it: where a unit would have been granted more than it claimed, rarely the case.
    Plot.text([labels.diagonal], {
      x: lo + inset,
      y: lo + inset,
      text: (d: string) => d,
      rotate: -45,
      textAnchor: 'start',
      dy: -6,
      fontSize: geo.fontSize,
      fill: NEUTRAL.secondaryText,
    }),
    Plot.dot(
      rows.filter((r) => !names.has(r.unit_id)),
      { x: 'self_score', y: 'appraised', r: 3.5, fill: NEUTRAL.line, stroke: 'white', strokeWidth: 0.75 },
    ),
    Plot.dot(
      rows.filter((r) => names.has(r.unit_id)),
      { x: 'self_score', y: 'appraised', r: 4.5, fill: OKABE_ITO.vermillion, stroke: 'white', strokeWidth: 1 },
    ),
    ...labelMarks(rows, names, geo, options.width),
    Plot.tip(
      rows,
      Plot.pointer({
        x: 'self_score',
        y: 'appraised',
        title: (r: ClaimsRow) =>
          `${r.label}\n${labels.self}: ${fmt(r.self_score)}\n${labels.appraised}: ${fmt(r.appraised)}\n${labels.cut}: ${fmt(cutOf(r))}`,
        fontSize: geo.fontSize,
      }),
    ),
  ];
}

function tableOf(rows: readonly ClaimsRow[], options: ClaimsScatterOptions): HTMLTableElement {
  const { labels, locale } = options;
  const sorted = [...rows].sort((a, b) => cutOf(b) - cutOf(a));
  const body = sorted.map((r) => [
    r.label,
    pointsText(locale, r.self_score),
    pointsText(locale, r.appraised),
    pointsText(locale, cutOf(r)),
  ]);
  return dataTable(options.document ?? globalThis.document, labels.title, [labels.unit, labels.self, labels.appraised, labels.cut], body);
}

function summaryOf(rows: readonly ClaimsRow[], options: ClaimsScatterOptions): string {
  const top = [...rows].sort((a, b) => cutOf(b) - cutOf(a))[0];
  const mean = rows.length > 0 ? rows.reduce((sum, r) => sum + cutOf(r), 0) / rows.length : null;
  return interpolate(options.labels.summary, {
    count: rows.length,
    mean: pointsText(options.locale, mean),
    top: top?.label ?? '–',
    topCut: pointsText(options.locale, top ? cutOf(top) : null),
  });
}

/** The scatter of self-assessed against appraised points, one dot per unit. */
export function claimsScatter(rows: readonly ClaimsRow[], options: ClaimsScatterOptions): HTMLElement {
  const document = options.document ?? globalThis.document;
  const fontSize = options.width < 480 ? 11 : 12;
  const { domain, ticks } = claimsDomain(rows);
  const side = Math.min(MAX_SIDE, options.width - MARGIN.left - MARGIN.right);
  const geo: Geometry = {
    fontSize,
    side,
    domain,
    ticks,
    x: linear(domain, [MARGIN.left, MARGIN.left + side]),
    y: linear(domain, [MARGIN.top + side, MARGIN.top]),
  };
  const svg = Plot.plot({
    document,
    width: options.width,
    height: MARGIN.top + side + MARGIN.bottom,
    marginTop: MARGIN.top,
    marginLeft: MARGIN.left,
    marginRight: options.width - MARGIN.left - side,
    marginBottom: MARGIN.bottom,
    x: { domain },
    y: { domain },
    marks: marks(rows, highlighted(rows, options.highlight), geo, options),
  });
  return chartFigure({
    document,
    name: 'claims-scatter',
    idPrefix: options.id,
    svg,
    fontSize,
    ariaLabel: `${options.labels.title}. ${summaryOf(rows, options)}`,
    table: tableOf(rows, options),
  });
}
