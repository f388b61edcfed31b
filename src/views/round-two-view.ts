/**
 * The appraisal rounds on a unit's lost-points analysis: the sub-criteria explained in round 2 with the
 * score at each stage (self → round 1 → proposed → final) and what each explanation won back, and the
 * round-2 appendix as an XLSX file in the letter's layout (seeds/003). The same HTML at build time and in
 * the browser; the appendix file is made by round-two-file.ts (kept apart so the browser never loads the XLSX
 * writer) in the worksheets step (src/views/worksheets-all.ts).
 */
import { formatNumber, formatPct } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { nameOf } from '../i18n/names.ts';
import { t, type MessageKey } from '../i18n/translate.ts';
import type { RoundTwo, RoundTwoItem } from '../lost-points/round-two.ts';
import { esc } from '../tables/html.ts';

/** The appendix's file path under the site, beside the unit's worksheets. */
export function appendixPath(indexId: string, unitId: string, year: number): string {
  return `/worksheets/${indexId}/${unitId}-${year}-round2.xlsx`;
}

const COLUMNS = ['self', 'r1', 'proposed', 'final', 'recovered'] as const;

function itemRow(i: RoundTwoItem, locale: Locale, heads: Readonly<Record<(typeof COLUMNS)[number], string>>): string {
  const r = i.item;
  const values = {
    self: r.self_score,
    r1: r.appraisal_r1,
    proposed: r.proposed_score,
    final: r.final_score,
    recovered: i.recovered,
  };
  const cells = COLUMNS.map((c) => {
    const won = c === 'recovered' && (i.recovered ?? 0) > 0 ? ' rt-won' : '';
    return `<td class="num${won}" data-label="${esc(heads[c])}">${esc(formatNumber(locale, values[c], 2))}</td>`;
  }).join('');
  return `<tr class="bd-lost-row" data-item="${esc(r.item_code)}"><th scope="row"><span class="bd-code">${esc(r.item_code)}</span> ${esc(nameOf(locale, r))}</th>${cells}</tr>`;
}

/** The section "Round-2 explanations" for the year; empty when no item was explained. */
export function roundTwoHtml(rounds: RoundTwo, locale: Locale, year: number): string {
  if (rounds.items.length === 0) return '';
  const k = (key: string, params?: Readonly<Record<string, string | number>>) => t(locale, key as MessageKey, params);
  const heads = Object.fromEntries(COLUMNS.map((c) => [c, k(`lost.rounds.col.${c}`)])) as Record<(typeof COLUMNS)[number], string>;
  const summary = k('lost.rounds.summary', {
    year,
    n: rounds.items.length,
    won: rounds.won,
    rate: formatPct(locale, (100 * rounds.won) / rounds.items.length, 0),
    asked: formatNumber(locale, rounds.asked, 2),
    recovered: formatNumber(locale, rounds.recovered, 2),
  });
  const head = [k('lost.rounds.col.item'), ...COLUMNS.map((c) => heads[c])]
    .map((h, i) => `<th scope="col"${i > 0 ? ' class="num"' : ''}>${esc(h)}</th>`)
    .join('');
  const body = rounds.items.map((i) => itemRow(i, locale, heads)).join('');
  return [
    `<div class="rounds" data-rounds><h4>${esc(k('lost.rounds.heading'))}</h4>`,
    `<p data-rounds-summary>${esc(summary)}</p><p class="note">${esc(k('lost.rounds.stages'))}</p>`,
    `<div class="table-wrap"><table class="bd-table rt-table"><caption class="visually-hidden">${esc(k('lost.rounds.caption', { year }))}</caption>`,
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div></div>`,
  ].join('');
}
