/** Turning long rows into series for line charts. */

/** A point of a series; `value` null marks a gap (the line breaks there instead of interpolating). */
export interface SeriesPoint {
  readonly year: number;
  readonly value: number | null;
}

/** The distinct years of the rows, ascending. */
export function yearsOf(rows: readonly { readonly year: number }[]): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
}

/**
 * The series over every year of `years` between its first and last known value, with null where a
 * year has no value: Plot breaks a line at null, so a missing year shows as a gap.
 */
export function withGaps(points: readonly SeriesPoint[], years: readonly number[]): SeriesPoint[] {
  const known = new Map(points.filter((p) => p.value !== null).map((p) => [p.year, p.value]));
  const present = years.filter((y) => known.has(y));
  const first = present[0];
  const last = present.at(-1);
  if (first === undefined || last === undefined) return [];
  return years.filter((y) => y >= first && y <= last).map((year) => ({ year, value: known.get(year) ?? null }));
}

/** Rows grouped by a key, keeping the order in which keys first appear. */
export function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
