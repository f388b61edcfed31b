/**
 * Framework items as tables write them: codes "1", "1.1", "1.1.2", "D1.1", Roman numerals "II", a code
 * before a name ("1.2. Ban hành kế hoạch"), or a domain's name alone, matched to the framework's codes.
 */
import type { Framework } from '../data/framework-item.ts';
import { foldHeader } from './synonyms.ts';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

function fromRoman(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN[text[i]!]!;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const CODE = /^(?:linh vuc|tieu chi thanh phan|tieu chi|domain|criterion)?\s*(d?\d+(?:\s\d+)*|[ivx]+)(?:\s|$)/;

/**
 * The code a header or cell starts with, in the framework's form ("1.1" → "D1.1", "II" → "D2"), or null.
 * Works on the folded text, where "1.1." reads "1 1".
 */
export function codeIn(text: string): string | null {
  const folded = foldHeader(text);
  const m = CODE.exec(folded);
  if (!m) return null;
  const raw = m[1]!;
  if (/^[ivx]+$/.test(raw)) return /^[IVX]+$/.test(text.trim().split(/[\s.]/)[0] ?? '') ? `D${fromRoman(raw.toUpperCase())}` : null;
  return `D${raw.replace(/^d/, '').replace(/ /g, '.')}`;
}

/** Matches item headers and cells to the codes of one framework. */
export class ItemMatcher {
  private readonly byName = new Map<string, string>();
  readonly framework: Framework;

  constructor(framework: Framework) {
    this.framework = framework;
    for (const item of framework.items.values()) {
      for (const name of [item.name_vi, item.name_en, ...item.aliases]) if (name) this.byName.set(foldHeader(name), item.item_code);
    }
  }

  /** The framework code of a header or cell: by its leading code, else by the item's name; null when neither. */
  match(text: string): string | null {
    const code = codeIn(text);
    if (code !== null) return this.framework.items.has(code) ? code : null;
    return this.byName.get(foldHeader(text)) ?? null;
  }

  /** Like match, but says what was looked for when nothing matched. */
  explain(text: string): string {
    const code = codeIn(text);
    return code === null
      ? `no item code or item name of framework ${this.framework.id}`
      : `item ${code} is not in framework ${this.framework.id}`;
  }

  maxOf(code: string): number | null {
    return this.framework.items.get(code)?.max_points ?? null;
  }
}

/** Recognises item headers of any of `frameworks` (before the year, and so the framework, is known). */
export function anyItem(frameworks: readonly Framework[]): (text: string) => string | null {
  const matchers = frameworks.map((f) => new ItemMatcher(f));
  return (text) => codeIn(text) ?? matchers.map((m) => m.match(text)).find((c) => c !== null) ?? null;
}
