/**
 * A unit page's "why the rank changed" for one index, pre-rendered for the latest comparable pair of
 * years and redrawn in the browser for another pair (src/interactive/explain-explorer.ts): the sentence,
 * the note when the score rose but the rank fell, the waterfall by domain, each domain opened into its
 * items where the index has detail, and "what would it take". A unit without a total in one of the
 * years gets the sentence alone.
 */
import { waterfallChart, type WaterfallRow } from '../charts/waterfall.ts';
import { nextGroup, nextRank, overtakers } from '../explain/gaps.ts';
import { domainLevels, type DomainLevel } from '../explain/waterfall-levels.ts';
import { waterfallOf, type Waterfall, type WaterfallStep } from '../explain/waterfall-steps.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { nameOf } from '../i18n/names.ts';
import { t, translator } from '../i18n/translate.ts';
import type { ItemChangeRow } from '../queries/item-changes.ts';
import type { RecoverableItem } from '../queries/what-it-takes.ts';
import { gradeOf } from '../ranking/grades.ts';
import { cell, esc, table } from '../tables/html.ts';
import { COLUMN_CHART_WIDTHS, atChartWidths, chartFigureHtml, type ChartRenderings } from './chart-widths.ts';
import { explainControlsHtml } from './explain-controls.ts';
import type { IndexExplain } from './explain-source.ts';
import type { ExplainConfig } from './explain-state.ts';
import { explainSentence, nextGroupText, nextRankText, overtakenNote } from './explain-text.ts';
import { figureHtml } from './figure-html.ts';
import { shareMenuHtml } from './share-menu.ts';

const pts = (locale: Locale, x: number | null) => (x === null ? '–' : formatNumber(locale, x, Number.isInteger(x) ? 0 : 2));

function stepLabel(locale: Locale, s: WaterfallStep): string {
  const tr = translator(locale);
  if (s.kind === 'residual') return tr('explain.residual');
  const name = `${s.key} ${nameOf(locale, s)}`;
  const note = locale === 'en' ? s.note_en : s.note_vi;
  const relation = s.relation === null ? '' : tr(`trends.relation.${s.relation}` as Parameters<typeof tr>[0]);
  const tags = [s.year === null ? '' : String(s.year), relation, note ?? ''].filter((x) => x !== '');
  return tags.length === 0 ? name : `${name} (${tags.join('; ')})`;
}

function rowsOf(locale: Locale, w: Waterfall): WaterfallRow[] {
  const total = (year: number, value: number): WaterfallRow => ({
    label: w.measure === 'pct' ? t(locale, 'explain.totalPct', { year }) : t(locale, 'explain.total', { year }),
    kind: 'total',
    value,
  });
  const steps = w.steps.map((s): WaterfallRow => ({
    label: stepLabel(locale, s),
    kind: s.kind === 'residual' ? 'other' : 'step',
    value: s.value,
  }));
  return [total(w.from, w.start), ...steps, total(w.to, w.end)];
}

function figure(document: Document, locale: Locale, w: Waterfall, unitName: string, id: string): ChartRenderings {
  const tr = translator(locale);
  const change = w.end - w.start;
  const labels = {
    title: tr('charts.waterfall.title', { from: w.from, to: w.to }),
    summary: tr('charts.waterfall.summary', {
      unit: unitName,
      start: pts(locale, Math.round(w.start * 100) / 100),
      end: pts(locale, Math.round(w.end * 100) / 100),
      change: pts(locale, Math.round(change * 100) / 100),
    }),
    item: tr('charts.waterfall.item'),
    change: tr('charts.waterfall.change'),
    runningTotal: tr('charts.waterfall.runningTotal'),
    suffix: w.measure === 'pct' ? tr('charts.waterfall.pp') : '',
  };
  const caption = tr(w.measure === 'pct' ? 'explain.captionPct' : 'explain.captionPoints', { from: w.from, to: w.to });
  const rows = rowsOf(locale, w);
  return atChartWidths(
    (width) => figureHtml(waterfallChart(rows, { width, locale, labels, document, id: `${id}-${width}` }), caption),
    COLUMN_CHART_WIDTHS,
  );
}

