/** Static paths for every locale of LOCALES: the default locale at the root, each other one under `/<locale>/`. */
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../i18n/locales.ts';
import { inShard } from './build-shard.ts';

function everyLocale(): { params: { locale: string | undefined } }[] {
  return LOCALES.map((locale) => ({ params: { locale: locale === DEFAULT_LOCALE ? undefined : locale } }));
}

/**
 * `getStaticPaths` entries of a `[...locale]` route: `undefined` renders the root (the default locale).
 * Like {@link withLocales}, only the pages of this build process's shard (src/routing/build-shard.ts).
 */
export function localeParams(): { params: { locale: string | undefined } }[] {
  return inShard(everyLocale());
}

/** The locale of a `[...locale]` param: the default locale at the root. */
export function localeFromParam(param: string | undefined): Locale {
  return param !== undefined && isLocale(param) ? param : DEFAULT_LOCALE;
}

/** Cross product of locales and other params, for routes like `[...locale]/units/[unit]`. */
export function withLocales<P extends Record<string, string>, T>(entries: { params: P; props?: T }[]) {
  return inShard(
    everyLocale().flatMap(({ params }) => entries.map((e) => ({ params: { ...e.params, locale: params.locale }, props: e.props as T }))),
  );
}
