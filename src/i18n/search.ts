/**
 * Vietnamese sorting and diacritic-insensitive search: names sort in Vietnamese alphabetical order
 * (a, ă, â, b, c, d, đ, …), and "nghe an" finds "Nghệ An".
 */

const collator = new Intl.Collator('vi');

/** Compares two strings in Vietnamese alphabetical order; use with `Array.prototype.sort`. */
export const compareVi: (a: string, b: string) => number = collator.compare;

/** A copy of the items sorted by a name, in Vietnamese order. */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVi(nameOf(a), nameOf(b)));
}

/**
 * The form names are compared in: without diacritics (đ → d), lower case, punctuation turned into
 * single spaces. `searchKey('Bà Rịa – Vũng Tàu')` → "ba ria vung tau".
 */
export function searchKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function matchesOne(nameKey: string, queryKey: string, tokens: readonly string[]): boolean {
  const words = nameKey.split(' ');
  if (tokens.every((token) => words.some((word) => word.startsWith(token)))) return true;
  // People also type names run together ("danang", "hanoi").
  return nameKey.replaceAll(' ', '').includes(queryKey.replaceAll(' ', ''));
}

/**
 * Does a name (or any of a unit's names and aliases) match what the reader typed? Every word of the
 * query must start a word of the name, ignoring diacritics and case; an empty query matches everything.
 */
export function matchesQuery(name: string | readonly string[], query: string): boolean {
  const queryKey = searchKey(query);
  if (queryKey === '') return true;
  const tokens = queryKey.split(' ');
  const names = typeof name === 'string' ? [name] : name;
  return names.some((n) => matchesOne(searchKey(n), queryKey, tokens));
}
