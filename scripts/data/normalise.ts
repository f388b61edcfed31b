/**
 * Pure normalisers for raw cells: text, numbers, years, yes/no. Each returns a value or a reason
 * (never throws), so callers can report `file:row:column: value — why` and go on.
 */

/** A parsed cell: the value, or why the cell could not be read. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; why: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(why: string): Parsed<T> => ({ ok: false, why });

const EDGE_SPACE = /^[\s\u00a0\ufeff]+|[\s\u00a0]+$/g;

/** True when the first or last character is a space of any kind (or a BOM). */
function hasEdgeSpace(text: string): boolean {
  return /[\s\u00a0\ufeff]/.test(text[0]!) || /[\s\u00a0]/.test(text[text.length - 1]!);
}

/** True when some character may change under NFC: nothing below U+0300 (where combining marks start) does. */
function mayDecompose(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x300) return true;
  return false;
}

/** Unicode NFC, trimmed (including no-break spaces); an empty cell is null (missing), never "". */
export function normText(raw: string | undefined | null): string | null {
  if (raw === null || raw === undefined || raw === '') return null;
  let text = mayDecompose(raw) ? raw.normalize('NFC') : raw;
  if (hasEdgeSpace(text)) text = text.replace(EDGE_SPACE, '');
  return text === '' ? null : text;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAK = /[\t\n\r]/;
/** Embeddings, overrides and isolates: U+202E in a name reverses the text that follows it on every page. */
const DIRECTION_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** Longest text a cell may hold: a name (one line) or any other text (reasons run to a few paragraphs). */
export const TEXT_LIMITS = { name: 200, text: 10_000 } as const;

/**
 * Why any cell cannot be read as it is, or null: an invisible control character (line breaks and tabs
 * aside, which text may hold) or a direction control. No value of any column holds one.
 */
export function controlProblem(text: string): string | null {
  if (DIRECTION_CONTROL.test(text))
    return 'holds a direction-control character (U+202A–U+202E or U+2066–U+2069), which would reorder the text on the page';
  if (CONTROL.test(text)) return 'holds a control character (a line break, tab or other invisible code)';
  return null;
}

/** Why a text cell cannot be kept as it is, or null: too long, control characters, direction controls. */
export function textProblem(text: string, kind: keyof typeof TEXT_LIMITS): string | null {
  const limit = TEXT_LIMITS[kind];
  if (text.length > limit) return `${text.length} characters; a ${kind === 'name' ? 'name' : 'text'} holds at most ${limit}`;
  const control = controlProblem(text);
  if (control !== null) return control;
  if (kind === 'name' && LINE_BREAK.test(text)) return 'holds a control character (a line break, tab or other invisible code)';
  return null;
}

/** Why a source cell is not a web page address, or null: only http(s) links are published. */
export function sourceProblem(source: string): string | null {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return 'not a web address (expected http:// or https://…)';
  }
  return url.protocol === 'http:' || url.protocol === 'https:'
    ? null
    : `a ${url.protocol} link; only http:// and https:// pages are published`;
}

/**
 * Folds a name for matching: NFC, lower case, spaces collapsed, dashes unified.
 * "Bà Rịa – Vũng  Tàu" and "bà rịa - vũng tàu" fold alike.
 */
