/** Static paths for the two locales: Vietnamese at the root, English under /en/. */
import type { Locale } from '../i18n/locales.ts';

/** `getStaticPaths` entries of a `[...locale]` route: `undefined` renders the root (Vietnamese). */
export function localeParams(): { params: { locale: string | undefined } }[] {
  return [{ params: { locale: undefined } }, { params: { locale: 'en' } }];
}

/** The locale of a `[...locale]` param. */
export function localeFromParam(param: string | undefined): Locale {
  return param === 'en' ? 'en' : 'vi';
}

/** Cross product of locales and other params, for routes like `[...locale]/units/[unit]`. */
export function withLocales<P extends Record<string, string>, T>(entries: { params: P; props?: T }[]) {
  return localeParams().flatMap(({ params }) =>
    entries.map((e) => ({ params: { ...e.params, locale: params.locale }, props: e.props as T })),
  );
}
