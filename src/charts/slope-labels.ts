/**
 * The slope chart's labels: the value at the left, "value name" at the right (a unit without a value
 * in the later year is named at the left instead). Names are whole (short-names.ts shortens them by
 * one rule, and they wrap onto more lines where they need to), never cut. In a crowded chart only the
 * highlighted units and the top and bottom few of each year are labelled; the others are faint, and
 * the data table lists them all.
 */
import { dodgeBoxes, textWidth, widestWord, wrapText, type LinearMap } from './layout.ts';
import { shortNames } from './short-names.ts';
import type { SlopeItem } from './slope-data.ts';

/** More units than this: only the highlighted and the top and bottom FEW of each side are named. */
export const SLOPE_CROWDED = 20;
const FEW = 3;
const GAP = 2;
const BOLD_WIDTH = 1.12;

/** A name placed at one side; `y` is in the scale's units after dodging. */
export interface SideLabel {
  readonly unit_id: string;
  readonly x: 0 | 1;
  readonly y: number;
  readonly text: string;
  readonly bold: boolean;
}

/** What the labels need from the chart. */
export interface SideGeometry {
  readonly width: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly bold: (id: string) => boolean;
  readonly valueText: (v: number | null) => string;
}

/** Room between the two axes for the slopes: wider slopes would only flatten them. */
const middlePx = (width: number) => Math.min(360, Math.max(80, width * 0.3));
/** The right-hand labels never take more than this; each side keeps room for half its year. */
const MAX_SIDE = 320;
const MIN_SIDE = 24;

const valueOf = (d: SlopeItem, side: 0 | 1) => (side === 0 ? d.from : d.to);

/** The units named at one side: all, or in a crowded chart the highlighted and the best and worst few there. */
function namedAt(items: readonly SlopeItem[], side: 0 | 1, bold: (id: string) => boolean): SlopeItem[] {
  const present = items.filter((d) => valueOf(d, side) !== null);
  if (items.length <= SLOPE_CROWDED) return present;
  // Items come best first in the later year; order by this side's value instead (the chart's y order).
  const order = [...present].sort((a, b) => (valueOf(a, side) ?? 0) - (valueOf(b, side) ?? 0));
  const ends = new Set([...order.slice(0, FEW), ...order.slice(-FEW)]);
  return present.filter((d) => bold(d.unit_id) || ends.has(d));
}

/** One side's labels, wrapped to `sidePx`: the text lines of each. */
function sideTexts(items: readonly SlopeItem[], side: 0 | 1, sidePx: number, geo: SideGeometry, short: ReadonlyMap<string, string>) {
  return namedAt(items, side, geo.bold).map((d) => {
    const value = geo.valueText(valueOf(d, side));
    const name = short.get(d.label) ?? d.label;
    const text = side === 1 ? `${value} ${name}` : d.to === null ? `${name} ${value}` : value;
    const factor = geo.bold(d.unit_id) ? BOLD_WIDTH : 1;
    const maxPx = Math.max(sidePx - 10, widestWord([text], geo.fontSize) * factor) / factor;
    return { d, lines: wrapText(text, maxPx, geo.fontSize) };
  });
}

type Texts = ReturnType<typeof sideTexts>;

/** The widest line of the labels, in px. */
function widestLine(texts: Texts, geo: SideGeometry): number {
  const width = (t: Texts[number]) =>
    Math.max(...t.lines.map((l) => textWidth(l, geo.fontSize))) * (geo.bold(t.d.unit_id) ? BOLD_WIDTH : 1);
  return Math.max(0, ...texts.map(width));
}

/** Both sides' labels before placing, the height they need and the margins they take. */
export function planSides(items: readonly SlopeItem[], geo: SideGeometry) {
  const short = shortNames(items.map((d) => d.label));
  const middle = middlePx(geo.width);
  // The left holds ranks, and names only of units gone by the later year: it gets the smaller share.
  const leftPx = (geo.width - middle) * 0.4;
  const left = sideTexts(items, 0, leftPx, geo, short);
  const marginLeft = Math.ceil(Math.max(MIN_SIDE, Math.min(leftPx, widestLine(left, geo) + 10)));
  const rightPx = Math.min(MAX_SIDE, geo.width - marginLeft - middle);
  const right = sideTexts(items, 1, rightPx, geo, short);
  // The right margin takes whatever the labels leave: a wide chart keeps its slopes at the left.
  const marginRight = Math.max(MIN_SIDE, Math.ceil(geo.width - marginLeft - middle));
  const sides = [
    { side: 0 as const, texts: left },
    { side: 1 as const, texts: right },
  ];
  const neededPx = Math.max(...sides.map((s) => s.texts.reduce((sum, t) => sum + t.lines.length * geo.lineHeight + GAP, 0)));
  return { sides, neededPx, marginLeft, marginRight };
}

/** Places both sides' labels on the y scale, pushed apart so no two overlap. */
export function placeSides(
  plan: ReturnType<typeof planSides>,
  geo: SideGeometry,
  y: LinearMap,
  range: readonly [number, number],
): SideLabel[] {
  return plan.sides.flatMap(({ side, texts }) => {
    const centres = dodgeBoxes(
      texts.map((t) => y.map(valueOf(t.d, side) ?? 0)),
      texts.map((t) => t.lines.length * geo.lineHeight),
      GAP,
      range[0],
      range[1],
    );
    return texts.map((t, i) => ({
      unit_id: t.d.unit_id,
      x: side,
      y: y.invert(centres[i] ?? 0),
      text: t.lines.join('\n'),
      bold: geo.bold(t.d.unit_id),
    }));
  });
}
