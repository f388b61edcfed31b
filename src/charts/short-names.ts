/**
 * Shorter names for labels inside a chart, by one rule applied to every label alike: the generic word
 * that says what kind of unit it is ("Sở", "Bộ", "Xã", "Phường", "Department of", "… Ward") is dropped,
 * as the chart's caption and the index already say it. Two names that would then read the same (or
 * read as another unit's full name) both keep their full names. Tooltips and data tables always show
 * full names.
 */

/** Longest first, so "Thị trấn" is tried before a shorter word it starts with. */
const PREFIXES = [
  'Ủy ban nhân dân ',
  'Department of ',
  'Ministry of ',
  'Thị trấn ',
  'Đặc khu ',
  'Phường ',
  'Thị xã ',
  'Huyện ',
  'UBND ',
  'Sở ',
  'Bộ ',
  'Xã ',
];
const SUFFIXES = [' Special Zone', ' Township', ' Commune', ' District', ' Ward', ' Town'];

/** The name without its generic word; the name itself when it has none or nothing would be left. */
export function shortName(name: string): string {
  const prefix = PREFIXES.find((p) => name.startsWith(p) && name.length > p.length);
  if (prefix) return name.slice(prefix.length);
  const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length);
  return suffix ? name.slice(0, -suffix.length) : name;
}

/** Each distinct name's label: its short name, or the full name where short names would be ambiguous. */
export function shortNames(names: Iterable<string>): Map<string, string> {
  const full = new Set(names);
  const byShort = new Map<string, string[]>();
  for (const name of full) {
    const short = shortName(name);
    byShort.set(short, [...(byShort.get(short) ?? []), name]);
  }
  const out = new Map<string, string>();
  for (const [short, owners] of byShort) {
    const ambiguous = owners.length > 1 || (full.has(short) && owners[0] !== short);
    for (const name of owners) out.set(name, ambiguous ? name : short);
  }
  return out;
}
