/**
 * Pareto chart of the points a unit lost: one bar per sub-criterion, most lost first, with the
 * cumulative share of all points lost at the right. A divider after the row where the cumulative share
 * first reaches 80 % says how few items make up most of the loss; bars up to it are strong, the rest muted.
 */
import * as Plot from '@observablehq/plot';
import { BAR_MARGIN, barContentWidth, barLayout, barPlot, type BarLayout } from './bar-rows.ts';
import { pctText, pointsText } from './chart-format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { chartFigure, dataTable } from './figure.ts';
import { wrapText } from './layout.ts';
import { NEUTRAL, OKABE_ITO } from './palette.ts';
import type { BaseChartOptions } from './types.ts';

/** One item with points lost (> 0), sorted by `lost` descending; the last may stand for "12 other items" (code ''). */
export interface ParetoRow {
  readonly item_code: string;
  readonly label: string;
  readonly lost: number;
  /** Share of all points lost up to and including this row, 0–1. */
  readonly cumulative_share: number;
}

/** Texts of the Pareto chart (i18n keys `charts.pareto.*`). */
export interface ParetoLabels {
  readonly title: string;
  /** Template with `{top}`, `{topLost}`, `{n}`, `{total}`, `{share}`, `{lost}`. */
  readonly summary: string;
  /** The divider's note, a template with `{n}`, `{total}`, `{share}`, `{lost}`. */
  readonly cut: string;
  readonly item: string;
  /** Points lost: the bars' column title and the table's. */
  readonly lost: string;
  /** Cumulative share: the right column's title and the table's. */
  readonly cumulative: string;
}

export interface ParetoOptions extends BaseChartOptions<ParetoLabels> {
  /** Index of the row at which `cumulative_share` first reaches 0.8; the divider goes below it. */
  readonly cutIndex: number;
  /** All points the unit lost (also those of items not shown). */
  readonly totalLost: number;
  /** How many items lost points (also those not shown). */
  readonly itemsTotal: number;
}

const COLORS = { strong: OKABE_ITO.vermillion, muted: NEUTRAL.context } as const;
/** Space around the divider's note: above the text, and between the text and the dashed rule. */
const NOTE_PAD = { top: 4, rule: 6 } as const;

const nameOf = (r: ParetoRow) => (r.item_code === '' ? r.label : `${r.item_code} ${r.label}`);
const hasCut = (rows: readonly ParetoRow[], cutIndex: number) => Number.isInteger(cutIndex) && cutIndex >= 0 && cutIndex < rows.length;

/** The divider's note, filled with the chart's figures. */
export function paretoNote(rows: readonly ParetoRow[], options: ParetoOptions): string {
  const at = rows[options.cutIndex];
  return interpolate(options.labels.cut, {
    n: options.cutIndex + 1,
    total: options.itemsTotal,
    share: pctText(options.locale, at ? at.cumulative_share * 100 : null, 0),
    lost: pointsText(options.locale, options.totalLost),
  });
}

function layoutOf(rows: readonly ParetoRow[], options: ParetoOptions, noteLines: number): BarLayout {
  const lineHeight = Math.round((options.width < 480 ? 11 : 12) * 1.3);
  return barLayout(
    rows.map((r, i) => ({
      label: nameOf(r),
      value: r.lost,
      valueText: pointsText(options.locale, r.lost),
      sideText: pctText(options.locale, r.cumulative_share * 100, 0),
      fill: i <= options.cutIndex ? COLORS.strong : COLORS.muted,
      spaceAfter: i === options.cutIndex && noteLines > 0 ? NOTE_PAD.top + noteLines * lineHeight + NOTE_PAD.rule : 0,
    })),
    { width: options.width, headLeft: options.labels.lost, headRight: options.labels.cumulative },
  );
}

/** The note under the cut row and the dashed rule under the note. */
function noteMarks(layout: BarLayout, lines: readonly string[], cutIndex: number): Plot.Markish[] {
  const row = layout.bars[cutIndex];
  if (row === undefined || lines.length === 0) return [];
  const top = row.bottom + NOTE_PAD.top + 4;
  const ruleY = top + lines.length * layout.lineHeight + NOTE_PAD.rule;
  return [
    Plot.text([lines.join('\n')], {
      y: top,
      text: (d: string) => d,
      frameAnchor: 'left',
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: layout.lineHeight / layout.fontSize,
      fontSize: layout.fontSize,
      fontWeight: 700,
      fill: NEUTRAL.text,
    }),
    Plot.ruleY([ruleY], { y: (d: number) => d, stroke: NEUTRAL.text, strokeDasharray: '4 3', strokeWidth: 1 }),
  ];
}

function tableOf(rows: readonly ParetoRow[], options: ParetoOptions): HTMLTableElement {
  const { labels, locale } = options;
  const body = rows.map((r) => [nameOf(r), pointsText(locale, r.lost), pctText(locale, r.cumulative_share * 100, 1)]);
  return dataTable(options.document ?? globalThis.document, labels.title, [labels.item, labels.lost, labels.cumulative], body);
}

function summaryOf(rows: readonly ParetoRow[], options: ParetoOptions): string {
  const top = rows[0];
  const at = rows[options.cutIndex];
  return interpolate(options.labels.summary, {
    top: top ? nameOf(top) : '–',
    topLost: pointsText(options.locale, top?.lost ?? null),
    n: options.cutIndex + 1,
    total: options.itemsTotal,
    share: pctText(options.locale, at ? at.cumulative_share * 100 : null, 0),
    lost: pointsText(options.locale, options.totalLost),
  });
}

/** The Pareto chart of the points one unit lost. */
export function paretoChart(rows: readonly ParetoRow[], options: ParetoOptions): HTMLElement {
  const document = options.document ?? globalThis.document;
  const fontSize = options.width < 480 ? 11 : 12;
  const noteLines = hasCut(rows, options.cutIndex)
    ? wrapText(paretoNote(rows, options), barContentWidth(options.width) - 2 * BAR_MARGIN.left, fontSize)
    : [];
  const layout = layoutOf(rows, options, noteLines.length);
  const svg = barPlot(document, layout, noteMarks(layout, noteLines, options.cutIndex));
  return chartFigure({
    document,
    name: 'pareto-chart',
    idPrefix: options.id,
    svg,
    fontSize,
    ariaLabel: `${options.labels.title}. ${summaryOf(rows, options)}`,
    table: tableOf(rows, options),
  });
}
