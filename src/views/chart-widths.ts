/**
 * The widths every chart is drawn at, the same before and after interaction, and the figure that holds
 * the renderings. A browser shows one of them: the widest that fits the figure, chosen by the container
 * queries in src/styles/global.css (one per width; tests/unit/chart-widths.test.ts keeps them in step
 * with this list). A chart is never scaled up, and scaled down only in a figure narrower than 320 px,
 * so its text keeps the size it was drawn at (11 px at 320, 12 px from 480 up).
 *
 * - 320: phones. A 360-px phone leaves 328 px inside the page's margins; a 360-px drawing would shrink
 *   its 11-px text to 10 px.
 * - 720: tablets, narrow windows and the narrower columns of a page (the unit page's lost points).
 * - 1120: the page's full column on a desktop (main is 72rem wide, less 1rem of padding each side).
 */
import { esc } from '../tables/html.ts';
import type { FigureHtml } from './figure-html.ts';

export const CHART_WIDTHS = [320, 720, 1120] as const;

/**
 * The widths of charts in a page's narrower parts (the unit page): a 720-px drawing reads well in the
 * desktop column, and drawing each of hundreds of unit pages' charts a third time cost the build ~10 s.
 */
export const COLUMN_CHART_WIDTHS = [320, 720] as const;

/** One chart drawn at every width of {@link CHART_WIDTHS}, with the caption and data table they share. */
export interface ChartRenderings {
  readonly caption: string;
  readonly table: string;
  /** The SVG (and its legend) per width, narrowest first. */
  readonly svgs: readonly { readonly width: number; readonly svg: string }[];
}

/** Draws a chart at every width; the caption and table are the narrowest drawing's (they do not depend on the width). */
export function atChartWidths(draw: (width: number) => FigureHtml, widths: readonly number[] = CHART_WIDTHS): ChartRenderings {
  const [narrowest = CHART_WIDTHS[0], ...others] = widths;
  const first = draw(narrowest);
  const svgs = [{ width: narrowest, svg: first.svg }, ...others.map((width) => ({ width, svg: draw(width).svg }))];
  return { caption: first.caption, table: first.table, svgs };
}

/** The renderings, one `<div class="chart-at" data-width="…">` each; CSS shows one. */
export function renderingsHtml(r: ChartRenderings): string {
  return r.svgs.map((s) => `<div class="chart-at" data-width="${s.width}">${s.svg}</div>`).join('');
}

/** Where a figure goes on its page and the summary text of its data table. */
export interface FigureSlot {
  /** The figure's `data-chart` (and `id`, when `withId`). */
  readonly name: string;
  /** Give the figure `id="<name>"`: only where the name is unique on the page. */
  readonly withId?: boolean;
  /** The data table's summary ("Bảng số liệu của biểu đồ"). */
  readonly dataTable: string;
  /** The figure's download menu (views/share-menu.ts), between the caption and the data table; none when absent. */
  readonly menu?: string;
}

/** The whole `<figure>`: the renderings, the caption, the download menu, and the data table in a `<details>`. */
export function chartFigureHtml(r: ChartRenderings, slot: FigureSlot): string {
  const id = slot.withId ? ` id="${esc(slot.name)}"` : '';
  return [
    `<figure class="chart"${id} data-chart="${esc(slot.name)}">`,
    `<div class="chart-renderings">${renderingsHtml(r)}</div>`,
    `<figcaption>${esc(r.caption)}</figcaption>`,
    slot.menu ?? '',
    `<details class="data-table"><summary>${esc(slot.dataTable)}</summary><div class="chart-table">${r.table}</div></details>`,
    '</figure>',
  ].join('');
}

/** Redraws a figure written by {@link chartFigureHtml} in place (the data table keeps its open state, the menu stays). */
export function fillChartFigure(figure: Element, r: ChartRenderings): void {
  const renderings = figure.querySelector('.chart-renderings');
  if (renderings) renderings.innerHTML = renderingsHtml(r);
  const caption = figure.querySelector('figcaption');
  if (caption) caption.textContent = r.caption;
  const table = figure.querySelector('.chart-table');
  if (table) table.innerHTML = r.table;
}
