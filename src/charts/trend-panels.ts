/**
 * The data side of the domain-trends small multiples: rows grouped into one panel per series, each
 * point given the segment it belongs to (a new segment after every break and every missing year, so
 * no line ever joins two years that cannot be compared), and the grid the panels are laid out in.
 */

/** Why a series is not joined to the year before (queries/domain-series.ts). */
export type TrendBreak = 'framework' | 'gap' | 'merger';

/** The distribution across units in one series and year (percent of the applicable maximum). */
export interface PanelYear {
  readonly year: number;
  readonly n: number;
  readonly min: number | null;
  readonly q1: number | null;
  readonly median: number | null;
  readonly q3: number | null;
  readonly max: number | null;
  /** The published mean of every unit of the index, where one was published (the total only). */
  readonly mean: number | null;
  readonly break: TrendBreak | null;
}

/** A unit's value in one year; `break` is the series' or the unit's own. */
export interface PanelPoint {
  readonly year: number;
  readonly value: number | null;
  readonly break: TrendBreak | null;
}

/** One panel: a series (the total or a domain) over the years. */
export interface TrendPanel {
  readonly series: string;
  readonly label: string;
  readonly years: readonly PanelYear[];
  /** The highlighted unit's values; empty when no unit is chosen. */
  readonly unit: readonly PanelPoint[];
  /** Each unit's value in years with too few units for a band (published national data). */
  readonly few: readonly { readonly year: number; readonly value: number }[];
}

/** Fewer units than this in a year: their values are drawn one by one instead of a median and band. */
export const MIN_BAND_UNITS = 5;

/**
 * The segment of each point, in year order: a new one starts at a break, after a year with no value,
 * and after a year of `allYears` that has no point at all.
 */
export function segmentsOf<T extends { year: number; break: TrendBreak | null }>(
  points: readonly T[],
  allYears: readonly number[],
  valueOf: (p: T) => number | null,
): (T & { segment: number })[] {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  let segment = 0;
  let prev: T | undefined;
  return sorted.map((p) => {
    const skipped = prev !== undefined && allYears.some((y) => y > prev!.year && y < p.year);
    if (prev !== undefined && (p.break !== null || skipped || valueOf(prev) === null)) segment += 1;
    prev = p;
    return { ...p, segment };
  });
}

/** Columns of the grid at a width: four on a desktop column, two on a tablet, one on a phone. */
export function panelColumns(width: number): number {
  return width >= 1000 ? 4 : width >= 640 ? 2 : 1;
}

/** The years where a series breaks, with the letter that marks each kind of break in the panels. */
export function breakYears(panels: readonly TrendPanel[]): { year: number; reason: TrendBreak }[] {
  const seen = new Map<string, { year: number; reason: TrendBreak }>();
  for (const p of panels) {
    for (const y of p.years) if (y.break !== null && y.break !== 'gap') seen.set(`${y.year}|${y.break}`, { year: y.year, reason: y.break });
  }
  return [...seen.values()].sort((a, b) => a.year - b.year || a.reason.localeCompare(b.reason));
}

/** The value range of every panel, so all share one y scale: from a round value below the lowest to 100. */
export function sharedDomain(panels: readonly TrendPanel[]): [number, number] {
  const values = panels.flatMap((p) => [
    ...p.years.flatMap((y) => [y.min, y.mean, y.median]),
    ...p.unit.map((u) => u.value),
    ...p.few.map((f) => f.value),
  ]);
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return [0, 100];
  return [Math.max(0, Math.floor((Math.min(...known) - 2) / 10) * 10), 100];
}