function itemsTable(locale: Locale, items: readonly ItemChangeRow[], from: number, to: number): string {
  if (items.length === 0) return '';
  const tr = translator(locale);
  const body = items.map((r) => [
    cell(`${esc(r.item_code)} ${esc(nameOf(locale, r))}`, { header: true }),
    cell(esc(pts(locale, r.from_score)), { num: true }),
    cell(esc(pts(locale, r.to_score)), { num: true }),
    cell(`<span class="${r.change > 0 ? 'up' : 'down'}">${esc((r.change > 0 ? '+' : '\u2212') + pts(locale, Math.abs(r.change)))}</span>`, {
      num: true,
    }),
  ]);
  const headers = [
    { label: tr('explain.col.item') },
    { label: String(from), num: true },
    { label: String(to), num: true },
    { label: tr('charts.waterfall.change'), num: true },
  ];
  return `<details class="explain-items"><summary>${esc(tr('explain.itemsSummary'))}</summary>${table(tr('explain.itemsCaption', { from, to }), headers, body)}</details>`;
}

function recoverableList(locale: Locale, items: readonly RecoverableItem[], year: number): string {
  if (items.length === 0) return '';
  const tr = translator(locale);
  const li = items.map((r) => {
    const reason = r.reason_vi ? ` — <span lang="vi">${esc(r.reason_vi)}</span>` : '';
    return `<li>${esc(`${r.item_code} ${nameOf(locale, r)}: `)}<strong>${esc(tr('explain.lost', { lost: pts(locale, r.lost_points), max: pts(locale, r.max_points) }))}</strong>${reason}</li>`;
  });
  // The reasons are the council's own words, in Vietnamese on every page: said once, where they are.
  const quoted = items.some((r) => r.reason_vi) ? ` ${esc(tr('explain.reasonsQuoted'))}` : '';
  return `<li>${esc(tr('explain.recoverable', { year }))}<ol data-recoverable>${li.join('')}</ol>${quoted}</li>`;
}

/**
 * The waterfall's second level: a `<details>` per domain bar, listing the items that make it up. Kept
 * terse (no column heads, the sign's colour on the cell): it is in every unit page's HTML.
 */
function levelsHtml(locale: Locale, levels: readonly DomainLevel[]): string {
  if (levels.length === 0) return '';
  const tr = translator(locale);
  const value = (x: number) => esc((x > 0 ? '+' : '\u2212') + pts(locale, Math.abs(Math.round(x * 100) / 100)));
  const row = (name: string, x: number) => `<tr><th>${esc(name)}</th><td class="${x > 0 ? 'up' : 'down'}">${value(x)}</td></tr>`;
  const parts = levels.map((l) => {
    const rows = l.items.map((r) => row(`${r.item_code} ${nameOf(locale, r)}`, r.change));
    if (l.rest !== 0) rows.push(row(tr('explain.domainItems.rest'), l.rest));
    const head = `${esc(`${l.step.key} ${nameOf(locale, l.step)}`)} <span class="${l.step.value > 0 ? 'up' : 'down'}">${value(l.step.value)}</span>`;
    return `<details><summary>${head}</summary><table>${rows.join('')}</table></details>`;
  });
  return `<div class="explain-levels" data-explain-levels><h4>${esc(tr('explain.domainItems.heading'))}</h4>${parts.join('')}</div>`;
}

/** The block's heading for a pair of years. */
export function explainHeading(locale: Locale, from: number, to: number): string {
  return t(locale, 'explain.heading', { from, to });
}

interface ExplainParams {
  unitId: string;
  unitName: string;
  indexId: string;
  explain: IndexExplain;
}

