/**
 * SVG snapshot harness (after Observable Plot's test/plot-snapshot.js): charts are rendered in jsdom
 * from fixed rows, numbers in attributes are rounded to 2 decimals, ids reindexed, time zone pinned
 * (locale is pinned by each chart's `locale` option), and compared with golden files in __snapshots__/:
 *   <name>.svg   the chart's SVG, standalone (open it in a browser to look at it)
 *   <name>.html  the rest of the figure (legend and data table), the SVG replaced by a comment
 * An HTML-only chart (the heat table) has just <name>.html, compared by assertHtmlSnapshot.
 * A missing golden file is written only with UPDATE_SNAPSHOTS=1 (else the test fails); a mismatch
 * writes <name>-changed.svg / .html beside the golden file and fails, or overwrites it with UPDATE_SNAPSHOTS=1.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

process.env.TZ = 'UTC';

const DIR = new URL('./__snapshots__/', import.meta.url);
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A fresh jsdom document, as the build uses. */
export function testDocument(): Document {
  return new JSDOM('<!doctype html><html lang="vi"><body></body></html>').window.document;
}

/** Rounds every decimal number in attribute values to 2 decimals (floating noise differs between engines). */
function roundNumbers(root: Element): void {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      const value = attr.value.replace(/-?\d*\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100));
      if (value !== attr.value) el.setAttribute(attr.name, value);
    }
  }
}

/** Renames ids to id-1, id-2, … in document order and rewrites `#id` references. */
function reindexIds(root: Element): void {
  const renamed = new Map<string, string>();
  for (const el of root.querySelectorAll('[id]')) {
    renamed.set(el.id, `id-${renamed.size + 1}`);
    el.id = renamed.get(el.id) ?? el.id;
  }
  for (const el of root.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      const value = attr.value.replace(/#([\w-]+)/g, (whole, id: string) => (renamed.has(id) ? `#${renamed.get(id)}` : whole));
      if (value !== attr.value) el.setAttribute(attr.name, value);
    }
  }
}

/** One tag per line for readable diffs; never inside text, where a newline would render as a space. */
function lines(markup: string): string {
  return `${markup.replace(/>(<(?!\/?(tspan|title)\b))/g, '>\n$1')}\n`;
}

/** The normalised SVG and rest-of-figure markup of a chart's figure. */
export function serialise(figure: Element, name: string): { svg: string; html: string } {
  const clone = figure.cloneNode(true) as Element;
  roundNumbers(clone);
  reindexIds(clone);
  const svg = clone.querySelector('svg.chart-svg');
  assert.ok(svg, 'the figure holds the chart SVG');
  svg.setAttribute('xmlns', SVG_NS);
  const svgText = lines(svg.outerHTML);
  svg.replaceWith(clone.ownerDocument.createComment(` ${name}.svg `));
  return { svg: svgText, html: lines(clone.outerHTML) };
}

function compare(file: string, actual: string): void {
  const golden = new URL(file, DIR);
  const changed = new URL(file.replace(/\.(\w+)$/, '-changed.$1'), DIR);
  const update = process.env.UPDATE_SNAPSHOTS === '1';
  mkdirSync(DIR, { recursive: true });
  if (!existsSync(golden)) {
    if (!update) assert.fail(`missing snapshot ${file}: run with UPDATE_SNAPSHOTS=1 to create it, then look at it`);
    writeFileSync(golden, actual);
    return;
  }
  if (readFileSync(golden, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return;
  }
  if (update) {
    writeFileSync(golden, actual);
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  assert.fail(`snapshot ${file} changed: compare it with ${file.replace(/\.(\w+)$/, '-changed.$1')} in tests/charts/__snapshots__/`);
}

/** Compares a chart's figure with its golden files `<name>.svg` and `<name>.html`. */
export function assertSnapshot(name: string, figure: Element): void {
  const { svg, html } = serialise(figure, name);
  compare(`${name}.svg`, svg);
  compare(`${name}.html`, html);
}

/** Compares an HTML-only chart (no SVG, ids already deterministic) with its golden file `<name>.html`. */
export function assertHtmlSnapshot(name: string, element: Element): void {
  compare(`${name}.html`, lines(element.outerHTML));
}

/** Checks every chart must pass: an image with a summary, a data table, no inline styles, no random ids. */
export function assertAccessible(figure: Element, expectedRows: number): void {
  assert.equal(figure.tagName, 'FIGURE');
  const svg = figure.querySelector('svg.chart-svg');
  assert.equal(svg?.getAttribute('role'), 'img');
  assert.ok((svg?.getAttribute('aria-label') ?? '').length > 10, 'the SVG has a summary');
  assert.equal(figure.querySelectorAll('table.chart-table tbody tr').length, expectedRows, 'one table row per data row');
  assert.ok(figure.querySelector('table.chart-table caption')?.textContent, 'the table has a caption');
  assert.equal(figure.querySelectorAll('style, [style]').length, 0, 'no inline styles (CSP)');
  assert.doesNotMatch(figure.outerHTML, /plot-(clip|marker|pattern)-\d/, 'no global-counter ids');
}

/** The texts of the data table's cells, row by row. */
export function tableCells(figure: Element): string[][] {
  return [...figure.querySelectorAll('table.chart-table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent ?? ''));
}
