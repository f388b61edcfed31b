/**
 * A unit's points by source, per year (unit pages): appraised points apart from survey-based ones
 * (SIPAS, the satisfaction index, and the survey of leaders and managers) and from impact points, so a
 * reader sees which part documents can move and which part rests on what people answered.
 */
import { formatNumber, formatPct } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { nameOf } from '../i18n/names.ts';
import { translator } from '../i18n/translate.ts';
import type { PointsSourceRow } from '../queries/unit-sources-of-points.ts';
import { cell, esc, table } from '../tables/html.ts';

/** Each source of points once, in the framework's order (appraised first, then survey, then impact). */
export const sourcesOf = (rows: readonly PointsSourceRow[]): PointsSourceRow[] =>
  [...new Map(rows.map((r) => [r.source, r])).values()].sort((a, b) => a.sort_order - b.sort_order || (a.source < b.source ? -1 : 1));

/** A component's own name, or the kind the items were summed by. */
export const sourceLabel = (locale: Locale, r: PointsSourceRow): string =>
  r.name_vi === null ? translator(locale)(`points.kind.${r.kind}`) : nameOf(locale, { name_vi: r.name_vi, name_en: r.name_en });

/** The table for one index's rows of a unit; '' when there are none. */
export function pointsSourcesHtml(locale: Locale, indexId: string, rows: readonly PointsSourceRow[]): string {
  if (rows.length === 0) return '';
  const k = translator(locale);
  const sources = sourcesOf(rows);
  const label = (r: PointsSourceRow) => sourceLabel(locale, r);
  const surveyCodes = sources.filter((s) => s.kind === 'survey').map((s) => s.source);
  const surveySum = surveyCodes.length > 1;
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const value = (r: PointsSourceRow | undefined): string => {
    if (!r || r.points === null) return '–';
    const pts = formatNumber(locale, r.points, 2);
    return r.max_points === null
      ? pts
      : `${pts} / ${formatNumber(locale, r.max_points, 2)} (${formatPct(locale, (100 * r.points) / r.max_points, 1)})`;
  };
  const body = years.map((year) => {
    const ofYear = rows.filter((r) => r.year === year);
    const cells = [
      cell(String(year), { header: true }),
      ...sources.map((s) => cell(esc(value(ofYear.find((r) => r.source === s.source))), { num: true })),
    ];
    if (surveySum) {
      const parts = ofYear.filter((r) => surveyCodes.includes(r.source));
      const complete = parts.length === surveyCodes.length && parts.every((r) => r.points !== null);
      cells.push(
        cell(
          complete
            ? esc(
                formatNumber(
                  locale,
                  parts.reduce((s, r) => s + (r.points ?? 0), 0),
                  2,
                ),
              )
            : '–',
          { num: true },
        ),
      );
    }
    return cells;
  });
  const headers = [
    { label: k('points.col.year') },
    ...sources.map((s) => ({ label: label(s), num: true })),
    ...(surveySum ? [{ label: k('points.col.surveyTotal'), num: true }] : []),
  ];
  return [
    `<h3 id="points-${esc(indexId)}">${esc(k('points.heading'))}</h3>`,
    table(k('points.caption'), headers, body, `class="points-sources" aria-describedby="points-note-${esc(indexId)}"`),
    `<p class="note" id="points-note-${esc(indexId)}">${esc(k('points.note'))}</p>`,
  ].join('');
}