export function foldName(raw: string): string {
  return raw
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Lower case without diacritics ("Quảng Ninh" → "quang ninh"), for suggesting the closest names. */
export function stripDiacritics(raw: string): string {
  return foldName(raw)
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd');
}

/**
 * The words that prefix unit names in exports ("UBND", "Sở", "tỉnh", "thành phố", "TP.", "huyện", "xã",
 * "phường"…), unaccented, longest first.
 */
const UNIT_PREFIXES = ['uy ban nhan dan', 'thanh pho', 'thi tran', 'thi xa', 'ubnd', 'tinh', 'huyen', 'phuong', 'quan', 'tp', 'so', 'xa'];
const PREFIX = new RegExp(`^(${UNIT_PREFIXES.join('|')})\\s+`);

/**
 * A unit name folded loosely for matching names as exports write them: no diacritics, case or
 * punctuation, and no leading prefixes ("UBND tỉnh Hà Tĩnh" and "Ha Tinh" fold alike).
 */
export function looseUnitName(raw: string): string {
  let name = stripDiacritics(raw)
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
  for (let next = name.replace(PREFIX, ''); next !== name && next !== ''; next = name.replace(PREFIX, '')) name = next;
  return name;
}

/** A number as written in a cell, and whether it carried a "%" sign. */
export interface CellNumber {
  value: number;
  percent: boolean;
}

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * Reads "85,95", "85.95", "92,18 %" or "-1". Empty → null. A thousands separator or text is refused,
 * since "1,234" could be either 1.234 or 1234.
 */
export function parseNumber(raw: string | undefined | null): Parsed<CellNumber | null> {
  const text = normText(raw);
  if (text === null) return ok(null);
  const percent = text.endsWith('%');
  const body = percent ? text.slice(0, -1).replace(/[\s\u00a0]+$/, '') : text;
  if (!NUMBER.test(body)) return fail('not a number (use a decimal comma or point, no thousands separator)');
  // "-0" is zero: a signed zero would be stored as -0.0 and shown as "-0".
  return ok({ value: Number(body.replace(',', '.')) || 0, percent });
}

/** A number of points: a percentage is refused, since points and percentages differ by the item's maximum. */
export function parsePoints(raw: string | undefined | null): Parsed<number | null> {
  const n = parseNumber(raw);
  if (!n.ok) return n;
  if (n.value === null) return ok(null);
  if (n.value.percent) return fail('is a percentage; this column takes points');
  return ok(n.value.value);
}

/** A percentage: "92,18 %", "92.18" and "92,18" all mean 92.18 %. */
export function parsePercent(raw: string | undefined | null): Parsed<number | null> {
  const n = parseNumber(raw);
  if (!n.ok) return n;
  return ok(n.value === null ? null : n.value.value);
}

/** A whole number such as a rank ("3"); empty → null. */
export function parseInteger(raw: string | undefined | null): Parsed<number | null> {
  const text = normText(raw);
  if (text === null) return ok(null);
  if (!/^\d+$/.test(text)) return fail('not a whole number');
  return ok(Number(text));
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** An assessment year: exactly 4 digits, 2000–2100. Empty → null (the caller decides if it is required). */
export function parseYear(raw: string | undefined | null): Parsed<number | null> {
  const text = normText(raw);
  if (text === null) return ok(null);
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < MIN_YEAR || year > MAX_YEAR) {
    return fail(`year must be 4 digits between ${MIN_YEAR} and ${MAX_YEAR}`);
  }
  return ok(year);
}

const YES = new Set(['có', 'co', 'yes', 'y', 'true', '1', 'x', 'áp dụng', 'ap dung']);
const NO = new Set(['không', 'khong', 'no', 'n', 'false', '0', 'không áp dụng', 'khong ap dung', 'n/a', 'na']);

/** "Có"/"Không" (yes/no, 1/0, true/false); empty → the default. */
export function parseYesNo(raw: string | undefined | null, empty: boolean): Parsed<boolean> {
  const text = normText(raw);
  if (text === null) return ok(empty);
  const folded = foldName(text);
  if (YES.has(folded)) return ok(true);
  if (NO.has(folded)) return ok(false);
  return fail('unknown value (expected Có/Không, yes/no, 1/0 or true/false)');
}

/** A calendar date written YYYY-MM-DD. */
export function parseIsoDate(raw: string | undefined | null): Parsed<string | null> {
  const text = normText(raw);
  if (text === null) return ok(null);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = m ? new Date(`${text}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    return fail('not a date (expected YYYY-MM-DD)');
  }
  return ok(text);
}

/**
 * The pages a source cell names: several are separated by ";" (the published files write " ; "), so a
 * URL holding ";" must write it as %3B. Each is trimmed; empty entries and repeats are dropped, the
 * order is kept (the first is the main source). The one place where a source cell is split.
 */
export function splitSources(raw: string | undefined | null): string[] {
  const text = normText(raw);
  if (text === null) return [];
  return [
    ...new Set(
      text
        .split(/\s*;\s*/)
        .map(normText)
        .filter((s): s is string => s !== null),
    ),
  ];
}

/** Splits a `|`-separated list, normalising each entry and dropping empty ones. */
export function splitList(raw: string | undefined | null): string[] {
  const text = normText(raw);
  if (text === null) return [];
  return text
    .split('|')
    .map(normText)
    .filter((s): s is string => s !== null);
}
