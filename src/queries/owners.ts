/**
 * The owners of every index (data/reference owners): who answers for which items in the latest framework
 * that assigns it any (a commune post of the 2021 framework keeps its items after 2025 brought new
 * divisions), and the years in which scores exist on those items.
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';

export interface OwnerSummary {
  index_id: string;
  owner_id: string;
  name_vi: string;
  name_en: string;
  kind: string;
  note_vi: string | null;
  is_sample: boolean;
  /** Items assigned to it (not inherited) in the latest framework that assigns it any, in framework order. */
  items: { item_code: string; name_vi: string; name_en: string }[];
  /** Years with a score on an item it owns, oldest first. */
  years: number[];
}

const SQL = `
  WITH fw_last AS (
    SELECT index_id, framework_id, max(year) AS last_year FROM index_years GROUP BY ALL),
  owned AS (
    SELECT o.index_id, o.owner_id, o.framework_id, o.item_code, w.last_year,
           max(w.last_year) OVER (PARTITION BY o.index_id, o.owner_id) AS owner_last
    FROM item_owners o JOIN fw_last w USING (index_id, framework_id) WHERE NOT o.is_inherited),
  assigned AS (
    SELECT o.index_id, o.owner_id,
           list({'item_code': f.item_code, 'name_vi': f.name_vi, 'name_en': f.name_en} ORDER BY f.sort_order, f.item_code) AS items
    FROM owned o JOIN framework_items f ON f.framework_id = o.framework_id AND f.item_code = o.item_code
    WHERE o.last_year = o.owner_last GROUP BY ALL),
  years AS (
    SELECT o.index_id, o.owner_id, list(DISTINCT s.year ORDER BY s.year) AS years
    FROM item_owners o JOIN index_years y ON y.index_id = o.index_id AND y.framework_id = o.framework_id
    JOIN scores s ON s.index_id = o.index_id AND s.year = y.year AND s.item_code = o.item_code
    WHERE NOT o.is_inherited AND s.final_score IS NOT NULL GROUP BY ALL)
  SELECT w.index_id, w.owner_id, w.name_vi, w.name_en, w.kind, w.note_vi, i.is_sample,
         coalesce(a.items, []) AS items, coalesce(y.years, []) AS years
  FROM owners w JOIN indices i USING (index_id)
  LEFT JOIN assigned a USING (index_id, owner_id) LEFT JOIN years y USING (index_id, owner_id)
  WHERE $index IS NULL OR w.index_id = $index
  ORDER BY i.sort_order, w.index_id, w.sort_order`;

/** Every owner (of one index, or of all), with its items and years. */
export function listOwners(db: Db, p: { indexId?: string } = {}): Promise<OwnerSummary[]> {
  return db.all<OwnerSummary>(...named(SQL, { index: p.indexId ?? null }));
}
