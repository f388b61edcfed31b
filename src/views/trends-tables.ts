/**
 * The domain-trends page's tables, as HTML strings (the same at build time and in the browser): the
 * most improved and most deteriorated units per series between two years, the compact trend marks of
 * every unit and series, and the notes on each framework change.
 */
import { formatSigned } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { t, translator } from '../i18n/translate.ts';
import type { SeriesYearRow } from '../queries/domain-series.ts';
import { cell, esc, table } from '../tables/html.ts';
import { MARK_GLYPHS, type SeriesMovers, type TrendMark } from '../trends/movers.ts';
import { unitHref } from './links.ts';

/** A series with its label, for the tables' rows or columns. */
export interface SeriesLabel {
  readonly series: string;
  readonly label: string;
}

const unitLink = (locale: Locale, id: string, names: ReadonlyMap<string, string>) =>
  `<a href="${esc(unitHref(locale, id))}">${esc(names.get(id) ?? id)}</a>`;

function moverList(locale: Locale, movers: readonly { unit_id: string; change: number }[], names: ReadonlyMap<string, string>): string {
  if (movers.length === 0) return '–';
  const items = movers.map(
    (m) => `<li>${unitLink(locale, m.unit_id, names)} <span class="num">${esc(formatSigned(locale, m.change, 1))}</span></li>`,
  );
  return `<ol class="movers">${items.join('')}</ol>`;
}

/**
 * One row per series: the three units that rose most and the three that fell most, or why the years
 * cannot be compared. `rowHeader` names the rows' column (the domain by default; the sub-criterion).
 */
export function moversTable(
  locale: Locale,
  rows: readonly (SeriesLabel & { movers: SeriesMovers })[],
  names: ReadonlyMap<string, string>,
  caption: string,
  opts: { rowHeader?: string; attrs?: string } = {},
): string {
  const body = rows.map(({ label, movers }) => {
    const head = cell(esc(label), { header: true });
    if (!movers.comparable) {
      const kind = movers.reason === 'gap' || movers.reason === 'merger' ? movers.reason : 'framework';
      const why = translator(locale)(`trends.notComparable.${kind}`, { year: movers.year });
      return [head, `<td colspan="3" class="why">${esc(why)}</td>`];
    }
    // data-label: the column's name, shown before the cell on a phone, where the rows become blocks (trends.css).
    const labelled = (html: string, key: 'trends.improved' | 'trends.deteriorated' | 'trends.compared', num = false) =>
      `<td${num ? ' class="num"' : ''} data-label="${esc(t(locale, key))}">${html}</td>`;
    return [
      head,
      labelled(moverList(locale, movers.improved, names), 'trends.improved'),
      labelled(moverList(locale, movers.deteriorated, names), 'trends.deteriorated'),
      labelled(String(movers.compared), 'trends.compared', true),
    ];
  });
  const headers = [
    { label: opts.rowHeader ?? t(locale, 'trends.series') },
    { label: t(locale, 'trends.improved') },
    { label: t(locale, 'trends.deteriorated') },
    { label: t(locale, 'trends.compared'), num: true },
  ];
  return table(caption, headers, body, opts.attrs ?? 'class="movers-table" data-movers-table');
}

/** Units × series, each cell the unit's trend mark up to the table's year (empty: no mark), with its meaning as a title. */
export function marksTable(
  locale: Locale,
  series: readonly SeriesLabel[],
  units: readonly { id: string; marks: readonly (TrendMark | null)[] }[],
  names: ReadonlyMap<string, string>,
  caption: string,
): string {
  const tr = translator(locale);
  const body = units.map((u) => [
    cell(unitLink(locale, u.id, names), { header: true }),
    ...u.marks.map((m) =>
      m === null
        ? cell('')
        : cell(
            `<span class="mark mark--${m}" title="${esc(tr(`trends.mark.${m}`))}" aria-hidden="true">${MARK_GLYPHS[m]}</span><span class="visually-hidden">${esc(tr(`trends.mark.${m}`))}</span>`,
            {
              cls: 'mark-cell',
            },
          ),
    ),
  ]);
  const headers = [{ label: t(locale, 'trends.unit') }, ...series.map((s) => ({ label: s.label }))];
  return table(caption, headers, body, 'class="marks-table" data-marks-table');
}

/** The notes of every framework change of the index, per year and series (from the crosswalk). */
export function frameworkNotes(locale: Locale, rows: readonly SeriesYearRow[], labels: ReadonlyMap<string, string>): string {
  const notes = rows.filter(
    (r) => (r.relation !== null && r.relation !== 'same') || (r.relation === null && r.break_reason === 'framework'),
  );
  if (notes.length === 0) return '';
  const items = notes.map((r) => {
    const note = locale === 'en' ? r.note_en : r.note_vi;
    const relation = translator(locale)(`trends.relation.${r.relation ?? 'none'}`);
    const text = `${r.year} · ${labels.get(r.series) ?? r.series}: ${relation}${note ? `. ${note}` : ''}`;
    return `<li>${esc(text)}</li>`;
  });
  return `<ul class="framework-notes">${items.join('')}</ul>`;
}

/** "1–30 of 63 provinces" for the caption of an index whose years rest on few published units. */
export function coverageText(locale: Locale, counts: readonly number[], ranked: number | null, unitWord: string): string {
  const positive = counts.filter((n) => n > 0);
  if (positive.length === 0) return '';
  const lo = Math.min(...positive);
  const hi = Math.max(...positive);
  return t(locale, 'trends.coverage', { range: lo === hi ? String(lo) : `${lo}–${hi}`, total: ranked ?? '?', units: unitWord });
}
