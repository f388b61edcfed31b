/**
 * Renders a chart to HTML at build time (Astro pages), in a jsdom document. The output is
 * deterministic: the same rows and options always give the same string.
 */
import { JSDOM } from 'jsdom';
import { splitFigure } from './figure.ts';

let shared: Document | null = null;

/** One jsdom document for every chart of a build: creating a window costs far more than a chart. */
export function staticDocument(): Document {
  shared ??= new JSDOM('<!doctype html><html lang="vi"><body></body></html>').window.document;
  return shared;
}

type Chart<R, O> = (rows: readonly R[], options: O) => HTMLElement;

/**
 * The outer HTML of the chart's `<figure>` (SVG, legend, visually hidden data table), e.g. in an Astro page:
 * `<Fragment set:html={renderToString(bumpChart, rows, { width: 640, locale, labels: bumpLabels(locale) })} />`.
 */
export function renderToString<R, O extends { readonly document?: Document }>(
  chart: Chart<R, O>,
  rows: readonly R[],
  options: Omit<O, 'document'>,
): string {
  return chart(rows, { ...options, document: staticDocument() } as O).outerHTML;
}

/** The chart's parts as HTML strings, for a page that builds its own figure; `legend` is '' when there is none. */
export interface ChartHtml {
  readonly svg: string;
  readonly legend: string;
  /** The data table, visible (not `visually-hidden`), with its caption. */
  readonly table: string;
}

/** Renders a chart and returns its SVG, legend and data table separately. */
export function renderParts<R, O extends { readonly document?: Document }>(
  chart: Chart<R, O>,
  rows: readonly R[],
  options: Omit<O, 'document'>,
): ChartHtml {
  const parts = splitFigure(chart(rows, { ...options, document: staticDocument() } as O));
  return { svg: parts.svg.outerHTML, legend: parts.legend?.outerHTML ?? '', table: parts.table.outerHTML };
}
