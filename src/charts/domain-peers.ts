/**
 * Domain peers: for each domain, the unit's score (% of the maximum) as a dot, its peers' median as a
 * tick and the best peer as a diamond. Each domain's name sits above its track, wrapped whole onto as
 * many lines as it needs (never cut), so rows differ in height: they are placed here in pixels and
 * drawn on Plot's identity y scale.
 */
import * as Plot from '@observablehq/plot';
import { pctText } from './chart-format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { chartFigure, dataTable } from './figure.ts';
import { textWidth, wrapText } from './layout.ts';
import { chartLegend } from './legend.ts';
import { NEUTRAL, OKABE_ITO } from './palette.ts';
import type { BaseChartOptions } from './types.ts';

/** One domain: the unit's, the median and the best percentage (0–100); null where unknown. */
export interface PeersRow {
  readonly domain_label: string;
  readonly unit_pct: number | null;
  readonly median_pct: number | null;
  readonly best_pct: number | null;
}

/** Texts of the domain peers chart (i18n keys `charts.peers.*`, plus the unit's name). */
export interface PeersLabels {
  readonly title: string;
  /** Template with `{unit}`, `{above}`, `{count}`. */
  readonly summary: string;
  readonly domain: string;
  /** The unit's name. */
  readonly unit: string;
  readonly median: string;
  readonly best: string;
  /** Axis title, e.g. "% điểm tối đa". */
  readonly axis: string;
}

export type PeersOptions = BaseChartOptions<PeersLabels>;

const MARGIN = { top: 8, right: 10, bottom: 44, left: 10 };
/** Inside a row: the name's lines, then the track, then space to the next row. */
const NAME_GAP = 6;
const TRACK_HALF = 8;
const ROW_GAP = 8;
const COLORS = { unit: OKABE_ITO.blue, median: NEUTRAL.text, best: OKABE_ITO.orange } as const;

/** A domain with its place: the name's lines from `top`, the track at `track`. */
interface PlacedRow extends PeersRow {
  readonly name: string;
  readonly top: number;
  readonly track: number;
}

/** Places the rows top to bottom; the unit's score is written at the right of the name's first line. */
function layout(rows: readonly PeersRow[], options: PeersOptions, fontSize: number) {
  const lineHeight = Math.round(fontSize * 1.3);
  const valueWidth = Math.max(0, ...rows.map((r) => textWidth(pctText(options.locale, r.unit_pct, 1), fontSize) * 1.12));
  const namePx = options.width - MARGIN.left - MARGIN.right - valueWidth - 8;
  let y = MARGIN.top;
  const placed = rows.map((r): PlacedRow => {
    const lines = wrapText(r.domain_label, namePx, fontSize);
    const top = y;
    const track = top + lines.length * lineHeight + NAME_GAP + TRACK_HALF;
    y = track + TRACK_HALF + ROW_GAP;
    return { ...r, name: lines.join('\n'), top, track };
  });
  return { placed, lineHeight, height: Math.ceil(y - ROW_GAP + MARGIN.bottom) };
}

/** The x domain: from a round value below the lowest score to 100. Dots need no zero baseline. */
export function peersDomain(rows: readonly PeersRow[]): [number, number] {
  const values = rows.flatMap((r) => [r.unit_pct, r.median_pct, r.best_pct]).filter((v): v is number => v !== null);
  if (values.length === 0) return [0, 100];
  return [Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10), 100];
}

function marks(rows: readonly PlacedRow[], options: PeersOptions, fontSize: number, lineHeight: number): Plot.Markish[] {
  const [lo] = peersDomain(rows);
  const has = (key: keyof PeersRow) => rows.filter((r) => r[key] !== null);
  return [
    Plot.ruleY(rows, { y: 'track', x1: lo, x2: 100, stroke: NEUTRAL.grid, strokeWidth: 6, strokeLinecap: 'round' }),
    Plot.text(rows, {
      y: 'top',
      text: 'name',
      frameAnchor: 'left',
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: lineHeight / fontSize,
      fontSize,
      fill: NEUTRAL.text,
    }),
    Plot.text(has('unit_pct'), {
      y: 'top',
      text: (r: PeersRow) => pctText(options.locale, r.unit_pct, 1),
      frameAnchor: 'right',
      textAnchor: 'end',
      lineAnchor: 'top',
      fontSize,
      fontWeight: 700,
      fill: COLORS.unit,
    }),
    Plot.ruleX(has('median_pct'), {
      x: 'median_pct',
      y1: (r: PlacedRow) => r.track - TRACK_HALF,
      y2: (r: PlacedRow) => r.track + TRACK_HALF,
      stroke: COLORS.median,
      strokeWidth: 2.5,
    }),
    Plot.dot(has('best_pct'), {
      x: 'best_pct',
      y: 'track',
      symbol: 'diamond',
      r: 5.5,
      fill: COLORS.best,
      stroke: NEUTRAL.text,
      strokeWidth: 0.75,
    }),
    Plot.dot(has('unit_pct'), { x: 'unit_pct', y: 'track', r: 5.5, fill: COLORS.unit, stroke: 'white', strokeWidth: 1.25 }),
    Plot.axisX({
      ticks: 5,
      tickFormat: (v: number) => pctText(options.locale, v, 0),
      label: options.labels.axis,
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 36,
    }),
  ];
}

function tableOf(rows: readonly PeersRow[], options: PeersOptions): HTMLTableElement {
  const { labels, locale } = options;
  const body = rows.map((r) => [r.domain_label, pctText(locale, r.unit_pct), pctText(locale, r.median_pct), pctText(locale, r.best_pct)]);
  return dataTable(options.document ?? globalThis.document, labels.title, [labels.domain, labels.unit, labels.median, labels.best], body);
}

/** Domains in which the unit is above its peers' median. */
function aboveMedian(rows: readonly PeersRow[]): number {
  return rows.filter((r) => r.unit_pct !== null && r.median_pct !== null && r.unit_pct > r.median_pct).length;
}

/** The domain peers chart of one unit in one year. */
export function domainPeers(rows: readonly PeersRow[], options: PeersOptions): HTMLElement {
  const document = options.document ?? globalThis.document;
  const fontSize = options.width < 480 ? 11 : 12;
  const { placed, lineHeight, height } = layout(rows, options, fontSize);
  const svg = Plot.plot({
    document,
    width: options.width,
    height: options.height ?? height,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: { domain: peersDomain(rows), insetLeft: 6, insetRight: 6 },
    y: { type: 'identity', axis: null },
    marks: marks(placed, options, fontSize, lineHeight),
  });
  const summary = interpolate(options.labels.summary, { unit: options.labels.unit, above: aboveMedian(rows), count: rows.length });
  const legend = chartLegend(document, [
    { label: options.labels.unit, shape: 'dot', color: COLORS.unit },
    { label: options.labels.median, shape: 'tick', color: COLORS.median },
    { label: options.labels.best, shape: 'diamond', color: COLORS.best },
  ]);
  return chartFigure({
    document,
    name: 'domain-peers',
    idPrefix: options.id,
    svg,
    fontSize,
    ariaLabel: `${options.labels.title}. ${summary}`,
    legend,
    table: tableOf(rows, options),
  });
}
