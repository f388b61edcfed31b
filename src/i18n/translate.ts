/**
 * Translation lookup: flat dotted keys ("filters.year.label") per locale, `{name}` placeholders.
 * To add a string, add the key to vi.json and en.json (the parity test fails until both have it).
 */
import { interpolate, type MessageParams } from './interpolate.ts';
import vi from './vi.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import { DEFAULT_LOCALE, type Locale } from './locales.ts';

/** Every key of the Vietnamese dictionary, which is the reference locale. */
export type MessageKey = keyof typeof vi;

/** Values for `{name}` placeholders. Numbers are inserted as written: format them first (years must not be). */
export type { MessageParams } from './interpolate.ts';

/** The dictionaries, by locale. */
export const MESSAGES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { vi, en };

export { interpolate } from './interpolate.ts';

/**
 * The message for a key in a locale, with placeholders filled. Falls back to Vietnamese, then to the
 * key itself, so a missing translation shows up on the page instead of breaking it.
 */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return translateWith(MESSAGES, locale, key, params);
}

/** `t()` over given dictionaries (the fallback rule, separated so it can be tested on incomplete ones). */
export function translateWith(
  messages: Readonly<Record<Locale, Readonly<Record<string, string>>>>,
  locale: Locale,
  key: string,
  params?: MessageParams,
): string {
  const template = messages[locale][key] ?? messages[DEFAULT_LOCALE][key] ?? key;
  return interpolate(template, params);
}

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

/** Is the string a known key? For keys built at run time, e.g. `level.${row.level}`. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES[DEFAULT_LOCALE], key);
}

export { placeholdersOf } from './interpolate.ts';
