/**
 * The items where the compared units differ most: per item, the spread between the highest and the
 * lowest unit in percent of the item's applicable maximum (so items of different weights compare), the
 * largest first; as an HTML table with each unit's points. Items fewer than two units have a score for
 * are left out (no spread to speak of).
 */
import { pointsText } from '../charts/chart-format.ts';
import type { ComparedUnit } from '../charts/unit-styles.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { nameOf } from '../i18n/names.ts';
import { t } from '../i18n/translate.ts';
import type { CompareItemLevel, CompareItemRow } from '../queries/compare-items.ts';
import { cell, esc, table } from '../tables/html.ts';

/** How many items the table lists. */
export const ITEMS_SHOWN = 10;

/** An item with each unit's points and the spread between them. */
export interface ItemSpread {
  readonly code: string;
  readonly name: string;
  readonly level: CompareItemLevel;
  /** By unit id. */
  readonly points: ReadonlyMap<string, { applicable: boolean; score: number | null; max: number | null; pct: number | null }>;
  /** Highest minus lowest percent, in percentage points. */
  readonly spread: number;
}

/** The items ordered by spread, largest first (then by code); at most `limit`. */
export function itemSpreads(locale: Locale, rows: readonly CompareItemRow[], limit = ITEMS_SHOWN): ItemSpread[] {
  const items = new Map<string, CompareItemRow[]>();
  for (const r of rows) items.set(r.item_code, [...(items.get(r.item_code) ?? []), r]);
  const spreads: ItemSpread[] = [];
  for (const [code, own] of items) {
    const pcts = own.map((r) => (r.applicable ? r.pct : null)).filter((p): p is number => p !== null);
    if (pcts.length < 2) continue;
    const points = new Map(own.map((r) => [r.unit_id, { applicable: r.applicable, score: r.final_score, max: r.max_points, pct: r.pct }]));
    const spread = Math.round((Math.max(...pcts) - Math.min(...pcts)) * 100) / 100;
    spreads.push({ code, name: nameOf(locale, own[0]!), level: own[0]!.item_level, points, spread });
  }
  return spreads.sort((a, b) => b.spread - a.spread || a.code.localeCompare(b.code)).slice(0, limit);
}

/** The table: the item, each unit's points out of its maximum, and the spread. */
export function itemsTable(locale: Locale, spreads: readonly ItemSpread[], units: readonly ComparedUnit[], year: number): string {
  if (spreads.length === 0) return `<p class="note">${esc(t(locale, 'compare.items.none'))}</p>`;
  const level = t(locale, `compare.items.level.${spreads[0]!.level}`);
  const note = `<p class="note">${esc(t(locale, 'compare.items.note', { level }))}</p>`;
  const caption = t(locale, 'compare.items.caption', { level, year });
  const headers = [
    { label: t(locale, 'compare.items.item') },
    ...units.map((u) => ({ label: u.label, num: true })),
    { label: t(locale, 'compare.items.spread'), num: true },
  ];
  const rows = spreads.map((s) => [
    cell(`<span class="item-code">${esc(s.code)}</span> ${esc(s.name)}`, { header: true }),
    ...units.map((u) => {
      const p = s.points.get(u.id);
      if (p && !p.applicable) return cell(esc(t(locale, 'compare.notApplicable')), { num: true, cls: 'not-applicable' });
      const text = p && p.score !== null ? `${pointsText(locale, p.score)} / ${pointsText(locale, p.max)}` : t(locale, 'compare.noData');
      return cell(esc(text), { num: true });
    }),
    cell(esc(t(locale, 'compare.items.pctPoints', { value: formatNumber(locale, s.spread, 1) })), { num: true }),
  ]);
  return note + table(caption, headers, rows, 'class="compare-items" data-compare-items');
}
