/**
 * The domain-trends page's sub-criteria table: for the chosen domain and years, the units that rose
 * and fell most on each of its sub-criteria, the sub-criteria that moved most first; or, in words, why
 * there is none (no detail in a year, the domain's series breaks between the years). The same at build
 * time (the default state) and in the browser, where it needs the index's detail ('detail:<index>').
 */
import type { Db } from '../db/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { nameOf } from '../i18n/names.ts';
import { t, translator } from '../i18n/translate.ts';
import type { IndexSummary } from '../queries/indices.ts';
import { subCriterionScores } from '../queries/sub-criterion-scores.ts';
import { TOTAL_CODE } from '../schema/vocabulary.ts';
import { esc } from '../tables/html.ts';
import { subCriteriaMovers } from '../trends/sub-criterion-movers.ts';
import type { TrendsState } from './trends-state.ts';
import { moversTable } from './trends-tables.ts';
import type { TrendsData } from './trends-view.ts';

export interface SubCriteriaView {
  heading: string;
  /** The table, or a note saying why there is none. */
  body: string;
}

/** The domain series that have sub-criteria in a year with detail, in panel order; [] without detail. */
export function subCriteriaDomains(locale: Locale, data: TrendsData, detailYears: readonly number[]): { id: string; label: string }[] {
  const rows = data.series.filter((r) => r.series !== TOTAL_CODE && detailYears.includes(r.year));
  const latest = new Map(rows.map((r) => [r.series, r]));
  return [...latest.values()].map((r) => ({ id: r.series, label: nameOf(locale, r) }));
}

const note = (text: string) => `<p class="note" data-sub-movers-note>${esc(text)}</p>`;

/** The series' own breaks (year → reason): the same the domain's row of the movers table stops at. */
function domainBreaks(data: TrendsData, series: string): Map<number, string> {
  const own = data.distribution.filter((d) => d.series === series && d.break_reason !== null);
  return new Map(own.map((d) => [d.year, d.break_reason!]));
}

/** The table (or note) for the state's domain and years; empty when the index has no detail. */
export async function subCriteriaView(
  db: Db,
  p: { locale: Locale; index: IndexSummary; state: TrendsState; data: TrendsData; detailYears: readonly number[] },
): Promise<SubCriteriaView> {
  const { locale, state, data } = p;
  if (state.domain === '') return { heading: '', body: '' };
  const domainRow = data.series.find((r) => r.series === state.domain);
  const domain = domainRow ? nameOf(locale, domainRow) : state.domain;
  const heading = t(locale, 'trends.sub.heading', { domain, from: state.from, to: state.to });
  const without = [...new Set([state.from, state.to])].filter((y) => !p.detailYears.includes(y));
  if (without.length > 0) return { heading, body: note(t(locale, 'trends.sub.noDetail', { years: without.join(', ') })) };
  const rows = await subCriterionScores(db, p.index.index_id, state.domain, state.from, state.to);
  const result = subCriteriaMovers(rows, domainBreaks(data, state.domain), state.from, state.to);
  if (!result.comparable) {
    const kind = result.reason === 'gap' || result.reason === 'merger' ? result.reason : 'framework';
    return { heading, body: note(translator(locale)(`trends.notComparable.${kind}`, { year: result.year })) };
  }
  if (result.items.length === 0) return { heading, body: note(t(locale, 'trends.sub.none')) };
  const names = new Map(data.scores.map((s) => [s.unit_id, nameOf(locale, s)]));
  const items = result.items.map((i) => ({ series: i.code, label: `${i.code} ${nameOf(locale, i)}`, movers: i.movers }));
  const table = moversTable(locale, items, names, heading, {
    rowHeader: t(locale, 'trends.sub.item'),
    attrs: 'class="movers-table" data-sub-movers-table',
  });
  return { heading, body: `<p class="note">${esc(t(locale, 'trends.sub.intro'))}</p>${table}` };
}
