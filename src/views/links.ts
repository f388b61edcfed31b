/** Links to the site's pages, in a locale. */
import { localePath, type Locale } from '../i18n/locales.ts';

/** The page of a unit: `/units/ha-noi/`, `/en/units/ha-noi/`. */
export const unitHref = (locale: Locale, unitId: string): string => localePath(locale, `/units/${unitId}/`);

/** The rankings page of an index: `/rankings/vn-provinces/`. */
export const indexHref = (locale: Locale, indexId: string): string => localePath(locale, `/rankings/${indexId}/`);

/** The domain-trends page of an index: `/trends/vn-provinces/`. */
export const trendsHref = (locale: Locale, indexId: string): string => localePath(locale, `/trends/${indexId}/`);

/** The comparison page of an index, with a choice of units when given: `/compare/vn-provinces/?units=a,b`. */
export const compareHref = (locale: Locale, indexId: string, units: readonly string[] = []): string =>
  localePath(locale, `/compare/${indexId}/`) + (units.length > 0 ? `?units=${units.map(encodeURIComponent).join(',')}` : '');

/** The page of an owner (an office that answers for items of an index): `/owners/sample-communes/van-phong/`. */
export const ownerHref = (locale: Locale, indexId: string, ownerId: string): string => localePath(locale, `/owners/${indexId}/${ownerId}/`);

/** The list of owners, at an index's section: `/owners/#sample-communes`. */
export const ownersHref = (locale: Locale, indexId?: string): string => localePath(locale, '/owners/') + (indexId ? `#${indexId}` : '');
