/**
 * Year over year per item: recovered (lost last year, full points now), newly lost, lost again
 * (persistent: this year and the one before, with how many years running), or not comparable because
 * the item is new in this year's framework. Items are matched by code: the frameworks keep a code's
 * meaning across versions and never reuse a removed code, so equal codes are the same item.
 */
import type { ItemYearRow } from '../queries/lost-history.ts';

export type YoyStatus = 'new' | 'again' | 'recovered' | 'kept' | 'not_comparable' | 'na';

export interface YoyItem {
  readonly status: YoyStatus;
  /** Points lost on the item in the previous year (null when not comparable or unknown). */
  readonly prevLost: number | null;
  /** Years in a row the item has lost points, up to and including this year (0 when it lost none). */
  readonly streak: number;
}

export interface YearOverYear {
  /** The unit's previous year with detail, or null (first year, or a unit formed by a merger). */
  readonly previousYear: number | null;
  readonly items: ReadonlyMap<string, YoyItem>;
  /** Statuses counted over the leaf level (sub-criteria, or criteria where a framework has none). */
  readonly counts: Readonly<Record<YoyStatus, number>>;
}

const EMPTY_COUNTS: Record<YoyStatus, number> = { new: 0, again: 0, recovered: 0, kept: 0, not_comparable: 0, na: 0 };

const lostIn = (r: ItemYearRow | undefined): boolean => r !== undefined && r.applicable && (r.lost_points ?? 0) > 0;

function statusOf(now: ItemYearRow, before: ItemYearRow | undefined): YoyStatus {
  if (before === undefined) return 'not_comparable';
  if (!now.applicable || !before.applicable || now.lost_points === null || before.lost_points === null) return 'na';
  const a = lostIn(now);
  const b = lostIn(before);
  if (a && b) return 'again';
  if (a) return 'new';
  return b ? 'recovered' : 'kept';
}

/** Consecutive years (ending at `years[i]`) in which the item lost points. */
function streakAt(byYear: readonly ReadonlyMap<string, ItemYearRow>[], i: number, code: string): number {
  let n = 0;
  for (let k = i; k >= 0 && lostIn(byYear[k]?.get(code)); k--) n++;
  return n;
}

/** Statuses of the items of `year` (criteria and sub-criteria) against the unit's previous year with detail. */
export function yearOverYear(history: readonly ItemYearRow[], year: number): YearOverYear {
  const years = [...new Set(history.map((r) => r.year))].sort((a, b) => a - b);
  const byYear = years.map((y) => new Map(history.filter((r) => r.year === y).map((r) => [r.item_code, r])));
  const i = years.indexOf(year);
  const counts = { ...EMPTY_COUNTS };
  const items = new Map<string, YoyItem>();
  if (i < 0) return { previousYear: null, items, counts };
  const previousYear = i > 0 ? (years[i - 1] ?? null) : null;
  const before = i > 0 ? byYear[i - 1] : undefined;
  const rows = [...(byYear[i]?.values() ?? [])];
  const leafLevel = rows.some((r) => r.item_level === 'sub_criterion') ? 'sub_criterion' : 'criterion';
  for (const now of rows) {
    if (now.item_level === 'domain') continue;
    const code = now.item_code;
    const prev = before?.get(code);
    const status = previousYear === null ? 'not_comparable' : statusOf(now, prev);
    if (now.item_level === leafLevel) counts[status]++;
    items.set(code, { status, prevLost: prev?.applicable ? prev.lost_points : null, streak: streakAt(byYear, i, code) });
  }
  return { previousYear, items, counts };
}
