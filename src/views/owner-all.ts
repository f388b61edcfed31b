/** An owner's page, every unit × item of a year: this year's and last year's points, the target, the result. */
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { nameOf } from '../i18n/names.ts';
import { translator } from '../i18n/translate.ts';
import type { OwnerTargetRow } from '../queries/owner-targets.ts';
import { cell, esc, table } from '../tables/html.ts';
import { unitHref } from './links.ts';

/** A unit's name linking to its page, as the row header of an owner's tables. */
export const unitCell = (locale: Locale, r: { unit_id: string; unit_name_vi: string; unit_name_en: string | null }): string =>
  cell(`<a href="${esc(unitHref(locale, r.unit_id))}">${esc(nameOf(locale, { name_vi: r.unit_name_vi, name_en: r.unit_name_en }))}</a>`, {
    header: true,
  });

/** Met, missed, or why there is no verdict, in words. */
function verdict(locale: Locale, r: OwnerTargetRow): string {
  const k = translator(locale);
  if (!r.applicable) return k('owner.verdict.na');
  if (r.met === true) return k('owner.verdict.met');
  if (r.met === false) return k('owner.verdict.missed');
  return r.points === null ? k('owner.verdict.noScore') : k('owner.verdict.noTarget');
}

/** Every unit × item of the year, by item then unit, as the query gives them. */
export function allHtml(locale: Locale, year: number, rows: readonly OwnerTargetRow[]): string {
  if (rows.length === 0) return '';
  const k = translator(locale);
  const pts = (x: number | null) => formatNumber(locale, x, 2);
  return table(
    k('owner.allCaption', { year }),
    [
      { label: k('table.unit') },
      { label: k('owner.col.item') },
      { label: String(year), num: true },
      { label: String(year - 1), num: true },
      { label: k('owner.col.target'), num: true },
      { label: k('owner.col.verdict') },
      { label: k('owner.col.lost'), num: true },
    ],
    rows.map((r) => [
      unitCell(locale, r),
      cell(`<abbr title="${esc(nameOf(locale, { name_vi: r.item_name_vi, name_en: r.item_name_en }))}">${esc(r.item_code)}</abbr>`),
      cell(pts(r.points), { num: true }),
      cell(pts(r.last_year_points), { num: true }),
      cell(pts(r.target_points), { num: true }),
      cell(esc(verdict(locale, r)), { cls: r.met === false ? 'down' : '' }),
      cell(pts(r.lost_points), { num: true }),
    ]),
    'class="owner-table owner-all"',
  );
}
