/**
 * The frame around every chart: a `<figure>` holding the SVG (an image with a summary for screen
 * readers), an optional legend and the data table that screen readers read instead of the image.
 * Plot's `<style>` element and `style` attributes are removed: charts.css carries the same rules once
 * for every chart on a page, instead of a copy in each SVG. Ids are made deterministic.
 */

/** A table of the chart's data, visually hidden (class `visually-hidden`, defined in charts.css). */
export function dataTable(
  document: Document,
  caption: string,
  head: readonly string[],
  body: readonly (readonly string[])[],
): HTMLTableElement {
  const table = document.createElement('table');
  table.className = 'chart-table visually-hidden';
  table.createCaption().textContent = caption;
  const headRow = table.createTHead().insertRow();
  for (const text of head) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    headRow.append(th);
  }
  const tbody = table.createTBody();
  for (const cells of body) {
    const row = tbody.insertRow();
    cells.forEach((text, i) => {
      // The first cell names the row, so screen readers announce it with each value.
      const cell = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) cell.setAttribute('scope', 'row');
      cell.textContent = text;
      row.append(cell);
    });
  }
  return table;
}

/** Renames every id to `<prefix>-<n>` in document order and rewrites `#id` references to match. */
export function scopeIds(root: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  for (const el of root.querySelectorAll('[id]')) {
    const next = `${prefix}-${renamed.size + 1}`;
    renamed.set(el.id, next);
    el.id = next;
  }
  if (renamed.size === 0) return;
  for (const el of root.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      const value = attr.value.replace(/#([A-Za-z0-9_-]+)/g, (whole, id: string) => {
        const next = renamed.get(id);
        return next === undefined ? whole : `#${next}`;
      });
      if (value !== attr.value) el.setAttribute(attr.name, value);
    }
  }
}

/** Rounds coordinates to 1/100 px: Plot writes full floats (110.00000000000001), a third of a chart's bytes. */
function roundCoordinates(svg: Element): void {
  for (const el of svg.querySelectorAll('*')) {
    for (const name of ['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'points']) {
      const value = el.getAttribute(name);
      const rounded = value?.replace(/-?\d*\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
      if (rounded !== undefined && rounded !== value) el.setAttribute(name, rounded);
    }
  }
}

/** Makes Plot's SVG an accessible image, styled by charts.css alone. */
export function finishSvg(svg: Element, ariaLabel: string, fontSize: number): void {
  for (const style of svg.querySelectorAll('style')) style.remove();
  for (const el of [svg, ...svg.querySelectorAll('[style]')]) el.removeAttribute('style');
  // Plot names its groups ("line", "dot"); inside an image those names are prohibited ARIA (axe
  // aria-prohibited-attr) and never read, so they move to data-mark, where tests can still find them.
  for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
    el.setAttribute('data-mark', el.getAttribute('aria-label') ?? '');
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  roundCoordinates(svg);
  svg.setAttribute('class', 'chart-svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', ariaLabel);
  svg.setAttribute('font-size', String(fontSize));
  svg.setAttribute('font-family', 'inherit');
}

/** What goes into a chart's figure. */
export interface FigureParts {
  readonly document: Document;
  /** Chart name, e.g. "bump-chart": the figure's class and the default id prefix. */
  readonly name: string;
  readonly idPrefix?: string | undefined;
  readonly svg: Element;
  readonly ariaLabel: string;
  readonly fontSize: number;
  readonly legend?: HTMLElement | null;
  readonly table: HTMLTableElement;
  /**
   * The SVG was finished already (finishSvg, e.g. a drawing reused for many figures): only its summary
   * is set, and ids are renamed only if it has any.
   */
  readonly finished?: boolean;
}

/** Assembles `<figure class="chart chart--<name>">` around the SVG, legend and table. */
export function chartFigure(parts: FigureParts): HTMLElement {
  const figure = parts.document.createElement('figure');
  figure.className = `chart chart--${parts.name}`;
  if (parts.finished) parts.svg.setAttribute('aria-label', parts.ariaLabel);
  else finishSvg(parts.svg, parts.ariaLabel, parts.fontSize);
  figure.append(parts.svg);
  if (parts.legend) figure.append(parts.legend);
  figure.append(parts.table);
  if (!parts.finished || figure.querySelector('[id]') !== null) scopeIds(figure, parts.idPrefix ?? parts.name);
  return figure;
}

/** A chart's figure taken apart, for a page that lays out its own figure (e.g. the table in a `<details>`). */
export interface ChartParts {
  readonly svg: SVGSVGElement;
  readonly legend: HTMLElement | null;
  /** The data table, no longer visually hidden: the page decides how to show it. */
  readonly table: HTMLTableElement;
}

/** Takes a chart's figure apart into its SVG, legend and (visible) data table. */
export function splitFigure(figure: HTMLElement): ChartParts {
  const svg = figure.querySelector<SVGSVGElement>('svg.chart-svg');
  const table = figure.querySelector<HTMLTableElement>('table.chart-table');
  if (svg === null || table === null) throw new Error('not a chart figure: it has no svg.chart-svg or table.chart-table');
  table.classList.remove('visually-hidden');
  return { svg, legend: figure.querySelector<HTMLElement>('.chart-legend'), table };
}
