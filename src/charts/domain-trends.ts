/**
 * Domain trends as small multiples: one panel per series (the total, then each domain), the
 * distribution across units per year (median line, interquartile band, best and worst as small
 * circles), the published mean where there is one, and a chosen unit in colour. All panels share
 * one y scale (percent of the applicable maximum) and the index's years. A dashed rule with a letter
 * marks each break (a new framework in which the domain changed, a reorganisation of units); no line
 * crosses it. Years resting on fewer than MIN_BAND_UNITS units show each unit's value instead of a
 * band. The panels are drawn one by one with Plot and placed in a grid inside one SVG, each with its
 * name wrapped whole above it; the grid has four, two or one columns (panelColumns).
 */
import * as Plot from '@observablehq/plot';
import { pctText, yearText } from './chart-format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import { chartFigure, finishSvg } from './figure.ts';
import { wrapText, yearTicks } from './layout.ts';
import { NEUTRAL } from './palette.ts';
import { COLORS, LETTERS, legendOf, letterKey, tableHtml, tableOf, type Context } from './trend-parts.ts';
import { tipLine, withTips } from './tips.ts';
import { unitOverlay, type PanelScales } from './trend-overlay.ts';
import type { BaseChartOptions } from './types.ts';
import {
  breakYears,
  MIN_BAND_UNITS,
  panelColumns,
  segmentsOf,
  sharedDomain,
  type PanelPoint,
  type PanelYear,
  type TrendBreak,
  type TrendPanel,
} from './trend-panels.ts';

export type { TrendPanel } from './trend-panels.ts';

/** Texts of the chart (i18n keys `charts.domainTrends.*`). */
export interface DomainTrendsLabels {
  readonly title: string;
  /** Template with `{count}` (panels) and `{from}`, `{to}` (years). */
  readonly summary: string;
  readonly series: string;
  readonly year: string;
  readonly n: string;
  readonly median: string;
  readonly iqr: string;
  readonly range: string;
  readonly mean: string;
  readonly few: string;
  /** The chosen unit's name; '' when none is chosen. */
  readonly unit: string;
  /** Short name of each kind of break, e.g. "bộ tiêu chí mới". */
  readonly breaks: Readonly<Record<TrendBreak, string>>;
}

export interface DomainTrendsOptions extends BaseChartOptions<DomainTrendsLabels> {
  /** Every year of the index, ascending (the x domain of every panel). */
  readonly years: readonly number[];
}

const GAP = 16;
const MARGIN = { left: 40, right: 8, bottom: 22, marks: 14 };
const SVG_NS = 'http://www.w3.org/2000/svg';

function marks(panel: TrendPanel, title: string[], titleBand: number, c: Context): Plot.Markish[] {
  const { options, fontSize } = c;
  const { locale, labels } = options;
  const banded = segmentsOf(
    panel.years.filter((y) => y.n >= MIN_BAND_UNITS),
    options.years,
    (y) => y.median,
  );
  const breaks = panel.years.filter((y) => y.break !== null && y.break !== 'gap');
  const means = panel.years.filter((y) => y.mean !== null);
  const medianTip = (y: PanelYear & { segment: number }) => ({
    series: `${panel.series}-median`,
    lines: [`${labels.median} ${yearText(y.year)}`, tipLine(panel.label, pctText(locale, y.median)), tipLine(labels.n, String(y.n))],
  });
  return [
    Plot.text([title.join('\n')], {
      frameAnchor: 'top-left',
      dx: -MARGIN.left,
      dy: -(titleBand + MARGIN.marks),
      lineAnchor: 'top',
      lineHeight: c.lineHeight / fontSize,
      fontSize,
      fontWeight: 600,
      fill: NEUTRAL.text,
    }),
    Plot.gridY({ ticks: 4, stroke: NEUTRAL.grid, strokeOpacity: 1 }),
    Plot.axisY({ ticks: 4, tickFormat: (v: number) => pctText(locale, v, 0), label: null, tickSize: 0, fontSize }),
    Plot.axisX(yearTicks([...options.years], c.panelWidth - MARGIN.left - MARGIN.right), {
      tickFormat: yearText,
      label: null,
      fontSize,
    }),
    Plot.ruleX(breaks, { x: (y: PanelYear) => y.year - 0.5, stroke: NEUTRAL.secondaryText, strokeDasharray: '3 3' }),
    Plot.text(breaks, {
      x: (y: PanelYear) => y.year - 0.5,
      frameAnchor: 'top',
      dy: -MARGIN.marks + 2,
      lineAnchor: 'top',
      text: (y: PanelYear) => c.letters.get(letterKey(y.year, y.break!)) ?? '',
      fontSize,
      fontStyle: 'italic',
      fill: NEUTRAL.secondaryText,
    }),
    Plot.areaY(banded, { x: 'year', y1: 'q1', y2: 'q3', z: 'segment', fill: COLORS.band, fillOpacity: 0.45 }),
    Plot.line(banded, { x: 'year', y: 'median', z: 'segment', stroke: COLORS.median, strokeWidth: 1.5 }),
    Plot.dot(banded, { x: 'year', y: 'median', r: 2.5, fill: COLORS.median, ...withTips(banded, medianTip) }),
    Plot.dot(
      banded.flatMap((y) => [y.min, y.max].map((v) => ({ year: y.year, v }))),
      { x: 'year', y: 'v', r: 2, stroke: COLORS.range, fill: 'white', strokeWidth: 1 },
    ),
    Plot.dot(panel.few, { x: 'year', y: 'value', r: 2.5, fill: COLORS.range, fillOpacity: 0.8 }),
    Plot.dot(means, { x: 'year', y: 'mean', symbol: 'diamond', r: 4, fill: COLORS.mean, stroke: NEUTRAL.text, strokeWidth: 0.5 }),
  ];
}

