/**
 * The pure parts of the unit picker (unit-picker.ts): which options match what was typed, which
 * option the arrow keys make active, and the list of chosen units. No DOM here, so it is tested in Node.
 */
import { matchesQuery, searchKey } from '../i18n/search.ts';

/** A choice in the picker: a unit's id, its name in the page's language, and its years when another unit has the name. */
export interface PickerOption {
  readonly id: string;
  readonly label: string;
  readonly years?: string;
}

/** How an option and its chip read: the name, and the years when the name alone is ambiguous. */
export function choiceText(option: PickerOption): string {
  return option.years === undefined ? option.label : `${option.label} (${option.years})`;
}

/**
 * How well a name matches, best first: 0 the name starts with the query, 1 each word typed starts a
 * word of the name, 2 the query is only inside the name run together ("an" in "Bắc Giang").
 */
function matchRank(label: string, queryKey: string): number {
  const nameKey = searchKey(label);
  if (nameKey.startsWith(queryKey)) return 0;
  const words = nameKey.split(' ');
  return queryKey.split(' ').every((token) => words.some((word) => word.startsWith(token))) ? 1 : 2;
}

/**
 * The options that match a query as the site's search does (search.ts: diacritics and case ignored,
 * "nghe an" finds Nghệ An), without those already chosen; the best matches first, otherwise in their
 * given order. An empty query matches nothing: the list opens on typing, not on focus.
 */
export function matchingOptions(options: readonly PickerOption[], query: string, chosen: readonly string[]): PickerOption[] {
  const queryKey = searchKey(query);
  if (queryKey === '') return [];
  const taken = new Set(chosen);
  const found = options.filter((option) => !taken.has(option.id) && matchesQuery(option.label, query));
  const rank = new Map(found.map((option) => [option.id, matchRank(option.label, queryKey)]));
  return found.sort((a, b) => (rank.get(a.id) ?? 2) - (rank.get(b.id) ?? 2));
}

/**
 * The active option after a key, as an index into `count` options (-1: none). Down and Up move one
 * and wrap around; any other key keeps the active option.
 */
export function nextActive(active: number, count: number, key: string): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return active < 0 || active >= count - 1 ? 0 : active + 1;
  if (key === 'ArrowUp') return active <= 0 ? count - 1 : active - 1;
  return Math.min(active, count - 1);
}

/** The chosen ids with `id` added at the end; unchanged when it is already there or `max` are chosen. */
export function addChoice(chosen: readonly string[], id: string, max: number): string[] {
  if (chosen.includes(id) || chosen.length >= max) return [...chosen];
  return [...chosen, id];
}

/** The chosen ids without `id`. */
export function removeChoice(chosen: readonly string[], id: string): string[] {
  return chosen.filter((c) => c !== id);
}

/**
 * Where focus goes when the chip at `removed` is removed from `count` chips: the chip that takes its
 * place, else the one before it; -1 (the search box) when none is left.
 */
export function focusAfterRemoval(removed: number, count: number): number {
  const left = count - 1;
  if (left <= 0) return -1;
  return Math.min(removed, left - 1);
}
