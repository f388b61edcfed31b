/**
 * The words for the one rank-change rule (src/queries/rank-change.ts): why a change is not shown, for
 * one unit (a table cell) and for a whole ranking (a sentence under a table or chart, on the home page).
 * Every view that shows a change in rank uses these, so they all say the same thing.
 */
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/translate.ts';
import type { RankChangeFields } from '../queries/rank-change.ts';

/** The fields the texts need: a row of any query that applies the rule. */
export type RankChangeRow = Pick<
  RankChangeFields,
  'rank' | 'rank_of' | 'prev_year' | 'prev_rank' | 'prev_rank_of' | 'rank_change_reason' | 'valid_from' | 'formed_by'
>;

const FORMATIONS = new Set(['merge', 'split', 'rename']);
const formation = (formedBy: string | null) => (formedBy !== null && FORMATIONS.has(formedBy) ? formedBy : 'other');

/**
 * Why the change of one unit in `year` is not shown, in a few words ("Đơn vị mới sau sáp nhập 2025",
 * "hạng 1/14, năm 2024: 2/20"); '' when it is shown, or when there is no earlier year at all (the
 * ranking's note says that once).
 */
export function rankChangeNote(locale: Locale, row: RankChangeRow, year: number): string {
  const tr = translator(locale);
  const int = (x: number | null) => formatNumber(locale, x, 0);
  switch (row.rank_change_reason) {
    case 'new_unit':
      return tr(`rankChange.newUnit.${formation(row.formed_by)}`, { year: row.valid_from ?? year });
    case 'not_ranked':
      return tr('rankChange.notRanked', { year: row.rank === null ? year : (row.prev_year ?? year) });
    case 'size_unknown':
      return tr('rankChange.sizeUnknown', { year: row.rank_of === null ? year : (row.prev_year ?? year) });
    case 'size_changed':
      return tr('rankChange.sizeChanged', {
        rank: int(row.rank),
        of: int(row.rank_of),
        prevYear: row.prev_year ?? '',
        prevRank: int(row.prev_rank),
        prevOf: int(row.prev_rank_of),
      });
    default:
      return '';
  }
}

/** One group of the summary: its message key and placeholders, without the count. */
function groupOf(row: RankChangeRow, year: number): { key: string; params: Record<string, string | number> } | null {
  switch (row.rank_change_reason) {
    case 'new_unit':
      return { key: `rankChange.count.newUnit.${formation(row.formed_by)}`, params: { year: row.valid_from ?? year } };
    case 'not_ranked':
      return { key: 'rankChange.count.notRanked', params: {} };
    case 'size_unknown':
      return { key: 'rankChange.count.sizeUnknown', params: {} };
    case 'size_changed':
      return { key: 'rankChange.count.sizeChanged', params: { prevOf: row.prev_rank_of ?? '', of: row.rank_of ?? '' } };
    default:
      return null;
  }
}

/**
 * One sentence on the units of a ranking whose change is not shown, counted by reason, largest group
 * first ("14 đơn vị không so sánh được thứ hạng với năm 2024: 9 đơn vị vì số đơn vị xếp hạng đổi từ 20
 * thành 14; 4 đơn vị mới sau sáp nhập 2025; …"); '' when every change is shown or there are no rows.
 */
export function rankChangeSummary(locale: Locale, rows: readonly RankChangeRow[], year: number): string {
  const tr = translator(locale);
  const first = rows[0];
  if (first === undefined) return '';
  if (first.rank_change_reason === 'no_earlier_year') return tr('rankChange.firstYear', { year });
  const groups = new Map<string, { key: string; params: Record<string, string | number>; n: number }>();
  for (const row of rows) {
    const group = groupOf(row, year);
    if (group === null) continue;
    const id = JSON.stringify(group);
    const seen = groups.get(id);
    if (seen) seen.n += 1;
    else groups.set(id, { ...group, n: 1 });
  }
  const notCompared = [...groups.values()].reduce((sum, g) => sum + g.n, 0);
  if (notCompared === 0) return '';
  const reasons = [...groups.values()]
    .sort((a, b) => b.n - a.n)
    .map((g) => tr(g.key, { ...g.params, n: formatNumber(locale, g.n, 0) }))
    .join('; ');
  const prevYear = first.prev_year ?? '';
  return notCompared === rows.length
    ? tr('rankChange.noneCompared', { prevYear, reasons })
    : tr('rankChange.notCompared', { n: formatNumber(locale, notCompared, 0), prevYear, reasons });
}

/** The rule in one sentence, for the note under a table of changes since `prevYear`. */
export function rankChangeRule(locale: Locale, prevYear: number): string {
  return translator(locale)('rankChange.rule', { prevYear });
}

/** The sentences under a ranking of `year`: what Δ compares (the rule), and which changes it does not show. */
export function rankingChangeNote(locale: Locale, rows: readonly RankChangeRow[], year: number): string {
  const prevYear = rows[0]?.prev_year ?? null;
  const summary = rankChangeSummary(locale, rows, year);
  return prevYear === null ? summary : [rankChangeRule(locale, prevYear), summary].filter((text) => text !== '').join(' ');
}