/** One panel drawn by Plot, its children to be moved into the grid. */
function panelSvg(panel: TrendPanel, title: string[], titleBand: number, c: Context): SVGSVGElement {
  const first = c.options.years[0] ?? 0;
  const last = c.options.years.at(-1) ?? first;
  return Plot.plot({
    document: c.options.document ?? globalThis.document,
    width: c.panelWidth,
    height: titleBand + MARGIN.marks + c.plotHeight + MARGIN.bottom,
    marginTop: titleBand + MARGIN.marks,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    x: { domain: first === last ? [first - 1, last + 1] : [first - 0.5, last + 0.5] },
    y: { domain: c.domain },
    marks: marks(panel, title, titleBand, c),
  }) as SVGSVGElement;
}

/** The distribution panels drawn once, and where each panel sits, ready for any unit's line. */
export interface DomainTrendsBase {
  readonly panels: readonly TrendPanel[];
  readonly options: DomainTrendsOptions;
  /** The grid of panels, without any unit; cloned for each unit. */
  readonly svg: SVGSVGElement;
  readonly scales: ReadonlyMap<string, PanelScales>;
  readonly context: Context;
}

/** Draws every panel's distribution with Plot and places the panels in a grid (4, 2 or 1 columns). */
export function domainTrendsBase(panels: readonly TrendPanel[], options: DomainTrendsOptions): DomainTrendsBase {
  const document = options.document ?? globalThis.document;
  const fontSize = options.width < 480 ? 11 : 12;
  const cols = Math.min(panelColumns(options.width), Math.max(1, panels.length));
  const panelWidth = Math.floor((options.width - GAP * (cols - 1)) / cols);
  const letters = new Map(breakYears(panels).map((b, i) => [letterKey(b.year, b.reason), LETTERS[i] ?? '*']));
  const c: Context = {
    options,
    fontSize,
    lineHeight: Math.round(fontSize * 1.3),
    panelWidth,
    plotHeight: options.width < 480 ? 110 : 120,
    domain: sharedDomain(panels),
    letters,
  };
  const titles = panels.map((p) => wrapText(p.label, panelWidth - 4, fontSize));
  const outer = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  const scales = new Map<string, PanelScales>();
  let y = 0;
  for (let row = 0; row * cols < panels.length; row += 1) {
    const inRow = panels.slice(row * cols, row * cols + cols);
    const lines = Math.max(...inRow.map((_, i) => titles[row * cols + i]?.length ?? 1));
    const titleBand = lines * c.lineHeight + 4;
    let height = 0;
    inRow.forEach((panel, i) => {
      const svg = panelSvg(panel, titles[row * cols + i] ?? [], titleBand, c);
      const g = document.createElementNS(SVG_NS, 'g');
      g.setAttribute('transform', `translate(${i * (panelWidth + GAP)},${y})`);
      g.setAttribute('data-panel', panel.series);
      g.append(...svg.childNodes);
      const slot = document.createElementNS(SVG_NS, 'g');
      slot.setAttribute('data-unit-slot', panel.series);
      g.append(slot);
      outer.append(g);
      height = Number(svg.getAttribute('height'));
      scales.set(panel.series, panelScales(titleBand, height, c));
    });
    y += height + GAP;
  }
  const height = Math.max(0, y - GAP);
  for (const [name, value] of Object.entries({ width: options.width, height, viewBox: `0 0 ${options.width} ${height}` })) {
    outer.setAttribute(name, String(value));
  }
  finishSvg(outer, `${options.labels.title}. ${summaryOf(panels, options)}`, fontSize);
  return { panels, options, svg: outer, scales, context: c };
}

