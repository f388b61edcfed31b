/**
 * Survey-based points apart, over the years (the trends page): per year and source of points
 * (appraised, survey-based, impact; or the published components SIPAS, the leaders' survey…), the median
 * across units in percent of the maximum, or in points where the maximum is not known, and how many
 * units it rests on. Rows from src/queries/unit-sources-of-points.ts, every unit of one index.
 */
import { formatNumber, formatPct } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/translate.ts';
import type { PointsSourceRow } from '../queries/unit-sources-of-points.ts';
import { cell, esc, table } from '../tables/html.ts';
import { sourceLabel, sourcesOf } from './points-sources-view.ts';

const median = (values: readonly number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The table and its note for one index; '' when its units' points are of one kind only. */
export function pointsTrendHtml(locale: Locale, rows: readonly PointsSourceRow[]): string {
  if (rows.length === 0) return '';
  const k = translator(locale);
  const sources = sourcesOf(rows);
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const body = years.map((year) => [
    cell(String(year), { header: true }),
    ...sources.map((s) => {
      const of = rows.filter((r) => r.year === year && r.source === s.source && r.points !== null);
      if (of.length === 0) return cell('–', { num: true });
      const pcts = of.filter((r) => r.max_points !== null && r.max_points > 0);
      const value =
        pcts.length === of.length
          ? formatPct(locale, median(pcts.map((r) => (100 * r.points!) / r.max_points!)), 1)
          : formatNumber(locale, median(of.map((r) => r.points!)), 2);
      return cell(`${esc(value)} <span class="note">(${esc(k('pointsTrend.units', { n: of.length }))})</span>`, { num: true });
    }),
  ]);
  return [
    table(
      k('pointsTrend.caption'),
      [{ label: k('points.col.year') }, ...sources.map((s) => ({ label: sourceLabel(locale, s), num: true }))],
      body,
      'class="points-trend"',
    ),
    `<p class="note">${esc(k('pointsTrend.note'))}</p>`,
  ].join('');
}
