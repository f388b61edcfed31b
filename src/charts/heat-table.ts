/**
 * Heat table of lost points: an HTML table (not an SVG) of units × items, each cell coloured by the
 * share of the applicable maximum lost (classes `heat-0` … `heat-5`, N/A `heat-na`, unknown
 * `heat-unknown`; colours in charts.css, no inline styles). Each cell links to the unit's breakdown and
 * carries a tooltip shown on hover and on keyboard focus. The table scrolls inside `.heat-scroll` with
 * the unit names and item codes sticky, so a phone scrolls the table, not the page.
 */
import { pctText, pointsText } from './chart-format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { compareVi } from '../i18n/search.ts';
import { HEAT_BOUNDS, heatBin, heatGrid, type HeatCell, type HeatGrid } from './heat-data.ts';
import type { Locale } from '../i18n/locales.ts';

export { heatBin, type HeatCell } from './heat-data.ts';

/** Texts of the heat table (i18n keys `charts.heat.*`). */
export interface HeatTableLabels {
  /** Header of the unit names' column. */
  readonly unit: string;
  /** Header of the column of each unit's points lost. */
  readonly total: string;
  /** Title of the legend: what the colours measure. */
  readonly legend: string;
  /** Legend entry of heat-0. */
  readonly none: string;
  readonly notApplicable: string;
  /** Written in N/A cells, e.g. "N/A". */
  readonly notApplicableShort: string;
  readonly unknown: string;
  readonly max: string;
  readonly final: string;
  readonly lost: string;
  readonly reason: string;
  readonly noReason: string;
  /** A cell link's accessible name: template with `{unit}`, `{item}`, `{value}`. */
  readonly cell: string;
  /** The value of a scored cell: template with `{lost}`, `{max}`. */
  readonly lostOf: string;
}

export interface HeatTableOptions {
  readonly locale: Locale;
  readonly labels: HeatTableLabels;
  /** The figure's caption, e.g. "Điểm bị trừ theo đơn vị và tiêu chí thành phần, năm 2024". */
  readonly caption: string;
  /** The link of a cell: the unit's breakdown, at the item. */
  readonly unitHref: (unitId: string, itemCode: string) => string;
  readonly document?: Document;
  /** Prefix of the ids in the output; give each table on a page its own. Defaults to "heat-table". */
  readonly id?: string;
}

/** From which share of the columns the tooltip opens to the left, and of the rows upwards (see charts.css). */
const FLIP = { columns: 0.5, rows: 0.5 } as const;

type El = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => HTMLElementTagNameMap[K];

function maker(document: Document): El {
  return (tag, className, text) => {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  };
}

/** What a cell says: its visible text and its accessible value. */
function cellText(cell: HeatCell | undefined, options: HeatTableOptions): { visible: string; value: string } {
  const { labels, locale } = options;
  // The accessible name must contain the visible text (WCAG 2.5.3), so "N/A" is in it too.
  if (cell && !cell.applicable)
    return { visible: labels.notApplicableShort, value: `${labels.notApplicableShort}, ${labels.notApplicable}` };
  if (!cell || cell.lost_points === null || cell.lost_share === null) return { visible: '–', value: labels.unknown };
  const lost = pointsText(locale, cell.lost_points);
  return { visible: lost, value: interpolate(labels.lostOf, { lost, max: pointsText(locale, cell.max_points) }) };
}

/** The tooltip's lines: unit, item, then the figures and the reason (or why there are none). */
function tooltipLines(unit: string, item: string, cell: HeatCell | undefined, options: HeatTableOptions): string[] {
  const { labels, locale } = options;
  const lines = [unit, item];
  if (cell && !cell.applicable) return [...lines, labels.notApplicable];
  if (!cell || cell.lost_points === null) return [...lines, labels.unknown];
  const share = cell.lost_share === null ? '' : ` (${pctText(locale, cell.lost_share * 100, 0)})`;
  lines.push(
    `${labels.max}: ${pointsText(locale, cell.max_points)}`,
    `${labels.final}: ${pointsText(locale, cell.final_score)}`,
    `${labels.lost}: ${pointsText(locale, cell.lost_points)}${share}`,
  );
  if (cell.lost_points > 0) lines.push(`${labels.reason}: ${cell.reason_vi ?? labels.noReason}`);
  return lines;
}

interface Place {
  readonly row: number;
  readonly col: number;
  readonly grid: HeatGrid;
}

