/**
 * Domain peers: for each domain, the unit's score (% of the maximum) as a dot, its peers' median as a
 * tick and the best peer as a diamond. Each domain's name sits on its own line above its track, so
 * long names stay readable at 360 px.
 */
import * as Plot from '@observablehq/plot';
import { pctText } from './chart-format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { chartFigure, dataTable } from './figure.ts';
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

const ROW_PX = 44;
const MARGIN = { top: 8, right: 10, bottom: 44, left: 10 };
/** Inside a row: the name at the top, the track below it. */
const LABEL_DY = -9;
const TRACK_DY = 9;
const COLORS = { unit: OKABE_ITO.blue, median: NEUTRAL.text, best: OKABE_ITO.orange } as const;

/** The x domain: from a round value below the lowest score to 100. Dots need no zero baseline. */
export function peersDomain(rows: readonly PeersRow[]): [number, number] {
  const values = rows.flatMap((r) => [r.unit_pct, r.median_pct, r.best_pct]).filter((v): v is number => v !== null);
  if (values.length === 0) return [0, 100];
  return [Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10), 100];
}

function marks(rows: readonly PeersRow[], options: PeersOptions, fontSize: number): Plot.Markish[] {
  const [lo] = peersDomain(rows);
  const has = (key: keyof PeersRow) => rows.filter((r) => r[key] !== null);
  return [
    Plot.ruleY(rows, { y: 'domain_label', x1: lo, x2: 100, dy: TRACK_DY, stroke: NEUTRAL.grid, strokeWidth: 6, strokeLinecap: 'round' }),
    Plot.text(rows, {
      y: 'domain_label',
      text: 'domain_label',
      frameAnchor: 'left',
      textAnchor: 'start',
      dy: LABEL_DY,
      fontSize,
      fill: NEUTRAL.text,
      lineWidth: (options.width - 80) / fontSize,
      textOverflow: 'ellipsis-end',
    }),
    Plot.text(has('unit_pct'), {
      y: 'domain_label',
      text: (r: PeersRow) => pctText(options.locale, r.unit_pct, 1),
      frameAnchor: 'right',
      textAnchor: 'end',
      dy: LABEL_DY,
      fontSize,
      fontWeight: 700,
      fill: COLORS.unit,
    }),
    Plot.tickX(has('median_pct'), {
      x: 'median_pct',
      y: 'domain_label',
      dy: TRACK_DY,
      insetTop: ROW_PX / 2 - 8,
      insetBottom: ROW_PX / 2 - 8,
      stroke: COLORS.median,
      strokeWidth: 2.5,
    }),
    Plot.dot(has('best_pct'), {
      x: 'best_pct',
      y: 'domain_label',
      dy: TRACK_DY,
      symbol: 'diamond',
      r: 5.5,
      fill: COLORS.best,
      stroke: NEUTRAL.text,
      strokeWidth: 0.75,
    }),
    Plot.dot(has('unit_pct'), {
      x: 'unit_pct',
      y: 'domain_label',
      dy: TRACK_DY,
      r: 5.5,
      fill: COLORS.unit,
      stroke: 'white',
      strokeWidth: 1.25,
    }),
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
  const height = options.height ?? MARGIN.top + MARGIN.bottom + Math.max(1, rows.length) * ROW_PX;
  const svg = Plot.plot({
    document,
    width: options.width,
    height,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: { domain: peersDomain(rows), insetLeft: 6, insetRight: 6 },
    y: { domain: rows.map((r) => r.domain_label), axis: null, padding: 0 },
    marks: marks(rows, options, fontSize),
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
