/**
 * The lost-points analysis in words: three to five sentences a leader can paste into a report (total
 * lost, the domains and items that cost most, what changed since last year, the biggest cut of the
 * self-assessment). Deterministic: the same data and locale give the same text.
 */
import type { Pareto } from './pareto.ts';
import type { YearOverYear } from './year-over-year.ts';

/** What a summary sentence needs of a breakdown row. */
export interface SummaryItem {
  readonly item_code: string;
  readonly name: string;
  readonly max_points: number | null;
  readonly final_score: number | null;
  readonly lost_points: number | null;
  readonly pct_of_max: number | null;
  readonly self_score: number | null;
  readonly cut_points: number | null;
  readonly applicable: boolean;
  readonly lost_share?: number;
}

export interface SummaryInput<T extends SummaryItem> {
  readonly unit: string;
  readonly year: number;
  readonly total: T;
  readonly domains: readonly T[];
  readonly pareto: Pareto<T>;
  readonly yoy: YearOverYear;
  /** Appraisal points of the unit: self-assessed and after appraisal (the TOTAL row's appraisal stages). */
  readonly claimed: { readonly self: number; readonly appraised: number } | null;
  /** The leaf with the largest cut of the self-assessment, if any. */
  readonly topCut: T | null;
}

/** Translated templates and number formats of the page's locale. */
export interface SummaryText {
  t(key: SummaryKey, params: Readonly<Record<string, string | number>>): string;
  /** Points, e.g. "12,4". */
  points(x: number): string;
  /** A share 0–1 as a percentage, e.g. "80%". */
  share(x: number): string;
}

export type SummaryKey =
  | 'lost.summary.total'
  | 'lost.summary.full'
  | 'lost.summary.domainsOne'
  | 'lost.summary.domainsTwo'
  | 'lost.summary.pareto'
  | 'lost.summary.yoy'
  | 'lost.summary.cut'
  | 'lost.summary.cutItem';

const named = (item: SummaryItem): string => `${item.item_code} ${item.name}`;

function totalSentence<T extends SummaryItem>(input: SummaryInput<T>, x: SummaryText): string {
  const { total, unit, year } = input;
  const params = {
    unit,
    year,
    final: x.points(total.final_score ?? 0),
    max: x.points(total.max_points ?? 0),
    lost: x.points(input.pareto.totalLost),
  };
  return x.t(input.pareto.totalLost > 0 ? 'lost.summary.total' : 'lost.summary.full', params);
}

function domainSentence<T extends SummaryItem>(domains: readonly T[], x: SummaryText): string | null {
  const top = domains.filter((d) => (d.lost_points ?? 0) > 0).sort((a, b) => (b.lost_points ?? 0) - (a.lost_points ?? 0));
  const [a, b] = top;
  if (a === undefined) return null;
  if (b === undefined) return x.t('lost.summary.domainsOne', { d1: a.name, l1: x.points(a.lost_points ?? 0) });
  return x.t('lost.summary.domainsTwo', { d1: a.name, l1: x.points(a.lost_points ?? 0), d2: b.name, l2: x.points(b.lost_points ?? 0) });
}

function paretoSentence<T extends SummaryItem>(p: Pareto<T>, x: SummaryText): string | null {
  const first = p.rows[0];
  if (first === undefined) return null;
  return x.t('lost.summary.pareto', {
    n: p.cutCount,
    total: p.itemsScored,
    share: x.share(p.threshold),
    item: named(first.item),
    lost: x.points(first.lost),
  });
}

function yoySentence(yoy: YearOverYear, x: SummaryText): string | null {
  if (yoy.previousYear === null) return null;
  const { new: fresh, again, recovered } = yoy.counts;
  return x.t('lost.summary.yoy', { prev: yoy.previousYear, new: fresh, again, recovered });
}

function cutSentence<T extends SummaryItem>(input: SummaryInput<T>, x: SummaryText): string | null {
  const { claimed, topCut } = input;
  if (claimed === null || claimed.self - claimed.appraised <= 0.005) return null;
  const base = x.t('lost.summary.cut', {
    cut: x.points(claimed.self - claimed.appraised),
    self: x.points(claimed.self),
    appraised: x.points(claimed.appraised),
  });
  if (topCut === null || (topCut.cut_points ?? 0) <= 0) return base;
  return `${base} ${x.t('lost.summary.cutItem', { item: named(topCut), cut: x.points(topCut.cut_points ?? 0) })}`;
}

/** The summary's sentences, in reading order. */
export function lostSummary<T extends SummaryItem>(input: SummaryInput<T>, text: SummaryText): string[] {
  const sentences = [totalSentence(input, text)];
  if (input.pareto.totalLost > 0) {
    sentences.push(...[domainSentence(input.domains, text), paretoSentence(input.pareto, text)].filter((s): s is string => s !== null));
  }
  for (const s of [yoySentence(input.yoy, text), cutSentence(input, text)]) if (s !== null) sentences.push(s);
  return sentences;
}
