/**
 * The meaning of a column header, from the table of synonyms `header-synonyms.csv` (one row per way
 * files write a header, Vietnamese and English). Headers match ignoring diacritics, case, spacing and
 * punctuation; a synonym ending in `*` also matches headers that begin with it (the long headers of
 * decision annexes: "Điểm tự chấm của tỉnh", "Nội dung giải trình, TLKC bổ sung (lần 2)").
 */
import { readFileSync } from 'node:fs';
import { stripDiacritics } from '../data/normalise.ts';

export const MEANINGS = [
  'stt',
  'unit_name',
  'year',
  'item_code',
  'item_name',
  'item_deducted',
  'max_points',
  'applicable',
  'self_score',
  'appraisal_r1',
  'final_score',
  'reason',
  'explanation',
  'proposed_score',
  'source_url',
  'rank',
  'score_pct',
  'total_points',
  'group',
] as const;
export type Meaning = (typeof MEANINGS)[number];

/** A header folded for matching: no diacritics, lower case, letters, digits and "%" only. */
export function foldHeader(text: string): string {
  return stripDiacritics(text)
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

interface Synonyms {
  exact: Map<string, Meaning>;
  prefixes: [string, Meaning][];
}

let loaded: Synonyms | null = null;

function synonyms(): Synonyms {
  if (loaded) return loaded;
  const text = readFileSync(new URL('./header-synonyms.csv', import.meta.url), 'utf8');
  const exact = new Map<string, Meaning>();
  const prefixes: [string, Meaning][] = [];
  for (const line of text.split('\n').slice(1)) {
    const comma = line.indexOf(',');
    if (comma < 0) continue;
    const meaning = line.slice(0, comma) as Meaning;
    const header = line.slice(comma + 1);
    if (header.endsWith('*')) prefixes.push([foldHeader(header.slice(0, -1)), meaning]);
    exact.set(foldHeader(header.replace(/\*$/, '')), meaning);
  }
  loaded = { exact, prefixes: prefixes.sort((a, b) => b[0].length - a[0].length) };
  return loaded;
}

/** The meaning of a header, or null when the table does not know it. */
export function meaningOf(header: string): Meaning | null {
  const folded = foldHeader(header);
  if (folded === '') return null;
  const { exact, prefixes } = synonyms();
  return exact.get(folded) ?? prefixes.find(([p]) => folded.startsWith(`${p} `))?.[1] ?? null;
}

/** True when `value` names a meaning (for `--mapping col=meaning`). */
export function isMeaning(value: string): value is Meaning {
  return (MEANINGS as readonly string[]).includes(value);
}
