/**
 * A small HTML legend with an inline SVG swatch per entry. It is `aria-hidden`: the SVG is one image
 * with a summary, and the data table says everything the legend explains.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The shapes a legend swatch can show. */
export type SwatchShape = 'line' | 'dash' | 'dot' | 'ring' | 'band' | 'tick' | 'break' | 'diamond' | 'times' | 'square' | 'triangle';

/** One legend entry. */
export interface LegendItem {
  readonly label: string;
  readonly shape: SwatchShape;
  readonly color: string;
}

/** SVG elements drawing each shape in a 16 × 12 box, as [tag, attributes]. */
const SHAPES: Readonly<Record<SwatchShape, readonly (readonly [string, Record<string, string>])[]>> = {
  line: [['line', { x1: '0', y1: '6', x2: '16', y2: '6', 'stroke-width': '2.5' }]],
  dash: [['line', { x1: '0', y1: '6', x2: '16', y2: '6', 'stroke-width': '2', 'stroke-dasharray': '4 3' }]],
  dot: [['circle', { cx: '8', cy: '6', r: '4.5', 'data-fill': '' }]],
  ring: [['circle', { cx: '8', cy: '6', r: '3.5', 'stroke-width': '1.5' }]],
  band: [['rect', { x: '0', y: '2', width: '16', height: '8', 'data-fill': '' }]],
  tick: [['line', { x1: '8', y1: '0', x2: '8', y2: '12', 'stroke-width': '2.5' }]],
  break: [['line', { x1: '8', y1: '0', x2: '8', y2: '12', 'stroke-width': '1.5', 'stroke-dasharray': '3 2' }]],
  diamond: [['path', { d: 'M8,0.5L13,6L8,11.5L3,6Z', 'data-fill': '' }]],
  times: [['path', { d: 'M4,2L12,10M12,2L4,10', 'stroke-width': '2' }]],
  square: [['rect', { x: '3.5', y: '1.5', width: '9', height: '9', 'data-fill': '' }]],
  triangle: [['path', { d: 'M8,0.5L13.5,11H2.5Z', 'data-fill': '' }]],
};

const SWATCH_BOX = { width: '16', height: '12', viewBox: '0 0 16 12', 'aria-hidden': 'true' };

function swatch(document: Document, shape: SwatchShape, color: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  for (const [name, value] of Object.entries(SWATCH_BOX)) svg.setAttribute(name, value);
  for (const [tag, attrs] of SHAPES[shape]) {
    const el = document.createElementNS(SVG_NS, tag);
    const filled = 'data-fill' in attrs;
    for (const [name, value] of Object.entries(attrs)) if (name !== 'data-fill') el.setAttribute(name, value);
    el.setAttribute('fill', filled ? color : 'none');
    el.setAttribute('stroke', filled ? 'white' : color);
    svg.append(el);
  }
  return svg;
}

/** `<ul class="chart-legend">` with one swatch and label per item. */
export function chartLegend(document: Document, items: readonly LegendItem[]): HTMLElement {
  const list = document.createElement('ul');
  list.className = 'chart-legend';
  list.setAttribute('aria-hidden', 'true');
  for (const item of items) {
    const li = document.createElement('li');
    li.append(swatch(document, item.shape, item.color), document.createTextNode(item.label));
    list.append(li);
  }
  return list;
}
