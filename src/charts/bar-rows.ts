/**
 * Horizontal bars with the item's name on its own line(s) above each bar, the bar's value at its end and
 * a second figure in a column at the right, shared by the Pareto, most-lost and reasons charts. Names
 * wrap at spaces (never "…"), so rows differ in height: positions are computed here in pixels and
 * drawn on Plot's identity y scale.
 */
import * as Plot from '@observablehq/plot';
import { textWidth, wrapText } from './layout.ts';
import { NEUTRAL } from './palette.ts';

/** One bar to draw. */
export interface BarItem {
  /** The name, code first ("D3.2.1 Tỷ lệ hồ sơ …"); wrapped to the chart's width. */
  readonly label: string;
  /** Length of the bar, ≥ 0. */
  readonly value: number;
  /** Written just after the bar's end. */
  readonly valueText: string;
  /** Written at the right edge, on the bar's line. */
  readonly sideText: string;
  readonly fill: string;
  /** Room to leave below the row (px), e.g. for an annotation. */
  readonly spaceAfter?: number;
}

/** A bar with its place: label lines from `labelTop`, the bar centred on `barY`, the row ending at `bottom`. */
export interface PlacedBar extends BarItem {
  readonly lines: readonly string[];
  readonly labelTop: number;
  readonly barY: number;
  readonly bottom: number;
}

/** The computed geometry of a bar chart. */
export interface BarLayout {
  readonly width: number;
  /** The width the rows use: at most MAX_CONTENT, so figures at the right stay near their bars on wide screens. */
  readonly contentWidth: number;
  readonly height: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly barHeight: number;
  readonly bars: readonly PlacedBar[];
  readonly xDomain: [number, number];
  readonly xRange: [number, number];
  /** Column titles above the bars (left) and above the right column (right), each on a line of its own when both do not fit. */
  readonly head: readonly { readonly text: string; readonly y: number; readonly anchor: 'left' | 'right' }[];
}

export interface BarLayoutOptions {
  readonly width: number;
  readonly headLeft: string;
  readonly headRight: string;
  /** The end of the value axis; defaults to the largest value. */
  readonly maxValue?: number;
}

export const BAR_MARGIN = { left: 4, right: 4, top: 4, bottom: 6 } as const;
const MAX_CONTENT = 800;

/** The width bar rows use within a chart of `width`: at most 800 px, so the right column stays near the bars. */
export const barContentWidth = (width: number): number => Math.min(width, MAX_CONTENT);
const ROW_GAP = 10;
const LABEL_GAP = 3;
const TEXT_GAP = 6;
const BOLD_WIDTH = 1.12;

/** The font size of bar charts: 11 px on phones, 12 px from 480 px up. */
export const barFontSize = (width: number): number => (width < 480 ? 11 : 12);

/** Places the bars of the items, top to bottom. */
export function barLayout(items: readonly BarItem[], options: BarLayoutOptions): BarLayout {
  const { width } = options;
  const fontSize = barFontSize(width);
  const lineHeight = Math.round(fontSize * 1.3);
  const barHeight = width < 480 ? 12 : 14;
  const contentWidth = barContentWidth(width);
  const inner = contentWidth - BAR_MARGIN.left - BAR_MARGIN.right;
  const widest = (texts: readonly string[]) => Math.max(0, ...texts.map((t) => textWidth(t, fontSize)));
  const headFits = widest([options.headLeft]) + widest([options.headRight]) + 2 * TEXT_GAP <= inner;
  let y = BAR_MARGIN.top;
  const head: BarLayout['head'][number][] = [];
  for (const [text, anchor] of [
    [options.headLeft, 'left'],
    [options.headRight, 'right'],
  ] as const) {
    if (text === '') continue;
    head.push({ text, y, anchor });
    if (!headFits || anchor === 'right') y += lineHeight;
  }
  if (head.length > 0) y += 4;
  const bars = items.map((item): PlacedBar => {
    const lines = wrapText(item.label, inner, fontSize);
    const labelTop = y;
    const barY = y + lines.length * lineHeight + LABEL_GAP + barHeight / 2;
    const bottom = barY + barHeight / 2;
    y = bottom + ROW_GAP + (item.spaceAfter ?? 0);
    return { ...item, lines, labelTop, barY, bottom };
  });
  // The right column is bold, about a tenth wider than textWidth's average glyph: measured so, the
  // longest bar's value never runs into it.
  const sideWidth = widest(items.map((i) => i.sideText)) * BOLD_WIDTH;
  const valueWidth = widest(items.map((i) => i.valueText));
  const barMax = Math.max(40, inner - sideWidth - valueWidth - 2 * TEXT_GAP - (sideWidth > 0 ? TEXT_GAP : 0));
  const maxValue = options.maxValue ?? Math.max(0, ...items.map((i) => i.value));
  return {
    width,
    contentWidth,
    height: Math.ceil(y - ROW_GAP + BAR_MARGIN.bottom),
    fontSize,
    lineHeight,
    barHeight,
    bars,
    head,
    xDomain: [0, maxValue > 0 ? maxValue : 1],
    xRange: [BAR_MARGIN.left, BAR_MARGIN.left + barMax],
  };
}

/** The names, bars, values and right-column figures of a layout. */
export function barMarks(layout: BarLayout): Plot.Markish[] {
  const { fontSize, bars } = layout;
  const half = layout.barHeight / 2;
  return [
    ...(['left', 'right'] as const).map((side) =>
      Plot.text(
        layout.head.filter((h) => h.anchor === side),
        {
          y: 'y',
          text: 'text',
          frameAnchor: side,
          textAnchor: side === 'left' ? 'start' : 'end',
          lineAnchor: 'top',
          fontSize,
          fill: NEUTRAL.secondaryText,
        },
      ),
    ),
    Plot.text(bars, {
      y: 'labelTop',
      text: (d: PlacedBar) => d.lines.join('\n'),
      frameAnchor: 'left',
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: layout.lineHeight / fontSize,
      fontSize,
      fill: NEUTRAL.text,
    }),
    Plot.rect(bars, { x1: 0, x2: 'value', y1: (d: PlacedBar) => d.barY - half, y2: (d: PlacedBar) => d.barY + half, fill: 'fill' }),
    Plot.text(bars, { x: 'value', y: 'barY', text: 'valueText', dx: TEXT_GAP, textAnchor: 'start', fontSize, fill: NEUTRAL.text }),
    Plot.text(bars, {
      y: 'barY',
      text: 'sideText',
      frameAnchor: 'right',
      textAnchor: 'end',
      fontSize,
      fontWeight: 700,
      fill: NEUTRAL.text,
    }),
  ];
}

/** Draws a layout and any extra marks (dividers, notes) into an SVG. */
export function barPlot(document: Document, layout: BarLayout, extra: readonly Plot.Markish[] = []): SVGSVGElement | HTMLElement {
  return Plot.plot({
    document,
    width: layout.width,
    height: layout.height,
    marginTop: 0,
    marginBottom: 0,
    marginLeft: BAR_MARGIN.left,
    marginRight: layout.width - layout.contentWidth + BAR_MARGIN.right,
    x: { domain: layout.xDomain, range: layout.xRange, axis: null },
    y: { type: 'identity', axis: null },
    marks: [...barMarks(layout), ...extra],
  });
}
