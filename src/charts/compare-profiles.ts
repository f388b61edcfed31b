/**
 * Domain profiles side by side: one row per domain, one dot per compared unit on a track from a round
 * value below the lowest score to 100 % of the domain's applicable maximum. Each unit has its colour
 * and symbol (unit-styles.ts) and its own lane inside the track, so equal scores never hide each
 * other. Domain names sit above their track, wrapped whole (as in domain-peers.ts).
 */
import * as Plot from '@observablehq/plot';
import { pctText } from './chart-format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { chartFigure, dataTable } from './figure.ts';
import { wrapText } from './layout.ts';
import { chartLegend } from './legend.ts';
import { NEUTRAL } from './palette.ts';
import { withTips } from './tips.ts';
import type { BaseChartOptions } from './types.ts';
import { unitStyle, type ComparedUnit } from './unit-styles.ts';

/** A domain and each unit's percent (by unit id; null or absent: no score). */
export interface ProfileRow {
  readonly label: string;
  readonly values: Readonly<Record<string, number | null>>;
}

/** Texts of the chart (i18n keys `compare.profiles.*`). */
export interface ProfileLabels {
  readonly title: string;
  /** Template with `{units}`, `{count}` (domains), `{year}`. */
  readonly summary: string;
  readonly domain: string;
  /** Axis title, e.g. "% điểm tối đa". */
  readonly axis: string;
  readonly year: string;
}

export interface ProfileOptions extends BaseChartOptions<ProfileLabels> {
  readonly units: readonly ComparedUnit[];
  readonly year: number;
}

const MARGIN = { top: 8, right: 12, bottom: 44, left: 12 };
const LANE = 5;
const ROW_GAP = 10;
const NAME_GAP = 6;

interface Dot {
  readonly unit: number;
  readonly label: string;
  readonly value: number;
  readonly y: number;
}

/** From a round value below the lowest score to 100. */
export function profileDomain(rows: readonly ProfileRow[]): [number, number] {
  const values = rows.flatMap((r) => Object.values(r.values)).filter((v): v is number => v !== null);
  if (values.length === 0) return [0, 100];
  return [Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10), 100];
}

function layout(rows: readonly ProfileRow[], options: ProfileOptions, fontSize: number) {
  const lineHeight = Math.round(fontSize * 1.3);
  const half = ((options.units.length - 1) * LANE) / 2 + 5;
  let y = MARGIN.top;
  const names: { text: string; top: number }[] = [];
  const tracks: { y: number; half: number }[] = [];
  const dots: Dot[] = [];
  for (const row of rows) {
    const lines = wrapText(row.label, options.width - MARGIN.left - MARGIN.right, fontSize);
    names.push({ text: lines.join('\n'), top: y });
    const track = y + lines.length * lineHeight + NAME_GAP + half;
    tracks.push({ y: track, half });
    options.units.forEach((u, i) => {
      const value = row.values[u.id];
      if (value !== null && value !== undefined) dots.push({ unit: i, label: row.label, value, y: track - half + 5 + i * LANE });
    });
    y = track + half + ROW_GAP;
  }
  return { names, tracks, dots, lineHeight, height: Math.ceil(y - ROW_GAP + MARGIN.bottom) };
}

function tableOf(rows: readonly ProfileRow[], options: ProfileOptions): HTMLTableElement {
  const head = [options.labels.domain, ...options.units.map((u) => u.label)];
  const body = rows.map((r) => [r.label, ...options.units.map((u) => pctText(options.locale, r.values[u.id] ?? null))]);
  return dataTable(options.document ?? globalThis.document, `${options.labels.title} (${options.year})`, head, body);
}

/** The compared units' domain scores in one year. */
export function compareProfiles(rows: readonly ProfileRow[], options: ProfileOptions): HTMLElement {
  const document = options.document ?? globalThis.document;
  const fontSize = options.width < 480 ? 11 : 12;
  const { names, tracks, dots, lineHeight, height } = layout(rows, options, fontSize);
  const [lo] = profileDomain(rows);
  const marks: Plot.Markish[] = [
    Plot.ruleY(tracks, { y: 'y', x1: lo, x2: 100, stroke: NEUTRAL.grid, strokeWidth: (tracks[0]?.half ?? 5) * 2 }),
    Plot.text(names, {
      y: 'top',
      text: 'text',
      frameAnchor: 'left',
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: lineHeight / fontSize,
      fontSize,
      fill: NEUTRAL.text,
    }),
  ];
  options.units.forEach((u, i) => {
    const style = unitStyle(i);
    const own = dots.filter((d) => d.unit === i);
    marks.push(
      Plot.dot(own, {
        x: 'value',
        y: 'y',
        symbol: style.symbol,
        r: 4.5,
        fill: style.filled ? style.color : 'white',
        stroke: style.filled ? 'white' : style.color,
        strokeWidth: style.filled ? 1 : 2,
        ...withTips(own, (d) => ({ series: u.id, lines: [u.label, `${d.label}: ${pctText(options.locale, d.value)}`] })),
      }),
    );
  });
  marks.push(
    Plot.axisX({
      ticks: 5,
      tickFormat: (v: number) => pctText(options.locale, v, 0),
      label: options.labels.axis,
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 36,
    }),
  );
  const svg = Plot.plot({
    document,
    width: options.width,
    height: options.height ?? height,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: { domain: profileDomain(rows), insetLeft: 6, insetRight: 6 },
    y: { type: 'identity', axis: null },
    marks,
  });
  const legend = chartLegend(
    document,
    options.units.map((u, i) => ({ label: u.label, shape: unitStyle(i).swatch, color: unitStyle(i).color })),
  );
  const summary = interpolate(options.labels.summary, {
    units: options.units.map((u) => u.label).join(', '),
    count: rows.length,
    year: options.year,
  });
  return chartFigure({
    document,
    name: 'compare-profiles',
    idPrefix: options.id,
    svg,
    fontSize,
    ariaLabel: `${options.labels.title}. ${summary}`,
    legend,
    table: tableOf(rows, options),
  });
}
