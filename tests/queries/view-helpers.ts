/** Reading the HTML the views return, as a reader (or a screen reader) would: cell texts and links. */
import { JSDOM } from 'jsdom';

const parse = (html: string): Document => new JSDOM(`<!doctype html><body>${html}</body>`).window.document;

/** The text of every body cell, row by row. */
export function bodyCells(html: string): string[][] {
  return [...parse(html).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent ?? ''));
}

/** The header cells' texts, and which one carries aria-sort. */
export function headCells(html: string): { labels: string[]; sorted: [string, string] | null } {
  const th = [...parse(html).querySelectorAll('thead th')];
  const sorted = th.find((h) => h.hasAttribute('aria-sort'));
  return {
    labels: th.map((h) => h.textContent ?? ''),
    sorted: sorted ? [sorted.textContent ?? '', sorted.getAttribute('aria-sort') ?? ''] : null,
  };
}

/** Every link of the body as [text, href]. */
export function bodyLinks(html: string): [string, string][] {
  return [...parse(html).querySelectorAll('tbody a')].map((a) => [a.textContent ?? '', a.getAttribute('href') ?? '']);
}

/** The fill of each label of a chart's SVG that is one of `names`. */
export function labelFills(svg: string, names: readonly string[]): Record<string, string | null> {
  const texts = [...parse(svg).querySelectorAll('text')].filter((t) => names.includes(t.textContent ?? ''));
  return Object.fromEntries(texts.map((t) => [t.textContent ?? '', t.getAttribute('fill')]));
}

/** The text of the note under a table (what its changes compare, and which the rule leaves out); null when none. */
export function noteOf(html: string): string | null {
  return parse(html).querySelector('[data-rank-change-note]')?.textContent ?? null;
}
