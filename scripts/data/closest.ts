/** Suggests the closest known names for an unknown one (units, framework items). */
import { stripDiacritics } from './normalise.ts';

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** A known thing with every name it goes by. */
export interface Named {
  /** What to show in the suggestion, e.g. "Quảng Ninh (quang-ninh)". */
  label: string;
  names: readonly string[];
}

/**
 * The `count` closest candidates to `name`, by edit distance on diacritics-stripped lower-case names
 * (the best of each candidate's names), ties broken by label.
 */
export function closestNames(name: string, candidates: readonly Named[], count = 3): string[] {
  const target = stripDiacritics(name);
  return candidates
    .map((c) => ({ label: c.label, d: Math.min(...c.names.map((n) => editDistance(target, stripDiacritics(n)))) }))
    .sort((a, b) => a.d - b.d || a.label.localeCompare(b.label, 'vi'))
    .slice(0, count)
    .map((c) => c.label);
}

/** "; closest: A, B, C" or "" when nothing is known. */
export function suggestion(name: string, candidates: readonly Named[]): string {
  const names = closestNames(name, candidates);
  return names.length > 0 ? `; closest: ${names.join(', ')}` : '';
}
