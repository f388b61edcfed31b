/**
 * The domain-trends chart's shared pieces: its colours, the context every panel of a drawing shares,
 * the break letters, the legend and the data table.
 */
import { pctText, yearText } from './chart-format.ts';
import type { DomainTrendsLabels, DomainTrendsOptions } from './domain-trends.ts';
import { dataTable } from './figure.ts';
import { chartLegend, type LegendItem } from './legend.ts';
import { NEUTRAL, OKABE_ITO } from './palette.ts';
import { breakYears, type TrendBreak, type TrendPanel } from './trend-panels.ts';

export const COLORS = { unit: OKABE_ITO.blue, median: NEUTRAL.text, band: '#BDBDBD', range: NEUTRAL.line, mean: OKABE_ITO.orange } as const;
export const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** What every panel of one drawing shares. */
export interface Context {
  readonly options: DomainTrendsOptions;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly panelWidth: number;
  readonly plotHeight: number;
  readonly domain: [number, number];
  readonly letters: Map<string, string>;
}

export const letterKey = (year: number, reason: TrendBreak): string => `${year}|${reason}`;

/** The labels with the unit's name ('' for none). */
export const labelsWithUnit = (labels: DomainTrendsLabels, unit: string): DomainTrendsLabels => ({ ...labels, unit });

/** The data table's header and rows: one row per series and year. */
function tableCells(panels: readonly TrendPanel[], options: DomainTrendsOptions): { head: string[]; body: string[][] } {
  const { labels, locale } = options;
  const pct = (v: number | null) => pctText(locale, v);
  const head = [labels.series, labels.year, labels.n, labels.median, labels.iqr, labels.range, labels.mean];
  if (labels.unit !== '') head.push(labels.unit);
  const body = panels.flatMap((p) =>
    p.years.map((y) => {
      const row = [
        p.label,
        y.break !== null && y.break !== 'gap' ? `${yearText(y.year)} (${labels.breaks[y.break]})` : yearText(y.year),
        String(y.n),
        pct(y.median),
        y.q1 === null ? '–' : `${pct(y.q1)}–${pct(y.q3)}`,
        y.min === null ? '–' : `${pct(y.min)}–${pct(y.max)}`,
        pct(y.mean),
      ];
      if (labels.unit !== '') row.push(pct(p.unit.find((u) => u.year === y.year)?.value ?? null));
      return row;
    }),
  );
  return { head, body };
}

/** The data table, as an element. */
export function tableOf(panels: readonly TrendPanel[], options: DomainTrendsOptions): HTMLTableElement {
  const { head, body } = tableCells(panels, options);
  return dataTable(options.document ?? globalThis.document, options.labels.title, head, body);
}

/** Text as the HTML serialiser writes it (jsdom and browsers: &, <, > and the no-break space escaped). */
const text = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('\u00a0', '&nbsp;');

/**
 * The data table as HTML (not visually hidden), the same markup as {@link tableOf}'s element gives:
 * the unit pages build hundreds of these, and a string costs a fraction of the elements.
 */
export function tableHtml(panels: readonly TrendPanel[], options: DomainTrendsOptions): string {
  const { head, body } = tableCells(panels, options);
  const th = head.map((h) => `<th scope="col">${text(h)}</th>`).join('');
  const rows = body.map(
    (cells) => `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row">${text(c)}</th>` : `<td>${text(c)}</td>`)).join('')}</tr>`,
  );
  return `<table class="chart-table"><caption>${text(options.labels.title)}</caption><thead><tr>${th}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The legend: the distribution's marks, the published mean, the unit, and each break letter. */
export function legendOf(document: Document, panels: readonly TrendPanel[], c: Context): HTMLElement {
  const { labels } = c.options;
  const items: LegendItem[] = [
    { label: labels.median, shape: 'line', color: COLORS.median },
    { label: labels.iqr, shape: 'band', color: COLORS.band },
    { label: labels.range, shape: 'ring', color: COLORS.range },
  ];
  if (panels.some((p) => p.few.length > 0)) items.push({ label: labels.few, shape: 'dot', color: COLORS.range });
  if (panels.some((p) => p.years.some((y) => y.mean !== null))) items.push({ label: labels.mean, shape: 'diamond', color: COLORS.mean });
  if (labels.unit !== '') items.push({ label: labels.unit, shape: 'line', color: COLORS.unit });
  for (const b of breakYears(panels)) {
    items.push({
      label: `${c.letters.get(letterKey(b.year, b.reason))}: ${yearText(b.year)}, ${labels.breaks[b.reason]}`,
      shape: 'break',
      color: NEUTRAL.secondaryText,
    });
  }
  return chartLegend(document, items);
}
