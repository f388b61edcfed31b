/**
 * The words of a rank change's explanation: the sentence (score and rank change, or why there is no
 * waterfall), the note when the score rose but the rank fell, and "what would it take".
 */
import { formatNumber, formatPct, formatSigned } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { nameOf } from '../i18n/names.ts';
import { translator } from '../i18n/translate.ts';
import type { NextGroup, NextRank } from '../explain/gaps.ts';
import type { ExplainTotalRow, RankKind } from '../queries/rank-change-explain.ts';
import { rankChangeNote } from './rank-change-text.ts';

const points = (locale: Locale, x: number | null) =>
  x === null ? '–' : formatNumber(locale, Math.round(x * 100) / 100, Number.isInteger(Math.round(x * 100) / 100) ? 0 : 2);

/** "năm 2025 hạng 14 trong 14 đơn vị có điểm (tính từ điểm)": which rank a year's is, and among how many. */
function rankOf(locale: Locale, year: number, rank: number, of: number, kind: RankKind | null): string {
  const int = (x: number) => formatNumber(locale, x, 0);
  return translator(locale)(kind === 'published' ? 'explain.rank.published' : 'explain.rank.computed', {
    year,
    rank: int(rank),
    of: int(of),
  });
}

/** Both years' ranks, when they are of different kinds (published, computed) or among different numbers; null otherwise. */
function rankKinds(locale: Locale, row: ExplainTotalRow, from: number, to: number): { prev: string; now: string } | null {
  const { rank, rank_of, prev_rank, prev_rank_of } = row;
  if (rank === null || rank_of === null || prev_rank === null || prev_rank_of === null) return null;
  if (row.from_rank_kind === row.to_rank_kind && rank_of === prev_rank_of) return null;
  return {
    prev: rankOf(locale, from, prev_rank, prev_rank_of, row.from_rank_kind),
    now: rankOf(locale, to, rank, rank_of, row.to_rank_kind),
  };
}

/** "thứ hạng tăng 2 bậc, từ 5 lên 3", or why the ranks cannot be compared; which ranks, when they differ. */
function rankText(locale: Locale, row: ExplainTotalRow, from: number, to: number): string {
  const tr = translator(locale);
  const c = row.rank_change;
  const params = { n: Math.abs(c ?? 0), prev: row.prev_rank ?? '', rank: row.rank ?? '' };
  const kinds = rankKinds(locale, row, from, to);
  if (c !== null) {
    const text = tr(c > 0 ? 'explain.rank.up' : c < 0 ? 'explain.rank.down' : 'explain.rank.same', params);
    return kinds === null ? text : `${text} (${kinds.prev}; ${kinds.now})`;
  }
  if (kinds !== null && (row.rank_change_reason === 'size_changed' || row.rank_change_reason === null))
    return tr('explain.rank.noneKinds', kinds);
  const why = rankChangeNote(locale, row, to);
  return why === '' ? tr('explain.rank.none') : tr('explain.rank.noneWhy', { why });
}

/** The sentence: the score from one year to the next and the rank; or that a year's total is missing. */
export function explainSentence(locale: Locale, row: ExplainTotalRow, from: number, to: number): string {
  const tr = translator(locale);
  if (row.from_pct === null || row.to_pct === null) return tr('explain.missing', { year: row.from_pct === null ? from : to });
  return tr('explain.sentence', {
    from: formatPct(locale, row.from_pct),
    to: formatPct(locale, row.to_pct),
    change: formatSigned(locale, row.to_pct - row.from_pct, 2),
    rank: rankText(locale, row, from, to),
  });
}

/** The note when the score rose and the rank fell, naming the units that overtook (up to three); '' otherwise. */
export function overtakenNote(locale: Locale, row: ExplainTotalRow, overtook: readonly ExplainTotalRow[]): string {
  const rose = row.from_pct !== null && row.to_pct !== null && row.to_pct > row.from_pct;
  if (!rose || row.rank_change === null || row.rank_change >= 0 || overtook.length === 0) return '';
  const tr = translator(locale);
  const names = overtook
    .slice(0, 3)
    .map((u) => nameOf(locale, u))
    .join(', ');
  const listed = overtook.length > 3 ? tr('explain.more', { names, n: overtook.length - 3 }) : names;
  return tr('explain.overtaken', { count: overtook.length, names: listed });
}

/**
 * "Hạng kế trên (1): Sở Tài chính, hơn 7,5 điểm % (7,5 điểm)." and what the gap buys: drawing level
 * (a shared rank, where ranks are computed) and passing, which takes more; or first place.
 */
export function nextRankText(locale: Locale, next: NextRank | null, rank: number | null, year: number): string {
  const tr = translator(locale);
  if (next === null) return rank === 1 ? tr('explain.first', { year }) : '';
  const params = { rank: next.rank, name: nameOf(locale, next.unit), pct: points(locale, next.pct), points: points(locale, next.points) };
  const tie = next.pct <= 0 ? '' : tr(next.kind === 'computed' ? 'explain.tie.computed' : 'explain.tie.published', params);
  return [tr('explain.nextRank', params), tie].filter((x) => x !== '').join(' ');
}

/** "Nhóm B; cần thêm 2,5 điểm % (2,5 điểm) để vào nhóm A (từ 85%)", group A, or '' without groups. */
export function nextGroupText(locale: Locale, group: NextGroup | null, inA: boolean): string {
  const tr = translator(locale);
  if (group === null) return inA ? tr('explain.topGroup') : '';
  return tr('explain.nextGroup', {
    grade: group.grade,
    next: group.next,
    pct: points(locale, group.pct),
    points: points(locale, group.points),
    min: formatPct(locale, group.min, 0),
  });
}
