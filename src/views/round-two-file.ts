/** The round-2 appendix of a unit and year as an XLSX file (the worksheets step writes it beside the worksheets). */
import { toXlsx } from '../exports/xlsx.ts';
import type { Locale } from '../i18n/locales.ts';
import { nameOf } from '../i18n/names.ts';
import { t } from '../i18n/translate.ts';
import { appendixSheet } from '../lost-points/round-two-appendix.ts';
import type { LostSource } from '../queries/lost-index.ts';
import type { WorksheetSubject } from './worksheet-view.ts';

/** The round-2 appendix of a unit and year as XLSX bytes, in Vietnamese (the letter's language). */
export async function appendixFile(source: LostSource, s: WorksheetSubject, locale: Locale = 'vi'): Promise<Uint8Array<ArrayBuffer>> {
  const breakdown = await source.breakdown(s.unit.unit_id, s.year);
  const sheet = appendixSheet(
    {
      unitName: nameOf(locale, s.unit),
      indexName: nameOf(locale, s.index),
      year: s.year,
      isSample: s.index.is_sample,
      breakdown,
      source: s.source,
    },
    { t: (key, params) => t(locale, key, params) },
    (r) => nameOf(locale, r),
  );
  return toXlsx(sheet);
}
