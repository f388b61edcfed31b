/**
 * Geometry checks on a chart's SVG, with the same text width estimate the charts lay out with
 * (layout.textWidth): every line of text inside the width, and no text smaller than 11 px.
 */
import assert from 'node:assert/strict';
import { textWidth } from '../../src/charts/layout.ts';

interface Transform {
  readonly dx: number;
  readonly angle: number;
}

/** The translate x and rotation of an element's own transform attribute. */
function ownTransform(el: Element): Transform {
  const t = el.getAttribute('transform') ?? '';
  const translate = /translate\(\s*(-?[\d.]+)/.exec(t);
  const rotate = /rotate\(\s*(-?[\d.]+)/.exec(t);
  return { dx: translate ? Number(translate[1]) : 0, angle: rotate ? Number(rotate[1]) : 0 };
}

/** The nearest value of an attribute on the element or its ancestors. */
function inherited(el: Element, name: string): string | null {
  for (let e: Element | null = el; e !== null; e = e.parentElement) {
    const v = e.getAttribute(name);
    if (v !== null) return v;
  }
  return null;
}

/** The horizontal extent of every line of text of an SVG, as [text, left, right, fontSize]. */
export function textExtents(svg: Element): { text: string; left: number; right: number; fontSize: number }[] {
  const out: { text: string; left: number; right: number; fontSize: number }[] = [];
  for (const text of svg.querySelectorAll('text')) {
    let x = Number(text.getAttribute('x') ?? 0);
    let angle = 0;
    for (let e: Element | null = text; e !== null && e !== svg.parentElement; e = e.parentElement) {
      const t = ownTransform(e);
      x += t.dx;
      angle += t.angle;
    }
    const fontSize = Number(inherited(text, 'font-size') ?? 10);
    const anchor = inherited(text, 'text-anchor') ?? 'start';
    const spans = text.querySelectorAll('tspan');
    const lines = spans.length > 0 ? [...spans].map((s) => s.textContent ?? '') : [text.childNodes[0]?.textContent ?? ''];
    for (const line of lines) {
      const w = textWidth(line, fontSize) * Math.abs(Math.cos((angle * Math.PI) / 180));
      const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      out.push({ text: line, left, right: left + w, fontSize });
    }
  }
  return out;
}

/** Every line of text lies within 0…width and is at least 11 px; nothing is cut with "…". */
export function assertTextFits(figure: Element, width: number): void {
  const svg = figure.querySelector('svg.chart-svg');
  assert.ok(svg, 'the figure holds an SVG');
  for (const t of textExtents(svg)) {
    assert.ok(
      t.left >= -0.5 && t.right <= width + 0.5,
      `"${t.text}" spans ${t.left.toFixed(1)}–${t.right.toFixed(1)} px, outside 0–${width}`,
    );
    assert.ok(t.fontSize >= 11, `"${t.text}" is ${t.fontSize} px`);
    assert.doesNotMatch(t.text, /…/, `"${t.text}" is cut`);
  }
}
