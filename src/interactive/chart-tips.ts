/**
 * Tooltips for chart points, the same in pre-rendered and redrawn charts: each point carries its text
 * in `data-tip` and its line in `data-series` (written when the chart is drawn, src/charts/tips.ts).
 *
 * - Pointer: the point nearest the pointer (within REACH px) shows its tooltip and a ring.
 * - Keyboard: a chart with tooltips is one tab stop; on focus it shows its top-right point (the latest
 *   year's best), ←/→ follow the point's line, ↑/↓ go to the point above or below in the same year,
 *   Home/End to the line's ends, Escape hides. The visible tooltip is aria-hidden; a polite live region
 *   reads the same text to screen readers.
 */

const REACH = 24;
const SVG_NS = 'http://www.w3.org/2000/svg';

interface Tips {
  readonly box: HTMLElement;
  readonly live: HTMLElement;
  /** The point shown per chart, so focus returns to where the reader left off. */
  readonly current: WeakMap<SVGSVGElement, Element>;
  shown: { svg: SVGSVGElement; point: Element } | null;
}

const tipText = (point: Element) => point.getAttribute('data-tip') ?? '';
const pointsOf = (svg: SVGSVGElement) => [...svg.querySelectorAll('[data-tip]')];

function centreOf(el: Element): { x: number; y: number } {
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** The first point a keyboard user lands on: the rightmost, then the topmost. */
function startPoint(svg: SVGSVGElement): Element | null {
  const scored = pointsOf(svg).map((el) => ({ el, c: centreOf(el) }));
  scored.sort((a, b) => b.c.x - a.c.x || a.c.y - b.c.y);
  return scored[0]?.el ?? null;
}

function nearest(svg: SVGSVGElement, x: number, y: number): Element | null {
  let best: Element | null = null;
  let bestDistance = REACH;
  for (const el of pointsOf(svg)) {
    const c = centreOf(el);
    const d = Math.hypot(c.x - x, c.y - y);
    if (d < bestDistance) [best, bestDistance] = [el, d];
  }
  return best;
}

/** The point an arrow key leads to from `from`, or null at the end of the way. */
function neighbour(svg: SVGSVGElement, from: Element, key: string): Element | null {
  const here = centreOf(from);
  const all = pointsOf(svg).map((el) => ({ el, c: centreOf(el) }));
  const series = from.getAttribute('data-series');
  const along = all.filter((p) => p.el.getAttribute('data-series') === series).sort((a, b) => a.c.x - b.c.x);
  const across = all.filter((p) => Math.abs(p.c.x - here.x) < 2).sort((a, b) => a.c.y - b.c.y || (a.el === from ? -1 : 1));
  const step = (list: typeof all, by: number) => list[list.findIndex((p) => p.el === from) + by]?.el ?? null;
  if (key === 'ArrowRight') return step(along, 1);
  if (key === 'ArrowLeft') return step(along, -1);
  if (key === 'ArrowDown') return step(across, 1);
  if (key === 'ArrowUp') return step(across, -1);
  if (key === 'Home') return along[0]?.el ?? null;
  if (key === 'End') return along.at(-1)?.el ?? null;
  return null;
}

/** A ring around the shown point, in the chart's own coordinates (the SVG may be scaled). */
function ring(svg: SVGSVGElement, point: Element): void {
  const matrix = svg.getScreenCTM()?.inverse();
  if (!matrix) return;
  const c = new DOMPoint(centreOf(point).x, centreOf(point).y).matrixTransform(matrix);
  let el = svg.querySelector<SVGCircleElement>('circle.chart-tip-ring');
  if (!el) {
    el = document.createElementNS(SVG_NS, 'circle');
    el.setAttribute('class', 'chart-tip-ring');
    el.setAttribute('r', '7');
    svg.append(el);
  }
  el.setAttribute('cx', String(c.x));
  el.setAttribute('cy', String(c.y));
}

/** Puts the tooltip beside the point, inside the viewport (it is fixed, so it never widens the page). */
function place(box: HTMLElement, point: Element): void {
  const c = centreOf(point);
  const { width, height } = box.getBoundingClientRect();
  const room = document.documentElement.clientWidth;
  const right = c.x + 14 + width <= room - 4;
  box.style.left = `${Math.max(4, right ? c.x + 14 : c.x - 14 - width)}px`;
  box.style.top = `${Math.max(4, c.y - height - 10)}px`;
}

function show(tips: Tips, svg: SVGSVGElement, point: Element, announce: boolean): void {
  if (tips.shown && tips.shown.svg !== svg) hide(tips);
  const text = tipText(point);
  tips.box.textContent = text;
  // Keyboard users also get the keys that move between points (the page's text, on <body>).
  tips.box.dataset.hint = announce ? (document.body.dataset.chartKeys ?? '') : '';
  tips.box.hidden = false;
  place(tips.box, point);
  ring(svg, point);
  tips.current.set(svg, point);
  tips.shown = { svg, point };
  if (announce) tips.live.textContent = text.split('\n').join(', ');
}

function hide(tips: Tips): void {
  tips.box.hidden = true;
  tips.shown?.svg.querySelector('circle.chart-tip-ring')?.remove();
  tips.shown = null;
}

/** Makes every chart with tooltips one tab stop, named by its own summary. */
function enhance(root: ParentNode): void {
  for (const svg of root.querySelectorAll<SVGSVGElement>('svg.chart-svg:not([tabindex])')) {
    if (svg.querySelector('[data-tip]')) svg.setAttribute('tabindex', '0');
  }
}

const chartOf = (target: EventTarget | null): SVGSVGElement | null =>
  target instanceof Element ? target.closest<SVGSVGElement>('svg.chart-svg[tabindex]') : null;

function listen(tips: Tips): void {
  const onPointer = (event: PointerEvent) => {
    const svg = chartOf(event.target);
    const point = svg ? nearest(svg, event.clientX, event.clientY) : null;
    if (svg && point) show(tips, svg, point, false);
    else if (tips.shown && tips.shown.svg !== document.activeElement) hide(tips);
  };
  document.addEventListener('pointermove', onPointer);
  document.addEventListener('pointerdown', onPointer);
  document.addEventListener('focusin', (event) => {
    const svg = chartOf(event.target);
    const point = svg && event.target === svg ? (tips.current.get(svg) ?? startPoint(svg)) : null;
    if (svg && point?.isConnected) show(tips, svg, point, true);
  });
  document.addEventListener('focusout', (event) => {
    if (chartOf(event.target)) hide(tips);
  });
  document.addEventListener('keydown', (event) => {
    const svg = chartOf(event.target);
    if (!svg || event.target !== svg) return;
    if (event.key === 'Escape') return hide(tips);
    const from = tips.shown?.svg === svg ? tips.shown.point : startPoint(svg);
    const to = from ? neighbour(svg, from, event.key) : null;
    if (to === null && !event.key.startsWith('Arrow') && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    if (to) show(tips, svg, to, true);
  });
  window.addEventListener('scroll', () => tips.shown && place(tips.box, tips.shown.point), { passive: true });
}

/** Starts the tooltips once per page, for the charts there now and any drawn later. */
export function startChartTips(): void {
  const box = document.createElement('div');
  box.className = 'chart-tip';
  box.hidden = true;
  box.setAttribute('aria-hidden', 'true');
  const live = document.createElement('div');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  document.body.append(box, live);
  const tips: Tips = { box, live, current: new WeakMap(), shown: null };
  enhance(document);
  new MutationObserver(() => enhance(document)).observe(document.body, { childList: true, subtree: true });
  listen(tips);
}
