/**
 * A chart as a standalone SVG file: the rendering shown on the page, with the styles the page's CSS
 * gives it written onto its elements (an SVG file sees no stylesheet), a font family, its legend, its
 * title above and the source lines below, on a white background. The same SVG is what the PNG is
 * drawn from (exports/png.ts), so both read the same.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The system fonts of the site (src/styles/global.css), written into the file. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** Properties SVG elements inherit: written where an element's value differs from its parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'paint-order',
  'white-space',
  'visibility',
] as const;

/** Properties not inherited, with their initial values: written where an element's value differs. */
const OWN: Readonly<Record<string, string>> = { opacity: '1', 'dominant-baseline': 'auto' };

/** Reads an element's computed style (`getComputedStyle` in a browser; a stub in tests). */
export type StyleOf = (el: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

/** Writes onto `clone` (a deep copy of `original`) the computed styles that make it look the same without CSS. */
export function inlineStyles(original: Element, clone: Element, styleOf: StyleOf): void {
  const sources = [original, ...original.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  const computed = new Map<Element, Pick<CSSStyleDeclaration, 'getPropertyValue'>>();
  const style = (el: Element) => {
    let s = computed.get(el);
    if (!s) computed.set(el, (s = styleOf(el)));
    return s;
  };
  sources.forEach((el, i) => {
    const target = targets[i];
    if (!target) return;
    const own = style(el);
    const parent = el === original ? null : el.parentElement;
    const declarations: string[] = [];
    if (own.getPropertyValue('display') === 'none') declarations.push('display:none');
    for (const name of INHERITED) {
      const value = own.getPropertyValue(name);
      if (value !== '' && (parent === null || style(parent).getPropertyValue(name) !== value)) declarations.push(`${name}:${value}`);
    }
    for (const [name, initial] of Object.entries(OWN)) {
      const value = own.getPropertyValue(name);
      if (value !== '' && value !== initial) declarations.push(`${name}:${value}`);
    }
    if (declarations.length > 0) target.setAttribute('style', declarations.join(';'));
    else target.removeAttribute('style');
  });
}

/**
 * Splits text into lines of at most `width` px. Glyphs are taken as 0.6 em wide on average (Vietnamese
 * diacritics and bold type run wider than Latin's ~0.5 em; too wide a guess only wraps early), and a
 * word longer than a line (an address) is cut into pieces, so no text runs off the file.
 */
export function wrapLines(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(12, Math.floor(width / (fontSize * 0.6)));
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => Array.from({ length: Math.ceil(word.length / perLine) }, (_, i) => word.slice(i * perLine, (i + 1) * perLine)));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** One legend entry of the page: its swatch and its label. */
export interface LegendEntry {
  readonly swatch: SVGSVGElement;
  readonly label: string;
}

/** The parts of the file. */
export interface SvgFileParts {
  /** The chart as shown (a live element, so its computed styles can be read). */
  readonly chart: SVGSVGElement;
  readonly legend: readonly LegendEntry[];
  readonly title: string;
  /** Source lines under the chart (source, address). */
  readonly footer: readonly string[];
}

const PAD = 16;
const MIN_WIDTH = 480;
const TITLE = { size: 15, lead: 20 } as const;
const FOOT = { size: 11, lead: 15 } as const;
const LEGEND = { size: 12, lead: 20 } as const;

/** The chart's drawn size: its width and height attributes, else its viewBox. */
export function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = Number(svg.getAttribute('width')) || box[2] || 640;
  const height = Number(svg.getAttribute('height')) || box[3] || 400;
  return { width, height };
}

function text(doc: Document, content: string, x: number, y: number, attrs: Record<string, string>): SVGTextElement {
  const el = doc.createElementNS(SVG_NS, 'text');
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.textContent = content;
  return el;
}

/** Lays the legend's entries out in rows that fit `width`; returns the group and its height. */
function legendGroup(doc: Document, entries: readonly LegendEntry[], width: number, styleOf: StyleOf): { g: SVGGElement; height: number } {
  const g = doc.createElementNS(SVG_NS, 'g');
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const w = 16 + 6 + entry.label.length * LEGEND.size * 0.56;
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    const swatch = entry.swatch.cloneNode(true) as SVGSVGElement;
    inlineStyles(entry.swatch, swatch, styleOf);
    swatch.setAttribute('x', String(x));
    swatch.setAttribute('y', String(row * LEGEND.lead + 2));
    swatch.setAttribute('width', '16');
    swatch.setAttribute('height', '12');
    g.append(swatch, text(doc, entry.label, x + 22, row * LEGEND.lead + 12, { 'font-size': String(LEGEND.size), fill: '#1b1f24' }));
    x += w + 16;
  }
  return { g, height: entries.length === 0 ? 0 : (row + 1) * LEGEND.lead };
}

/** The whole file as SVG text. */
export function standaloneSvg(doc: Document, parts: SvgFileParts, styleOf: StyleOf): { svg: string; width: number; height: number } {
  const size = chartSize(parts.chart);
  // A phone's 320-px drawing gets a wider file, so its title and source lines are not squeezed.
  const width = Math.max(size.width, MIN_WIDTH) + 2 * PAD;
  const inner = width - 2 * PAD;
  const root = doc.createElementNS(SVG_NS, 'svg');
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = parts.title;
  root.append(title);
  let y = PAD;
  const titleLines = wrapLines(parts.title, inner, TITLE.size);
  for (const line of titleLines) {
    y += TITLE.lead;
    root.append(text(doc, line, PAD, y - 5, { 'font-size': String(TITLE.size), 'font-weight': '600', fill: '#1b1f24' }));
  }
  y += 8;
  const chart = parts.chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(parts.chart, chart, styleOf);
  for (const el of chart.querySelectorAll('.chart-tip-ring')) el.remove();
  chart.removeAttribute('tabindex');
  chart.removeAttribute('class');
  chart.setAttribute('x', String(PAD));
  chart.setAttribute('y', String(y));
  chart.setAttribute('width', String(size.width));
  chart.setAttribute('height', String(size.height));
  chart.setAttribute('overflow', 'visible');
  chart.setAttribute('font-family', FONT_FAMILY);
  root.append(chart);
  y += size.height + 8;
  const legend = legendGroup(doc, parts.legend, inner, styleOf);
  legend.g.setAttribute('transform', `translate(${PAD},${y})`);
  root.append(legend.g);
  y += legend.height + 6;
  for (const line of parts.footer.flatMap((l) => wrapLines(l, inner, FOOT.size))) {
    y += FOOT.lead;
    root.append(text(doc, line, PAD, y - 4, { 'font-size': String(FOOT.size), fill: '#59636e' }));
  }
  const height = Math.ceil(y + PAD);
  const background = doc.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of Object.entries({ width: '100%', height: '100%', fill: '#ffffff' })) background.setAttribute(name, value);
  root.insertBefore(background, title.nextSibling);
  for (const [name, value] of Object.entries({
    width: String(width),
    height: String(height),
    viewBox: `0 0 ${width} ${height}`,
    'font-family': FONT_FAMILY,
    role: 'img',
    'aria-label': parts.title,
  }))
    root.setAttribute(name, value);
  const Serializer = doc.defaultView?.XMLSerializer ?? XMLSerializer;
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new Serializer().serializeToString(root)}`, width, height };
}