function dataCell(el: El, place: Place, options: HeatTableOptions, prefix: string): HTMLTableCellElement {
  const unit = place.grid.units[place.row];
  const item = place.grid.items[place.col];
  const cell = unit && item ? place.grid.cell(unit.id, item.id) : undefined;
  const td = el('td', cell ? heatBin(cell.lost_share, cell.applicable) : 'heat-unknown');
  if (!unit || !item) return td;
  if (place.col >= place.grid.items.length * FLIP.columns && place.grid.items.length > 4) td.classList.add('heat-flip-x');
  if (place.row >= place.grid.units.length * FLIP.rows) td.classList.add('heat-flip-y');
  const { visible, value } = cellText(cell, options);
  const tipId = `${prefix}-tip-${place.row + 1}-${place.col + 1}`;
  const link = el('a', undefined, visible);
  link.href = options.unitHref(unit.id, item.id);
  link.setAttribute('aria-label', interpolate(options.labels.cell, { unit: unit.label, item: item.id, value }));
  link.setAttribute('aria-describedby', tipId);
  // One text with line breaks (CSS white-space: pre-line) rather than an element a line: a table of
  // 150 × 90 cells has 13,500 tooltips, and elements are what costs time in jsdom and memory on phones.
  const tip = el('span', 'heat-tip', tooltipLines(unit.label, `${item.id} ${item.label}`, cell, options).join('\n'));
  tip.id = tipId;
  tip.setAttribute('role', 'tooltip');
  td.append(link, tip);
  return td;
}

function headRow(el: El, grid: HeatGrid, labels: HeatTableLabels): HTMLTableSectionElement {
  const thead = el('thead');
  const tr = thead.insertRow();
  const th = (className: string, child: Node | string) => {
    const cell = el('th', className);
    cell.scope = 'col';
    cell.append(child);
    tr.append(cell);
  };
  th('heat-corner', labels.unit);
  th('heat-col heat-col--total', el('span', undefined, labels.total));
  for (const item of grid.items) {
    const abbr = el('abbr', undefined, item.id);
    abbr.title = `${item.id} ${item.label}`;
    const span = el('span');
    span.append(abbr);
    th('heat-col', span);
  }
  return thead;
}

function bodyRows(el: El, grid: HeatGrid, options: HeatTableOptions, prefix: string): HTMLTableSectionElement {
  const tbody = el('tbody');
  grid.units.forEach((unit, row) => {
    const tr = tbody.insertRow();
    const th = el('th', 'heat-unit', unit.label);
    th.scope = 'row';
    tr.append(th, el('td', 'heat-total', pointsText(options.locale, unit.lost)));
    grid.items.forEach((_, col) => tr.append(dataCell(el, { row, col, grid }, options, prefix)));
  });
  return tbody;
}

/** The bins' legend; aria-hidden, as every cell's accessible name already says what its colour does. */
function legend(el: El, options: HeatTableOptions): HTMLElement {
  const { labels, locale } = options;
  const pct = (x: number) => pctText(locale, x * 100, 0);
  const bounds = [0, ...HEAT_BOUNDS];
  const entries: [string, string, string][] = [
    ['heat-0', '0', labels.none],
    ...HEAT_BOUNDS.map((hi, i): [string, string, string] => {
      const lo = bounds[i] ?? 0;
      const text = i === 0 ? `≤ ${pct(hi)}` : i === HEAT_BOUNDS.length - 1 ? `> ${pct(lo)}` : `${pct(lo).replace(/\s?%$/, '')}–${pct(hi)}`;
      return [`heat-${i + 1}`, '', text];
    }),
    ['heat-na', labels.notApplicableShort, labels.notApplicable],
    ['heat-unknown', '–', labels.unknown],
  ];
  const box = el('div', 'heat-legend');
  box.setAttribute('aria-hidden', 'true');
  const list = el('ul');
  for (const [bin, mark, text] of entries) {
    const li = el('li');
    li.append(el('span', `heat-swatch ${bin}`, mark), text);
    list.append(li);
  }
  box.append(el('span', 'heat-legend-title', labels.legend), list);
  return box;
}

/** The heat table of points lost, units × items. */
export function heatTable(cells: readonly HeatCell[], options: HeatTableOptions): HTMLElement {
  const el = maker(options.document ?? globalThis.document);
  const prefix = options.id ?? 'heat-table';
  const grid = heatGrid(cells, compareVi);
  const figure = el('figure', 'chart chart--heat-table');
  const caption = el('figcaption', undefined, options.caption);
  caption.id = `${prefix}-caption`;
  const scroll = el('div', 'heat-scroll');
  scroll.tabIndex = 0;
  scroll.setAttribute('role', 'region');
  scroll.setAttribute('aria-labelledby', caption.id);
  const table = el('table', 'heat-table');
  table.setAttribute('aria-labelledby', caption.id);
  table.append(headRow(el, grid, options.labels), bodyRows(el, grid, options, prefix));
  scroll.append(table);
  figure.append(caption, legend(el, options), scroll);
  return figure;
}
