/** Small view helpers shared by components: localized names, links and number formats. */
import { isMessageKey, t } from '../i18n/translate.ts';
import type { MessageParams } from '../i18n/translate.ts';
import { formatNumber, formatPct, formatSigned } from '../i18n/format.ts';
import { localePath, type Locale } from '../i18n/locales.ts';
import type { RankingTableOptions } from '../tables/ranking-table.ts';

/**
 * A translator bound to a locale. Keys are checked when used: a missing key fails the build loudly
 * instead of showing the key to readers (dynamic keys such as `level.${level}` can't be checked by types).
 */
export function translator(locale: Locale): (key: string, params?: MessageParams) => string {
  return (key, params) => {
    if (!isMessageKey(key)) throw new Error(`Missing translation key "${key}"`);
    return t(locale, key, params);
  };
}

/** Anything with Vietnamese and (maybe) English names. */
export interface Named {
  name_vi: string;
  name_en: string | null;
}

/** The name in the page's language, Vietnamese when no English name is known. */
export function nameOf(locale: Locale, row: Named): string {
  return locale === 'en' && row.name_en ? row.name_en : row.name_vi;
}

export const unitHref = (locale: Locale, unitId: string): string => localePath(locale, `/units/${unitId}/`);
export const indexHref = (locale: Locale, indexId: string): string => localePath(locale, `/rankings/${indexId}/`);

/** Number formats for tables in a locale (decimal comma in Vietnamese). */
export function tableFormat(locale: Locale): RankingTableOptions['format'] {
  return {
    pct: (x) => formatPct(locale, x),
    signed: (x, digits = 0) => formatSigned(locale, x, digits),
    int: (x) => formatNumber(locale, x, 0),
  };
}

/** Labels of the ranking table in a locale. */
export function rankingLabels(locale: Locale): RankingTableOptions['labels'] {
  const k = translator(locale);
  return {
    rank: k('table.rank'),
    unit: k('table.unit'),
    score: k('table.scorePct'),
    rankChange: k('table.deltaRank'),
    scoreChange: k('table.deltaScore'),
    group: k('table.group'),
    source: k('table.source'),
  };
}