/**
 * What the block shows for the unit and the explanation's pair of years: the sentence, the overtaken
 * note, the waterfall with its second level, the sub-criteria that changed most and "what would it
 * take"; null when the unit has no total in the later year. The same at build time and in the browser.
 */
export function explainBody(document: Document, locale: Locale, p: ExplainParams): string | null {
  const { explain: ex, unitId, indexId } = p;
  const row = ex.data.totals.find((r) => r.unit_id === unitId);
  // No total in the later year (a unit missing from a partial published year, or ended): nothing to explain,
  // and a heading "why the rank changed, <from> → <to>" would promise what it cannot give.
  if (!row || row.to_pct === null) return null;
  const tr = translator(locale);
  const out = [`<p data-explain-sentence>${esc(explainSentence(locale, row, ex.from, ex.to))}</p>`];
  const note = overtakenNote(locale, row, overtakers(ex.data.totals, unitId));
  if (note !== '') out.push(`<p class="note" data-explain-overtaken>${esc(note)}</p>`);
  const w = waterfallOf(ex.data, { unitId, from: ex.from, to: ex.to });
  if (w !== null) {
    const name = `explain-${indexId}`;
    const menu = shareMenuHtml(locale, { kind: 'figure', name });
    out.push(
      chartFigureHtml(figure(document, locale, w, p.unitName, name), { name, withId: true, dataTable: tr('chart.dataTable'), menu }),
    );
    out.push(levelsHtml(locale, domainLevels(w, ex.domainItems.get(unitId) ?? [])));
    out.push(itemsTable(locale, ex.items.get(unitId) ?? [], ex.from, ex.to));
  } else if (row.from_pct !== null) out.push(`<p class="note">${esc(tr('explain.noDomains'))}</p>`);
  const takes = [
    nextRankText(locale, nextRank(ex.data.totals, unitId), row.rank, ex.to),
    nextGroupText(locale, nextGroup(row.to_pct, row.to_max, ex.thresholds), gradeOf(row.to_pct, ex.thresholds) === 'A'),
  ]
    .filter((x) => x !== '')
    .map((x) => `<li>${esc(x)}</li>`);
  const list = takes.join('') + recoverableList(locale, ex.recoverable.get(unitId) ?? [], ex.to);
  if (list !== '') out.push(`<h4>${esc(tr('explain.takesHeading'))}</h4><ul class="explain-takes" data-what-it-takes>${list}</ul>`);
  return out.join('');
}

/** The years the unit can choose between: those with its total, and the pre-rendered pair's. */
function yearsOf(ex: IndexExplain, unitId: string): number[] {
  return [...new Set([...(ex.years.get(unitId) ?? []), ex.from, ex.to])].sort((a, b) => a - b);
}

/**
 * The block's HTML for the unit in the index: heading, the year-pair choice (explain-controls.ts) and
 * the body in the slot the browser redraws; '' when the unit has no total in the later year.
 */
export function explainHtml(document: Document, locale: Locale, p: ExplainParams): string {
  const body = explainBody(document, locale, p);
  if (body === null) return '';
  const { explain: ex, unitId, indexId } = p;
  const tr = translator(locale);
  const headingId = `explain-heading-${indexId}`;
  const config: ExplainConfig = {
    indexId,
    locale,
    unitId,
    unitName: p.unitName,
    years: yearsOf(ex, unitId),
    from: ex.from,
    to: ex.to,
    labels: { loading: tr('engine.loading'), error: tr('engine.failed') },
  };
  return [
    `<section class="explain" aria-labelledby="${headingId}" data-explain="${esc(indexId)}">`,
    `<h3 id="${headingId}" data-explain-heading>${esc(explainHeading(locale, ex.from, ex.to))}</h3>`,
    explainControlsHtml(locale, config),
    `<div data-explain-slot>${body}</div>`,
    '</section>',
  ].join('');
}
