/**
 * The most improved and most deteriorated units on each sub-criterion of a domain between two years,
 * the sub-criteria that moved most first. Pure: the same at build time and in the browser. The domain
 * series' own breaks (a framework change that re-weighted or redefined it, a missing year, units
 * reorganised) stop the whole comparison, since its sub-criteria changed with it; a unit's own
 * reorganisation leaves out that unit (seriesMovers).
 */
import { firstBreak, seriesMovers, type MoverInput, type SeriesMovers } from './movers.ts';

/** A sub-criterion's value for a unit in a year (sub-criterion-scores.ts). */
export interface SubCriterionInput {
  readonly item_code: string;
  readonly name_vi: string;
  readonly name_en: string;
  readonly year: number;
  readonly unit_id: string;
  readonly pct: number | null;
  readonly break_reason: string | null;
}

/** One sub-criterion's movers (always comparable: a break is said once for the domain). */
export interface SubCriterionMovers {
  readonly code: string;
  readonly name_vi: string;
  readonly name_en: string;
  readonly movers: Extract<SeriesMovers, { comparable: true }>;
  /** The largest change of one unit, either way, in percentage points: the order of the list. */
  readonly moved: number;
}

export type SubCriteriaComparison =
  | { readonly comparable: true; readonly items: SubCriterionMovers[] }
  | { readonly comparable: false; readonly year: number; readonly reason: string };

const byCode = new Intl.Collator('en', { numeric: true });

/**
 * Each sub-criterion with at least one unit compared, by the largest change (then code, D1.1.2 before
 * D1.1.10); or the domain's first break between `from` and `to`.
 */
export function subCriteriaMovers(
  rows: readonly SubCriterionInput[],
  domainBreaks: ReadonlyMap<number, string>,
  from: number,
  to: number,
  limit = 3,
): SubCriteriaComparison {
  const broken = firstBreak(domainBreaks, from, to);
  if (broken) return { comparable: false, ...broken };
  const byItem = new Map<string, SubCriterionInput[]>();
  for (const r of rows) byItem.set(r.item_code, [...(byItem.get(r.item_code) ?? []), r]);
  const items: SubCriterionMovers[] = [];
  for (const [code, own] of byItem) {
    const inputs: MoverInput[] = own.map((r) => ({ ...r, series: code }));
    const movers = seriesMovers(inputs, new Map(), from, to, limit);
    if (!movers.comparable || movers.compared === 0) continue;
    const moved = Math.max(0, movers.improved[0]?.change ?? 0, -(movers.deteriorated[0]?.change ?? 0));
    items.push({ code, name_vi: own[0]!.name_vi, name_en: own[0]!.name_en, movers, moved });
  }
  items.sort((a, b) => b.moved - a.moved || byCode.compare(a.code, b.code));
  return { comparable: true, items };
}
