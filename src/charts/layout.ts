/** Geometry the charts compute themselves: text widths, label dodging, ticks, linear maps. */

/** Approximate width of text in pixels: 0.58 em a character (Plot uses similar averages to wrap text). */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * 0.58 * fontSize;
}

/** The text, cut with "…" so it fits in `maxPx`. */
export function fitText(text: string, maxPx: number, fontSize: number): string {
  const chars = [...text];
  const max = Math.max(1, Math.floor(maxPx / (0.58 * fontSize)));
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * Moves label positions (pixels) apart so neighbours are at least `gap` apart, keeping them as close
 * to where they want to be as possible and inside [min, max] when there is room. Returns positions in
 * the input order.
 */
export function dodge(positions: readonly number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const placed = order.map((o) => o.p);
  for (let k = 0; k < placed.length; k++) {
    const floor = k === 0 ? min : (placed[k - 1] ?? min) + gap;
    placed[k] = Math.max(placed[k] ?? 0, floor);
  }
  for (let k = placed.length - 1; k >= 0; k--) {
    const ceiling = k === placed.length - 1 ? max : (placed[k + 1] ?? max) - gap;
    placed[k] = Math.min(placed[k] ?? 0, ceiling);
  }
  const out = new Array<number>(positions.length);
  order.forEach((o, k) => (out[o.i] = placed[k] ?? o.p));
  return out;
}

/** A linear map from a domain to a range, and back (the same map Plot applies with an explicit range). */
export function linear(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return {
    map: (v: number): number => r0 + (v - d0) * k,
    invert: (px: number): number => (k === 0 ? d0 : d0 + (px - r0) / k),
  };
}

/** A map made by {@link linear}. */
export type LinearMap = ReturnType<typeof linear>;

/** The years to label on an axis: all when they fit, else every n-th counted back from the latest. */
export function yearTicks(years: readonly number[], plotWidth: number, minSpacing = 40): number[] {
  const fit = Math.max(2, Math.floor(plotWidth / minSpacing));
  const step = Math.ceil(years.length / fit);
  return years.filter((_, i) => (years.length - 1 - i) % step === 0);
}

/** Integer ticks between lo and hi, at a round step (1, 2, 5, 10, …) giving at most `maxCount`. */
export function integerTicks(lo: number, hi: number, maxCount: number): number[] {
  const span = Math.max(1, hi - lo);
  const steps = [1, 2, 5, 10, 20, 25, 50, 100];
  const step = steps.find((s) => span / s + 1 <= maxCount) ?? 100;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) ticks.push(v);
  // Rank axes start at 1; a round tick just below the step would crowd it (1, 2, 4 → 1, 4).
  if (lo === 1 && ticks[0] !== 1) {
    if ((ticks[0] ?? Infinity) - 1 < step * 0.75) ticks.shift();
    ticks.unshift(1);
  }
  return ticks;
}

/**
 * The text broken at spaces into lines of at most `maxPx`, so a long name stays whole on two or three
 * lines instead of being cut with "…". Only a single word longer than a line is cut.
 */
export function wrapText(text: string, maxPx: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(next, fontSize) > maxPx) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines.map((l) => (textWidth(l, fontSize) > maxPx ? fitText(l, maxPx, fontSize) : l));
}

/**
 * Moves boxes of different heights apart along y, as {@link dodge} does for single lines: box i wants
 * its centre at `centres[i]`, is `heights[i]` tall, and keeps `gap` from its neighbours, inside
 * [min, max] when there is room. Returns the centres in the input order.
 */
export function dodgeBoxes(centres: readonly number[], heights: readonly number[], gap: number, min: number, max: number): number[] {
  const order = centres.map((c, i) => ({ c, h: heights[i] ?? 0, i })).sort((a, b) => a.c - b.c || a.i - b.i);
  const tops = order.map((o) => o.c - o.h / 2);
  for (let k = 0; k < order.length; k++) {
    const floor = k === 0 ? min : (tops[k - 1] ?? min) + (order[k - 1]?.h ?? 0) + gap;
    tops[k] = Math.max(tops[k] ?? 0, floor);
  }
  for (let k = order.length - 1; k >= 0; k--) {
    const ceiling = (k === order.length - 1 ? max : (tops[k + 1] ?? max) - gap) - (order[k]?.h ?? 0);
    tops[k] = Math.min(tops[k] ?? 0, ceiling);
  }
  const out = new Array<number>(centres.length);
  order.forEach((o, k) => (out[o.i] = (tops[k] ?? o.c) + o.h / 2));
  return out;
}

/** The width of the longest word of the texts: a label column narrower than this would cut a word. */
export function widestWord(texts: readonly string[], fontSize: number): number {
  return Math.max(0, ...texts.flatMap((t) => t.split(/\s+/)).map((w) => textWidth(w, fontSize)));
}
