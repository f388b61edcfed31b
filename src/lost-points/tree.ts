/** The framework tree of a breakdown: which items are leaves, and each item's children. */

/** What tree logic needs of a breakdown row. */
export interface TreeItem {
  readonly item_code: string;
  readonly parent_code: string | null;
}

/** Items with no child in the list: sub-criteria, or criteria that have none. Points are lost on these. */
export function leavesOf<T extends TreeItem>(rows: readonly T[]): T[] {
  const parents = new Set(rows.map((r) => r.parent_code).filter((c): c is string => c !== null));
  return rows.filter((r) => !parents.has(r.item_code) && r.parent_code !== null);
}

/** Children of each item code, in the given order. */
export function childrenOf<T extends TreeItem>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    if (r.parent_code === null) continue;
    const list = out.get(r.parent_code) ?? [];
    list.push(r);
    out.set(r.parent_code, list);
  }
  return out;
}
