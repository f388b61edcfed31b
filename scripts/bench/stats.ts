/** Summaries for the benchmarks: medians that leave out runs without a value, and say how many. */

/** Median of the values; NaN when there are none. */
export function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = sorted.length / 2;
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1 ? (sorted[Math.floor(mid)] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/**
 * The median of the runs that have a value (NaN stands for none, e.g. no paint entry), in words:
 * `312 ms`, `312 ms (median of the 4 runs with a paint entry; 1 without)`, or
 * `none of 5 runs had a paint entry`. `what` names the value.
 */
export function describeMedian(values: readonly number[], what: string, unit = 'ms'): string {
  const measured = values.filter((value) => !Number.isNaN(value));
  const missing = values.length - measured.length;
  if (measured.length === 0) return `none of ${values.length} runs had ${what}`;
  const text = `${median(measured).toFixed(0)} ${unit}`;
  return missing === 0 ? text : `${text} (median of the ${measured.length} runs with ${what}; ${missing} without)`;
}
