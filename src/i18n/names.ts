/** Names in the page's language: the one rule every page, table and chart label follows. */
import type { Locale } from './locales.ts';

/** Anything with a Vietnamese and (maybe) an English name: units, indices, framework items. */
export interface Named {
  name_vi: string;
  name_en: string | null;
}

/** The name in the page's language; Vietnamese when no English name is known. */
export function nameOf(locale: Locale, row: Named): string {
  return locale === 'en' && row.name_en ? row.name_en : row.name_vi;
}
