/**
 * Numbers and dates formatted for a locale through Intl (never by hand): "85,95" in Vietnamese,
 * "85.95" in English. Formatters are memoised because building an Intl object is slow.
 */
import { INTL_TAGS, type Locale } from './locales.ts';

/** What a missing value (NULL) is shown as: an en dash, never 0. */
export const MISSING = '–';

/** Unicode minus sign: reads better than the hyphen-minus Intl emits and is what screen readers call "minus". */
const MINUS = '\u2212';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(INTL_TAGS[locale], options);
    numberFormats.set(key, format);
  }
  return format;
}

function fixed(digits: number): Intl.NumberFormatOptions {
  return { minimumFractionDigits: digits, maximumFractionDigits: digits };
}

/** A number with exactly `digits` decimals: `formatNumber('vi', 85.95, 2)` → "85,95"; null → "–". */
export function formatNumber(locale: Locale, x: number | null, digits = 0): string {
  if (x === null || !Number.isFinite(x)) return MISSING;
  return numberFormat(locale, fixed(digits)).format(x).replace('-', MINUS);
}

/**
 * A percentage given in points (0–100, as `pct_of_max` is stored): `formatPct('vi', 85.95)` → "85,95%",
 * `formatPct('en', 85.95)` → "85.95%". Null → "–".
 */
export function formatPct(locale: Locale, x: number | null, digits = 2): string {
  if (x === null || !Number.isFinite(x)) return MISSING;
  return numberFormat(locale, { style: 'percent', ...fixed(digits) })
    .format(x / 100)
    .replace('-', MINUS);
}

/** A change with its sign and a real minus: "+3", "−2", "0"; `formatSigned('vi', -1.5, 2)` → "−1,50". */
export function formatSigned(locale: Locale, x: number | null, digits = 0): string {
  if (x === null || !Number.isFinite(x)) return MISSING;
  return numberFormat(locale, { signDisplay: 'exceptZero', ...fixed(digits) })
    .format(x)
    .replace('-', MINUS);
}

/**
 * A file size in the largest unit that keeps it at or above 1, with one decimal in the locale's
 * format: `formatBytes('vi', 17_464_115)` → "16,7 MB", `formatBytes('en', 2_048)` → "2.0 KB". Units
 * are of 1,024, as file managers show them.
 */
export function formatBytes(locale: Locale, bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(locale, value, unit === 0 ? 0 : 1)} ${units[unit]}`;
}

/** Date styles offered: long "28 tháng 3, 2025" / "28 March 2025", short "28/3/2025" / "28/03/2025". */
export type DateStyle = 'long' | 'medium' | 'short';

/**
 * A calendar date. An ISO date string ("2025-07-01") is read as that day in UTC and formatted in UTC,
 * so the day never shifts with the reader's time zone.
 */
export function formatDate(locale: Locale, date: string | Date | null, style: DateStyle = 'long'): string {
  if (date === null) return MISSING;
  const value = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  if (Number.isNaN(value.getTime())) return MISSING;
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(INTL_TAGS[locale], { dateStyle: style, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(value);
}
