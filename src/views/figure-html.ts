/** A chart's parts as HTML strings: the same in Node (jsdom) and the browser. */
import { splitFigure } from '../charts/figure.ts';

/** What a page's ChartFigure shows: the SVG, the data table and a caption. */
export interface FigureHtml {
  svg: string;
  table: string;
  caption: string;
}

/** Splits a chart's figure into SVG (with its legend) and data table, and adds the caption. */
export function figureHtml(figure: HTMLElement, caption: string): FigureHtml {
  const parts = splitFigure(figure);
  return { svg: parts.svg.outerHTML + (parts.legend?.outerHTML ?? ''), table: parts.table.outerHTML, caption };
}
