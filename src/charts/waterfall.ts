/**
 * A waterfall from one year's total to the next: the earlier total, one floating bar per step (a domain's
 * gain or loss) starting where the previous step ended, and the later total. Horizontal, each step's
 * name on its own line(s) above its bar, wrapped whole (never cut), so it reads on a phone. Gains are
 * blue, losses vermillion (Okabe–Ito, apart in lightness too) and every bar carries its signed value, so
 * colour is never the only cue; a step that is not a domain (what the domains do not add up to) is grey.
 * The axis does not start at zero: the totals are marked by a tick and their value, never a bar length.
 */
import * as Plot from '@observablehq/plot';
import { pointsText } from './chart-format.ts';
import { chartFigure, dataTable } from './figure.ts';
import { linear, textWidth, wrapText } from './layout.ts';
import { DIVERGING, NEUTRAL } from './palette.ts';
import { tipLine, withTips } from './tips.ts';
import type { BaseChartOptions } from './types.ts';

/** One row: a total (`kind` 'total', `value` the total) or a step (`value` the change). */
export interface WaterfallRow {
  readonly label: string;
  readonly kind: 'total' | 'step' | 'other';
  readonly value: number;
}

/** Texts of the waterfall (i18n keys `charts.waterfall.*`; the view fills the summary). */
export interface WaterfallLabels {
  readonly title: string;
  /** The chart's summary for screen readers, already filled in. */
  readonly summary: string;
  readonly item: string;
  readonly change: string;
  readonly runningTotal: string;
  /** Written after every figure, e.g. " điểm %" for percentage points; '' for points. */
  readonly suffix: string;
}

export type WaterfallOptions = BaseChartOptions<WaterfallLabels>;

const MARGIN = { top: 4, right: 6, bottom: 6, left: 6 };
const LABEL_GAP = 3;
const ROW_GAP = 9;
const TEXT_GAP = 5;

interface PlacedRow extends WaterfallRow {
  readonly lines: string;
  readonly top: number;
  readonly barY: number;
  /** The bar's ends on the value axis (a total: its value at both). */
  readonly x1: number;
  readonly x2: number;
  readonly text: string;
  /** Where the value is written, in px, and on which side of it. */
  readonly textX: number;
  readonly anchor: 'start' | 'end';
  readonly fill: string;
}

const signed = (locale: WaterfallOptions['locale'], x: number) => {
  const text = pointsText(locale, Math.abs(x));
  return Math.round(x * 100) === 0 ? text : `${x > 0 ? '+' : '\u2212'}${text}`;
};

function fillOf(row: WaterfallRow): string {
  if (row.kind === 'total') return NEUTRAL.text;
  if (row.kind === 'other') return NEUTRAL.line;
  if (Math.round(row.value * 100) === 0) return DIVERGING.same;
  return row.value >= 0 ? DIVERGING.rise : DIVERGING.fall;
}

/** The value axis: the running totals' range, padded so the values written beside the bars fit. */
function xDomain(rows: readonly WaterfallRow[]): [number, number] {
  let running = 0;
  const seen: number[] = [];
  for (const r of rows) {
    running = r.kind === 'total' ? r.value : running + r.value;
    seen.push(running);
  }
  const lo = Math.min(...seen);
  const hi = Math.max(...seen);
  const pad = Math.max((hi - lo) * 0.08, 0.5);
  return [lo - pad, hi + pad];
}

