/** Checks a framework's tree and derives depth, domain_code, sort_order and which children add up. */
import { TOTAL_CODE } from '../../src/schema/index.ts';
import type { ErrorList } from './errors.ts';
import type { FrameworkItem } from './framework-item.ts';
import { rowRef } from './read-table.ts';

/** Tolerance when children must add up to their parent. */
export const SUM_TOLERANCE = 0.01;

/**
 * Exactly one TOTAL, unique codes, known parents, no cycles, and children of one level summing to
 * their parent's maximum. Returns the items by code, with derived fields filled in.
 */
export function checkTree(rows: FrameworkItem[], file: string, errors: ErrorList): Map<string, FrameworkItem> {
  const items = new Map<string, FrameworkItem>();
  for (const item of rows) {
    const first = items.get(item.item_code);
    if (first) errors.add(file, item.at.row, 'item_code', item.item_code, `duplicate of ${rowRef(first.at, item.at)} (same item_code)`);
    else items.set(item.item_code, item);
  }
  checkRoot(items, file, errors);
  for (const item of items.values()) {
    if (item.item_code === TOTAL_CODE) continue;
    if (item.parent_code === null) errors.add(file, item.at.row, 'parent_code', '(empty)', `every item but ${TOTAL_CODE} needs a parent`);
    else if (!items.has(item.parent_code)) errors.add(file, item.at.row, 'parent_code', item.parent_code, 'unknown parent item');
  }
  derive(items, file, errors);
  checkSums(items, file, errors);
  return items;
}

function checkRoot(items: Map<string, FrameworkItem>, file: string, errors: ErrorList): void {
  const total = items.get(TOTAL_CODE);
  if (!total) errors.add(file, null, 'item_code', '(missing)', `no ${TOTAL_CODE} item`);
  else if (total.item_level !== 'total')
    errors.add(file, total.at.row, 'item_level', total.item_level, `${TOTAL_CODE} must have item_level total`);
  else if (total.parent_code !== null) errors.add(file, total.at.row, 'parent_code', total.parent_code, `${TOTAL_CODE} has no parent`);
  for (const item of items.values()) {
    if (item.item_level === 'total' && item.item_code !== TOTAL_CODE) {
      errors.add(file, item.at.row, 'item_level', 'total', `only ${TOTAL_CODE} may be the total (exactly one TOTAL per framework)`);
    }
  }
}

/** Depth, domain and order within the parent, walking up from each item; a cycle is reported once per item in it. */
function derive(items: Map<string, FrameworkItem>, file: string, errors: ErrorList): void {
  const siblings = new Map<string, number>();
  for (const item of items.values()) {
    const key = item.parent_code ?? '';
    siblings.set(key, (siblings.get(key) ?? 0) + 1);
    item.sort_order = siblings.get(key)!;
    let depth = 0;
    let domain: string | null = null;
    for (let cur: FrameworkItem | undefined = item; cur && cur.parent_code !== null; cur = items.get(cur.parent_code)) {
      if (cur.item_level === 'domain' && domain === null) domain = cur.item_code;
      if (++depth > items.size) {
        errors.add(file, item.at.row, 'parent_code', item.parent_code ?? '', 'the parents form a cycle');
        break;
      }
    }
    item.depth = depth;
    item.domain_code = domain;
  }
  for (const item of items.values()) {
    const parent = item.parent_code === null ? undefined : items.get(item.parent_code);
    const kids = [...items.values()].filter((k) => k.parent_code === item.parent_code);
    const hasMain = kids.some((k) => k.item_level !== 'component');
    item.rollsUp = parent !== undefined && (item.item_level !== 'component' || !hasMain);
  }
}

/** Children of one level under one parent must sum to the parent's maximum when every maximum is known. */
function checkSums(items: Map<string, FrameworkItem>, file: string, errors: ErrorList): void {
  const groups = new Map<string, FrameworkItem[]>();
  for (const item of items.values()) {
    if (item.parent_code === null) continue;
    const key = `${item.parent_code}|${item.item_level}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  for (const [key, kids] of groups) {
    const parent = items.get(key.split('|')[0]!);
    if (!parent || parent.max_points === null || kids.some((k) => k.max_points === null)) continue;
    const sum = kids.reduce((s, k) => s + k.max_points!, 0);
    if (Math.abs(sum - parent.max_points) > SUM_TOLERANCE + 1e-9) {
      const codes = kids.map((k) => k.item_code).join(', ');
      errors.add(
        file,
        parent.at.row,
        'max_points',
        String(parent.max_points),
        `its ${kids[0]!.item_level} items (${codes}) sum to ${round(sum)}, not ${parent.max_points} (tolerance ${SUM_TOLERANCE})`,
      );
    }
  }
}

/** Rounds away floating-point noise for messages and sums. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
