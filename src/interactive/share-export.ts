/**
 * Makes the file a download menu asks for, from what the page shows now: the chart's rendering on
 * screen (SVG, PNG) or the rows of its tables (CSV, XLSX), with the source block (exports/source-block.ts)
 * naming the view's address, data source and filters. Loaded on the first click of a download button
 * (share.ts), so pages carry none of this, nor the XLSX writer, until someone asks for a file.
 */
import { toCsv } from '../exports/csv.ts';
import { toXlsx } from '../exports/xlsx.ts';
import { standaloneSvg, type LegendEntry } from '../exports/chart-svg.ts';
import { svgToPng } from '../exports/png.ts';
import { saveFile } from '../exports/save-file.ts';
import { decisionsFor, fileName, sourceLines, type FilterValue } from '../exports/source-block.ts';
import { tableCaption, tableData, type TableData } from '../exports/table-data.ts';
import type { ShareConfig } from '../views/share-config.ts';
import { readFilters, yearsOf } from './share-filters.ts';

export type ExportFormat = 'svg' | 'png' | 'csv' | 'xlsx';

const visible = (el: Element): boolean => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0;

/** The tables a menu downloads: its figure's data table, or the tables its target names in its scope. */
function tablesOf(menu: HTMLElement): HTMLTableElement[] {
  if (menu.dataset.shareMenu === 'figure') {
    const table = menu.closest('figure')?.querySelector<HTMLTableElement>('table.chart-table');
    return table ? [table] : [];
  }
  const scope = menu.closest('[data-share-scope]') ?? document;
  const found = [...scope.querySelectorAll(menu.dataset.shareTarget ?? 'table')];
  return found.flatMap((el) => (el instanceof HTMLTableElement ? [el] : [...el.querySelectorAll('table')]));
}

/** What the file is of: the figure's caption, the menu's own title, or the first table's caption. */
function titleOf(menu: HTMLElement, tables: readonly HTMLTableElement[]): string {
  const caption = menu.closest('figure')?.querySelector('figcaption')?.textContent?.trim() ?? '';
  if (menu.dataset.shareMenu === 'figure' && caption !== '') return caption;
  const table = tables[0] ? tableCaption(tables[0]) : '';
  return menu.dataset.shareTitle || table || caption || document.title;
}

/** The source block's lines for this menu, in the page's language: the part's own source, else the page's. */
function blockOf(menu: HTMLElement, config: ShareConfig, title: string, filters: readonly FilterValue[]): string[] {
  const part = menu.closest<HTMLElement>('[data-share-source]')?.dataset;
  const decisions = part?.shareDecisions ? (JSON.parse(part.shareDecisions) as Record<string, string>) : config.decisions;
  const years = part ? (part.shareYears ?? '').split(',').filter(Boolean).map(Number) : config.years;
  const sample = part ? part.shareSample !== undefined : config.sample;
  return sourceLines(
    {
      site: config.site,
      title,
      url: location.href,
      source: part?.shareSource ?? config.source,
      decisions: decisionsFor(decisions, yearsOf(menu), years),
      filters,
      sample: sample ? config.sampleLabel : null,
      edition: config.edition,
    },
    config.labels,
  );
}

/** Column widths in characters for the XLSX, from the longest text of each column (within reason). */
function widthsOf(data: TableData): number[] {
  return data.header.map((label, i) => {
    const longest = Math.max(label.length, ...data.rows.map((row) => String(row[i] ?? '').length));
    return Math.min(60, Math.max(8, longest + 2));
  });
}

function chartParts(menu: HTMLElement): { chart: SVGSVGElement; legend: LegendEntry[] } {
  const figure = menu.closest('figure');
  const shown = [...(figure?.querySelectorAll<HTMLElement>('.chart-at') ?? [])].find(visible);
  const chart = (shown ?? figure)?.querySelector<SVGSVGElement>('svg.chart-svg');
  if (!chart) throw new Error('no chart to download');
  const legend = [...(shown?.querySelectorAll('.chart-legend li') ?? [])].flatMap((li) => {
    const swatch = li.querySelector('svg');
    return swatch ? [{ swatch, label: li.textContent?.trim() ?? '' }] : [];
  });
  return { chart, legend };
}

async function make(menu: HTMLElement, format: ExportFormat, config: ShareConfig): Promise<{ blob: Blob; extension: string }> {
  const tables = tablesOf(menu);
  const title = titleOf(menu, tables);
  const block = blockOf(menu, config, title, readFilters(menu));
  if (format === 'svg' || format === 'png') {
    const { chart, legend } = chartParts(menu);
    const footer = block.slice(1);
    const file = standaloneSvg(document, { chart, legend, title, footer }, (el) => getComputedStyle(el));
    if (format === 'svg') return { blob: new Blob([file.svg], { type: 'image/svg+xml;charset=utf-8' }), extension: 'svg' };
    return { blob: await svgToPng(file.svg, file.width, file.height), extension: 'png' };
  }
  const data = tableData(tables, config.locale, config.labels.group);
  if (data.header.length === 0) throw new Error('no table to download');
  if (format === 'csv') {
    const csv = toCsv([...block.map((line) => [line]), [], data.header, ...data.rows]);
    return { blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }), extension: 'csv' };
  }
  const bytes = await toXlsx({ name: config.labels.sheet, title: block, header: data.header, rows: data.rows, widths: widthsOf(data) });
  return { blob: new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), extension: 'xlsx' };
}

/** Makes and saves the file; returns its name. */
export async function exportView(menu: HTMLElement, format: ExportFormat, config: ShareConfig): Promise<string> {
  const { blob, extension } = await make(menu, format, config);
  const name = fileName(location.pathname, location.search, menu.dataset.shareName ?? 'data', extension);
  saveFile(blob, name);
  return name;
}
