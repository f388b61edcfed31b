/**
 * Number formatting inside charts, through Intl for the chart's locale ("85,95" in Vietnamese).
 * Charts do not import the site's i18n module, so the few formatters they need live here.
 */
import type { ChartLocale } from './types.ts';

const TAGS: Readonly<Record<ChartLocale, string>> = { vi: 'vi-VN', en: 'en-GB' };
const MINUS = '\u2212';
const cache = new Map<string, Intl.NumberFormat>();

function format(locale: ChartLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(TAGS[locale], options);
    cache.set(key, f);
  }
  return f;
}

const fixed = (digits: number): Intl.NumberFormatOptions => ({ minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A number with `digits` decimals, or the given text for a missing value. */
export function numberText(locale: ChartLocale, x: number | null, digits = 0, missing = '–'): string {
  return x === null || !Number.isFinite(x) ? missing : format(locale, fixed(digits)).format(x).replace('-', MINUS);
}

/** A percentage given in points (0–100): 85.95 → "85,95%" in Vietnamese. */
export function pctText(locale: ChartLocale, x: number | null, digits = 2, missing = '–'): string {
  return x === null || !Number.isFinite(x) ? missing : format(locale, { style: 'percent', ...fixed(digits) }).format(x / 100).replace('-', MINUS);
}

/** A change with its sign and a real minus: "+3", "−2", "0". */
export function signedText(locale: ChartLocale, x: number | null, digits = 0, missing = '–'): string {
  if (x === null || !Number.isFinite(x)) return missing;
  return format(locale, { signDisplay: 'exceptZero', ...fixed(digits) }).format(x).replace('-', MINUS);
}

/** Fills `{name}` placeholders of a label template; unknown placeholders stay. */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Years are labels, not quantities: never "2.024". */
export const yearText = (year: number): string => String(year);
