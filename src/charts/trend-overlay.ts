/**
 * The chosen unit's line in a domain-trends panel, drawn onto a panel Plot has already drawn, with the
 * panel's own linear scales. The distribution is the same for every unit of an index, so the unit
 * pages draw it once per index and width and add each unit's line here: a few elements instead of a
 * whole Plot render per page (the build writes hundreds of unit pages). Pieces follow segmentsOf, so
 * no line crosses a break; each point carries its tooltip (tips.ts) like Plot's dots do.
 */
import { pctText, yearText } from './chart-format.ts';
import type { Locale } from '../i18n/locales.ts';
import { tipLine } from './tips.ts';
import { segmentsOf, type PanelPoint } from './trend-panels.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A panel's linear scales: the x domain (years) and y domain (percent) onto their pixel ranges. */
export interface PanelScales {
  readonly x: { readonly domain: readonly [number, number]; readonly range: readonly [number, number] };
  readonly y: { readonly domain: readonly [number, number]; readonly range: readonly [number, number] };
}

const apply = (s: PanelScales['x'], v: number): number =>
  s.range[0] + ((v - s.domain[0]) / (s.domain[1] - s.domain[0])) * (s.range[1] - s.range[0]);
const round = (v: number): number => Math.round(v * 100) / 100;

/** What the overlay needs besides the points. */
export interface OverlayOptions {
  readonly document: Document;
  readonly locale: Locale;
  readonly years: readonly number[];
  readonly color: string;
  /** Tooltip: the unit's name, the series' label and its id (for keyboard navigation along the line). */
  readonly unitLabel: string;
  readonly seriesLabel: string;
  readonly series: string;
}

/** `<g data-mark="unit">` with one path per piece of the unit's line and a dot per known value. */
export function unitOverlay(points: readonly PanelPoint[], scales: PanelScales, o: OverlayOptions): SVGGElement {
  const g = o.document.createElementNS(SVG_NS, 'g') as SVGGElement;
  g.setAttribute('data-mark', 'unit');
  const placed = segmentsOf(points, o.years, (p) => p.value).filter((p) => p.value !== null);
  const pieces = new Map<number, string[]>();
  for (const p of placed) {
    const xy = `${round(apply(scales.x, p.year))},${round(apply(scales.y, p.value!))}`;
    pieces.set(p.segment, [...(pieces.get(p.segment) ?? []), xy]);
  }
  for (const coords of pieces.values()) {
    if (coords.length < 2) continue;
    const path = o.document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', `M${coords.join('L')}`);
    for (const [k, v] of Object.entries({
      fill: 'none',
      stroke: o.color,
      'stroke-width': '2.5',
      'stroke-linejoin': 'round',
      'stroke-linecap': 'round',
    })) {
      path.setAttribute(k, v);
    }
    g.append(path);
  }
  for (const p of placed) {
    const dot = o.document.createElementNS(SVG_NS, 'circle');
    dot.setAttribute('cx', String(round(apply(scales.x, p.year))));
    dot.setAttribute('cy', String(round(apply(scales.y, p.value!))));
    for (const [k, v] of Object.entries({ r: '3.5', fill: o.color, stroke: 'white', 'stroke-width': '1' })) dot.setAttribute(k, v);
    dot.setAttribute('data-tip', [o.unitLabel, tipLine(`${o.seriesLabel} ${yearText(p.year)}`, pctText(o.locale, p.value))].join('\n'));
    dot.setAttribute('data-series', `${o.series}-unit`);
    g.append(dot);
  }
  return g;
}
