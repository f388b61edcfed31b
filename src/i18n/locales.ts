/**
 * The site's locales and their URL prefixes. Vietnamese is the default and lives at the root (`/`);
 * English lives under `/en/`.
 */

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'vi';

/** BCP 47 tags handed to Intl: the region pins the conventions (decimal comma in vi-VN, day-month order in en-GB). */
export const INTL_TAGS: Readonly<Record<Locale, string>> = { vi: 'vi-VN', en: 'en-GB' };

/** Is the string one of the site's locales? */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** Every locale but this one, in LOCALES order: the language switch and `hreflang` alternates. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((l) => l !== locale);
}

/**
 * The path of a page in a locale: `localePath('vi', '/units/')` → `/units/`,
 * `localePath('en', '/units/')` → `/en/units/`. The path is locale-neutral and starts with `/`;
 * a query string or hash is kept as it is.
 */
export function localePath(locale: Locale, path: string): string {
  const neutral = path.startsWith('/') ? path : `/${path}`;
  return locale === DEFAULT_LOCALE ? neutral : `/${locale}${neutral}`;
}

/** The locale a path belongs to: `/en/…` is English, anything else Vietnamese. */
export function localeFromPath(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** The locale-neutral path: `/en/units/` → `/units/`, `/en` → `/`. */
export function stripLocale(pathname: string): string {
  const locale = localeFromPath(pathname);
  if (locale === DEFAULT_LOCALE) return pathname;
  const rest = pathname.slice(locale.length + 1);
  return rest === '' ? '/' : rest;
}

/** The same page in another locale, for the language switch: `switchLocalePath('/en/units/', 'vi')` → `/units/`. */
export function switchLocalePath(pathname: string, target: Locale): string {
  return localePath(target, stripLocale(pathname));
}
