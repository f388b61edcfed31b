/** The remediation worksheet of a unit and year, as XLSX and CSV bytes (Vietnamese, the plan's language). */
import { toCsv } from '../exports/csv.ts';
import { toXlsx } from '../exports/xlsx.ts';
import { formatNumber, formatPct } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { t, type MessageKey } from '../i18n/translate.ts';
import { worksheetCsvRows, worksheetSheet, type WorksheetText } from '../lost-points/worksheet.ts';
import { yearOverYear } from '../lost-points/year-over-year.ts';
import type { LostSource } from '../queries/lost-index.ts';
import { nameOf } from '../i18n/names.ts';
import { DEFAULT_EDITION, type Edition } from '../schema/index.ts';

/** Who and what the worksheet is about. */
export interface WorksheetSubject {
  unit: { unit_id: string; name_vi: string; name_en: string | null };
  index: { index_id: string; name_vi: string; name_en: string; is_sample: boolean };
  year: number;
  /** The address of the unit's page, written on the sheet as its source. */
  source: string;
  /** The edition the sheet belongs to (the default: internal, as the data build's). */
  edition?: Edition;
}

/** The worksheet's file path under the site, e.g. `/worksheets/sample-communes/sample-xa-cam-an-2024.xlsx`. */
export function worksheetPath(indexId: string, unitId: string, year: number, ext: 'xlsx' | 'csv'): string {
  return `/worksheets/${indexId}/${unitId}-${year}.${ext}`;
}

function texts(locale: Locale): WorksheetText {
  return {
    t: (key, params) => t(locale, key as MessageKey, params),
    points: (x) => formatNumber(locale, x, 2),
    pct: (x) => formatPct(locale, x, 2),
  };
}

/** Builds both files of a worksheet. */
export async function worksheetFiles(
  source: LostSource,
  s: WorksheetSubject,
  locale: Locale = 'vi',
): Promise<{ xlsx: Uint8Array<ArrayBuffer>; csv: string }> {
  const [breakdown, history] = await Promise.all([source.breakdown(s.unit.unit_id, s.year), source.history(s.unit.unit_id)]);
  const sheet = worksheetSheet(
    {
      unitName: nameOf(locale, s.unit),
      indexName: nameOf(locale, s.index),
      year: s.year,
      isSample: s.index.is_sample,
      breakdown,
      yoy: yearOverYear(history, s.year),
      source: s.source,
      edition: s.edition ?? DEFAULT_EDITION,
    },
    texts(locale),
    (r) => nameOf(locale, r),
  );
  const edition = {
    header: t(locale, 'worksheet.col.edition'),
    value: t(locale, (s.edition ?? DEFAULT_EDITION) === 'public' ? 'edition.public' : 'edition.internal'),
  };
  return { xlsx: await toXlsx(sheet), csv: toCsv(worksheetCsvRows(sheet, edition)) };
}
