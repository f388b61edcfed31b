/**
 * Which rank the comparison's rank lines show in each year, in words: the published rank, or one
 * computed from the scores where none was published, and among how many units. The lines mix both
 * (published national years, computed sample years) and the number of units changes (63 provinces
 * became 34), so a rank is read against its year's note.
 */
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/translate.ts';

/** A unit's rank in a year, as rank-history.ts reads it. */
export interface RankKindInput {
  readonly year: number;
  readonly rank: number | null;
  readonly rank_of: number | null;
  readonly rank_kind: 'published' | 'computed' | null;
}

/** "2023–2024: published, among 63" runs of consecutive years (of `years`) with the same kind and count. */
export function rankKindsNote(locale: Locale, rows: readonly RankKindInput[], years: readonly number[]): string {
  const tr = translator(locale);
  const byYear = new Map<number, string>();
  for (const r of rows) {
    if (r.rank === null || r.rank_kind === null) continue;
    const text = tr(`compare.rank.kind.${r.rank_kind}`, { of: r.rank_of ?? '?' });
    const seen = byYear.get(r.year);
    // Units of one year with ranks of different kinds or counts: both are said.
    if (seen === undefined) byYear.set(r.year, text);
    else if (!seen.split(' / ').includes(text)) byYear.set(r.year, `${seen} / ${text}`);
  }
  const runs: { from: number; to: number; text: string }[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const text = byYear.get(year);
    const last = runs.at(-1);
    if (text === undefined) continue;
    if (last && last.text === text && years.indexOf(last.to) + 1 === years.indexOf(year)) last.to = year;
    else runs.push({ from: year, to: year, text });
  }
  if (runs.length === 0) return '';
  const parts = runs.map((r) => `${r.from === r.to ? r.from : `${r.from}–${r.to}`}: ${r.text}`);
  return tr('compare.rank.kinds', { list: parts.join('; ') });
}