function place(rows: readonly WaterfallRow[], options: WaterfallOptions, fontSize: number) {
  const lineHeight = Math.round(fontSize * 1.3);
  const barHeight = options.width < 480 ? 12 : 14;
  const inner = options.width - MARGIN.left - MARGIN.right;
  const texts = rows.map(
    (r) => (r.kind === 'total' ? pointsText(options.locale, r.value) : signed(options.locale, r.value)) + options.labels.suffix,
  );
  const room = Math.max(...texts.map((t) => textWidth(t, fontSize))) + TEXT_GAP;
  const map = linear(xDomain(rows), [MARGIN.left + room, MARGIN.left + inner - room]);
  let y = MARGIN.top;
  let running = 0;
  const placed = rows.map((r, i): PlacedRow => {
    const before = r.kind === 'total' ? r.value : running;
    running = r.kind === 'total' ? r.value : running + r.value;
    const lines = wrapText(r.label, inner, fontSize);
    const top = y;
    const barY = top + lines.length * lineHeight + LABEL_GAP + barHeight / 2;
    y = barY + barHeight / 2 + ROW_GAP;
    const [x1, x2] = [Math.min(before, running), Math.max(before, running)];
    // Gains are written after the bar's end, losses before its start: the text follows the direction.
    const after = r.kind === 'total' || r.value >= 0;
    return {
      ...r,
      lines: lines.join('\n'),
      top,
      barY,
      x1,
      x2,
      text: texts[i] ?? '',
      textX: after ? map.map(x2) + TEXT_GAP : map.map(x1) - TEXT_GAP,
      anchor: after ? 'start' : 'end',
      fill: fillOf(r),
    };
  });
  return { placed, lineHeight, barHeight, map, height: Math.ceil(y - ROW_GAP + MARGIN.bottom) };
}

function tableOf(rows: readonly PlacedRow[], options: WaterfallOptions): HTMLTableElement {
  const { labels, locale } = options;
  const body = rows.map((r) => [
    r.label,
    r.kind === 'total' ? '' : r.text,
    pointsText(locale, r.kind === 'total' ? r.value : r.value >= 0 ? r.x2 : r.x1),
  ]);
  return dataTable(options.document ?? globalThis.document, labels.title, [labels.item, labels.change, labels.runningTotal], body);
}

/** The waterfall of one unit's change between two years; `rows` start and end with a total. */
export function waterfallChart(rows: readonly WaterfallRow[], options: WaterfallOptions): HTMLElement {
  const document = options.document ?? globalThis.document;
  const fontSize = options.width < 480 ? 11 : 12;
  const { placed, lineHeight, barHeight, map, height } = place(rows, options, fontSize);
  const half = barHeight / 2;
  const steps = placed.filter((r) => r.kind !== 'total');
  const totals = placed.filter((r) => r.kind === 'total');
  const tip = (r: PlacedRow) => ({ series: 'waterfall', lines: [r.label, tipLine(options.labels.change, r.text)] });
  const svg = Plot.plot({
    document,
    width: options.width,
    height: options.height ?? height,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.text(placed, {
        x: MARGIN.left,
        y: 'top',
        text: 'lines',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: lineHeight / fontSize,
        fontSize,
        fill: NEUTRAL.text,
      }),
      Plot.rect(steps, {
        x1: (r: PlacedRow) => map.map(r.x1),
        // A step of zero is still a visible sliver, so its row is not empty.
        x2: (r: PlacedRow) => Math.max(map.map(r.x2), map.map(r.x1) + 1.5),
        y1: (r: PlacedRow) => r.barY - half,
        y2: (r: PlacedRow) => r.barY + half,
        fill: 'fill',
        ...withTips(steps, tip),
      }),
      Plot.rect(totals, {
        x1: (r: PlacedRow) => map.map(r.value) - 1.5,
        x2: (r: PlacedRow) => map.map(r.value) + 1.5,
        y1: (r: PlacedRow) => r.barY - half - 2,
        y2: (r: PlacedRow) => r.barY + half + 2,
        fill: 'fill',
      }),
      ...(['start', 'end'] as const).map((anchor) =>
        Plot.text(
          placed.filter((r) => r.anchor === anchor),
          { x: 'textX', y: 'barY', text: 'text', textAnchor: anchor, fontSize, fontWeight: 700, fill: NEUTRAL.text },
        ),
      ),
    ],
  });
  return chartFigure({
    document,
    name: 'waterfall',
    idPrefix: options.id,
    svg,
    fontSize,
    ariaLabel: `${options.labels.title}. ${options.labels.summary}`,
    table: tableOf(placed, options),
  });
}
