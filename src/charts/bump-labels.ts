/**
 * Which lines of the bump chart get a name, and where the names go. A name is shown whole or not at
 * all: never cut to "Qu…". Names are shortened by one rule (short-names.ts) and wrapped onto as many
 * lines as they need in the label column at the right; the chart grows taller when the names need
 * the room. A line that ends before the last year is named in the gap after its end only when its name
 * fits there on one line. In a crowded chart only the highlighted units and the top and bottom few of
 * the last year are named; the others are drawn faint, and the data table lists them all.
 */
import type { BumpData, BumpSeries } from './bump-data.ts';
import { dodge, dodgeBoxes, textWidth, widestWord, wrapText, type LinearMap } from './layout.ts';
import { shortNames } from './short-names.ts';

/** More lines than this end in the last year: only the highlighted and the top and bottom FEW are named. */
export const CROWDED = 20;
const FEW = 3;
/** Space between two names, in px. */
const GAP = 2;
/** Bold text is about a tenth wider than textWidth's average glyph. */
const BOLD_WIDTH = 1.12;

/** A name placed in the chart: `rank` is the y position on the rank scale (after dodging), text may hold "\n". */
export interface PlacedName {
  readonly unit_id: string;
  readonly year: number;
  readonly rank: number;
  readonly text: string;
}

/** The names of the chart and the room they take. */
export interface NamePlan {
  readonly fontSize: number;
  readonly lineHeight: number;
  /** Width of the label column at the right. */
  readonly labelPx: number;
  /** Height the names need, margins excluded. */
  readonly neededPx: number;
  /** Only some of the lines ending in the last year are named. */
  readonly crowded: boolean;
  readonly highlight: ReadonlySet<string>;
  /** Lines ending in the last year that are named, with their wrapped names. */
  readonly finals: readonly { readonly series: BumpSeries; readonly lines: readonly string[] }[];
  /** Short name of each unit, by its full label. */
  readonly short: ReadonlyMap<string, string>;
}

/** The lines that end in the last year and get a name: all, or in a crowded chart the highlighted and the top and bottom few. */
function namedFinals(data: BumpData, highlight: ReadonlySet<string>): BumpSeries[] {
  const last = data.years.at(-1);
  const finals = data.series.filter((s) => s.last.year === last);
  if (finals.length <= CROWDED) return finals;
  return finals.filter((s, i) => highlight.has(s.unit_id) || i < FEW || i >= finals.length - FEW);
}

/** Chooses the named lines and wraps their names for a chart `width` px wide. */
export function planNames(data: BumpData, width: number, highlight: ReadonlySet<string>): NamePlan {
  const fontSize = width < 480 ? 11 : 12;
  const lineHeight = fontSize + 2;
  const short = shortNames(data.series.map((s) => s.label));
  const nameOf = (s: BumpSeries) => short.get(s.label) ?? s.label;
  const chosen = namedFinals(data, highlight);
  const factor = (s: BumpSeries) => (highlight.has(s.unit_id) ? BOLD_WIDTH : 1);
  const longest = Math.max(0, ...chosen.map((s) => textWidth(nameOf(s), fontSize) * factor(s)));
  const longestWord = Math.max(0, ...chosen.map((s) => widestWord([nameOf(s)], fontSize) * factor(s)));
  const labelPx = Math.max(longestWord, Math.min(longest, width * (width < 480 ? 0.4 : 0.3)));
  const finals = chosen.map((series) => ({ series, lines: wrapText(nameOf(series), labelPx / factor(series), fontSize) }));
  const neededPx = finals.reduce((sum, f) => sum + f.lines.length * lineHeight + GAP, 0);
  const crowded = chosen.length < data.series.filter((s) => s.last.year === data.years.at(-1)).length;
  return { fontSize, lineHeight, labelPx, neededPx, crowded, highlight, finals, short };
}

/** Final-year names in the label column, pushed apart so no two overlap. */
function finalNames(plan: NamePlan, y: LinearMap, range: readonly [number, number]): PlacedName[] {
  const heights = plan.finals.map((f) => f.lines.length * plan.lineHeight);
  const centres = dodgeBoxes(
    plan.finals.map((f) => y.map(f.series.last.rank ?? 1)),
    heights,
    GAP,
    range[0],
    range[1],
  );
  return plan.finals.map((f, i) => ({
    unit_id: f.series.unit_id,
    year: f.series.last.year,
    rank: y.invert(centres[i] ?? 0),
    text: f.lines.join('\n'),
  }));
}

/** Names of lines that end early, in the gap after their last year, where the whole name fits on one line. */
function earlyNames(data: BumpData, plan: NamePlan, y: LinearMap, range: readonly [number, number], yearPx: number) {
  const out: PlacedName[] = [];
  const finalYear = data.years.at(-1);
  const candidates = data.series.filter((s) => s.last.year !== finalYear && (!plan.crowded || plan.highlight.has(s.unit_id)));
  for (const year of new Set(candidates.map((s) => s.last.year))) {
    const group = candidates
      .filter((s) => s.last.year === year)
      .map((s) => ({ s, text: plan.short.get(s.label) ?? s.label }))
      .filter((d) => textWidth(d.text, plan.fontSize) * (plan.highlight.has(d.s.unit_id) ? BOLD_WIDTH : 1) <= yearPx - 16);
    const placed = dodge(
      group.map((d) => y.map(d.s.last.rank ?? 1)),
      plan.lineHeight,
      range[0],
      range[1],
    );
    group.forEach((d, i) => out.push({ unit_id: d.s.unit_id, year, rank: y.invert(placed[i] ?? 0), text: d.text }));
  }
  return out;
}

/** Every name of the chart with its place; `yearPx` is the distance between two years. */
export function placeNames(data: BumpData, plan: NamePlan, y: LinearMap, range: readonly [number, number], yearPx: number): PlacedName[] {
  return [...finalNames(plan, y, range), ...earlyNames(data, plan, y, range, yearPx)];
}
