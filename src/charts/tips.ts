/**
 * Tooltips that work in a pre-rendered SVG: each point of a mark carries its tooltip as data attributes
 * written when the chart is drawn (at build time or in the browser), and one small script
 * (src/interactive/chart-tips.ts) shows them for the point under the pointer or the point chosen with
 * the keyboard. Plot's own `tip` mark needs Plot running in the page, which a pre-rendered chart has not.
 *
 * - `data-tip`: the tooltip's lines, joined by "\n"; the first names the unit.
 * - `data-series`: the point's line, so the arrow keys can follow it from year to year.
 */
import type * as Plot from '@observablehq/plot';

/** What a point's tooltip says and which line it belongs to. */
export interface Tip {
  readonly series: string;
  readonly lines: readonly string[];
}

/**
 * A render transform for a dot mark over `data`: Plot draws one element per index in index order, so the
 * k-th child is the point `data[index[k]]`.
 */
export function withTips<T>(data: readonly T[], tip: (d: T) => Tip): { render: Plot.RenderFunction } {
  return {
    render(index, scales, values, dimensions, context, next) {
      const g = next?.(index, scales, values, dimensions, context) ?? null;
      if (g === null) return g;
      const children = [...g.children];
      index.forEach((i, k) => {
        const d = data[i];
        const el = children[k];
        if (d === undefined || el === undefined) return;
        const t = tip(d);
        el.setAttribute('data-tip', t.lines.join('\n'));
        el.setAttribute('data-series', t.series);
      });
      return g;
    },
  };
}

/** "Label: value", the form of every tooltip line after the first. */
export const tipLine = (label: string, value: string): string => `${label}: ${value}`;