/** The panel's scales, as Plot drew them: x over the index's years, y over the shared domain. */
function panelScales(titleBand: number, height: number, c: Context): PanelScales {
  const first = c.options.years[0] ?? 0;
  const last = c.options.years.at(-1) ?? first;
  return {
    x: { domain: first === last ? [first - 1, last + 1] : [first - 0.5, last + 0.5], range: [MARGIN.left, c.panelWidth - MARGIN.right] },
    y: { domain: c.domain, range: [height - MARGIN.bottom, titleBand + MARGIN.marks] },
  };
}

/** The image's summary: how many panels, over which years. */
const summaryOf = (panels: readonly TrendPanel[], options: DomainTrendsOptions): string =>
  interpolate(options.labels.summary, {
    count: panels.length,
    from: yearText(options.years[0] ?? 0),
    to: yearText(options.years.at(-1) ?? 0),
  });

const slotHtml = (series: string): string => `<g data-unit-slot="${series}"></g>`;

const panelsWithUnit = (base: DomainTrendsBase, unit: ReadonlyMap<string, readonly PanelPoint[]>): TrendPanel[] =>
  base.panels.map((p) => ({ ...p, unit: unit.get(p.series) ?? [] }));

/** The unit's line in one panel, or null when the unit has no value there. */
function overlayOf(base: DomainTrendsBase, panel: TrendPanel, unitLabel: string): SVGGElement | null {
  const scales = base.scales.get(panel.series);
  if (!scales || panel.unit.length === 0) return null;
  const { options } = base;
  return unitOverlay(panel.unit, scales, {
    document: options.document ?? globalThis.document,
    locale: options.locale,
    years: options.years,
    color: COLORS.unit,
    unitLabel,
    seriesLabel: panel.label,
    series: panel.series,
  });
}

/**
 * The figure of `base` with a unit's line in every panel (`unit` by series; its name in `unitLabel`,
 * '' for none): the unit pages draw the base once per index and add each unit here.
 */
export function withUnit(base: DomainTrendsBase, unit: ReadonlyMap<string, readonly PanelPoint[]>, unitLabel: string): HTMLElement {
  const { options } = base;
  const document = options.document ?? globalThis.document;
  const svg = base.svg.cloneNode(true) as SVGSVGElement;
  const panels = panelsWithUnit(base, unit);
  const withLabel = { ...options, labels: { ...options.labels, unit: unitLabel } };
  for (const panel of panels) {
    const overlay = overlayOf(base, panel, unitLabel);
    if (overlay) svg.querySelector(`g[data-unit-slot="${panel.series}"]`)?.replaceWith(overlay);
  }
  return chartFigure({
    document,
    name: 'domain-trends',
    idPrefix: options.id,
    svg,
    fontSize: base.context.fontSize,
    ariaLabel: `${options.labels.title}. ${summaryOf(panels, options)}`,
    legend: legendOf(document, panels, { ...base.context, options: withLabel }),
    table: tableOf(panels, withLabel),
    finished: true,
  });
}

/** The small multiples of every series of an index, with `options.labels.unit`'s line where panels hold one. */
export function domainTrends(panels: readonly TrendPanel[], options: DomainTrendsOptions): HTMLElement {
  const base = domainTrendsBase(panels, options);
  return withUnit(base, new Map(panels.map((p) => [p.series, p.unit])), options.labels.unit);
}

/** The figure's SVG (with its legend) and data table as HTML, as views/figure-html.ts gives them. */
export interface TrendsFigureHtml {
  readonly svg: string;
  readonly table: string;
}

const serialised = new WeakMap<DomainTrendsBase, string>();

/**
 * {@link withUnit} as HTML, for the build's hundreds of unit pages: the base drawing is serialised
 * once and each unit's line replaces its panel's empty slot as text (a test checks that the markup
 * equals withUnit's).
 */
export function withUnitHtml(
  base: DomainTrendsBase,
  unit: ReadonlyMap<string, readonly PanelPoint[]>,
  unitLabel: string,
): TrendsFigureHtml {
  const document = base.options.document ?? globalThis.document;
  let svg = serialised.get(base);
  if (svg === undefined) {
    svg = base.svg.outerHTML;
    serialised.set(base, svg);
  }
  const panels = panelsWithUnit(base, unit);
  for (const panel of panels) {
    const overlay = overlayOf(base, panel, unitLabel);
    if (overlay) svg = svg.replace(slotHtml(panel.series), overlay.outerHTML);
  }
  const withLabel = { ...base.options, labels: { ...base.options.labels, unit: unitLabel } };
  const legend = legendOf(document, panels, { ...base.context, options: withLabel });
  return { svg: svg + legend.outerHTML, table: tableHtml(panels, withLabel) };
}
