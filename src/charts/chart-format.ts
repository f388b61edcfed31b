/**
 * Number formatting inside charts: the site's Intl formatters ("85,95" in Vietnamese, a real minus),
 * with the text for a missing value chosen by the chart.
 */
import { formatNumber, formatPct, formatSigned } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

const known = (x: number | null): x is number => x !== null && Number.isFinite(x);

/** A number with `digits` decimals, or the given text for a missing value. */
export function numberText(locale: Locale, x: number | null, digits = 0, missing = '–'): string {
  return known(x) ? formatNumber(locale, x, digits) : missing;
}

/** A percentage given in points (0–100): 85.95 → "85,95%" in Vietnamese. */
export function pctText(locale: Locale, x: number | null, digits = 2, missing = '–'): string {
  return known(x) ? formatPct(locale, x, digits) : missing;
}

/** A change with its sign and a real minus: "+3", "−2", "0". */
export function signedText(locale: Locale, x: number | null, digits = 0, missing = '–'): string {
  return known(x) ? formatSigned(locale, x, digits) : missing;
}

/** Years are labels, not quantities: never "2.024". */
export const yearText = (year: number): string => String(year);

/** Points with as many decimals as they need, up to two: 12 → "12", 1.5 → "1,5", 0.25 → "0,25". */
export function pointsText(locale: Locale, x: number | null, missing = '–'): string {
  if (!known(x)) return missing;
  const cents = Math.round(x * 100);
  const digits = cents % 100 === 0 ? 0 : cents % 10 === 0 ? 1 : 2;
  return formatNumber(locale, cents / 100, digits);
}
