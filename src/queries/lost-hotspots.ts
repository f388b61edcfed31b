/**
 * Lost points across the units of an index-year: the cells of the hotspot heatmap (unit × item at one
 * level) and the items most units lose points on.
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';

/** A level of the framework's tree the heatmap can show. */
export type DetailLevel = 'domain' | 'criterion' | 'sub_criterion';
export const DETAIL_LEVELS: readonly DetailLevel[] = ['domain', 'criterion', 'sub_criterion'];

export interface HotspotParams {
  indexId: string;
  year: number;
  level: DetailLevel;
  /** Only the items of this domain; '' for all. */
  domain: string;
}

export interface HotspotCell {
  unit_id: string;
  unit_name_vi: string;
  unit_name_en: string | null;
  item_code: string;
  item_name_vi: string;
  item_name_en: string;
  /** False: the item does not apply to the unit (N/A, distinct from "lost nothing"). */
  applicable: boolean;
  max_points: number | null;
  final_score: number | null;
  lost_points: number | null;
  /** lost / applicable max, 0–1; NULL for N/A or unknown. */
  lost_share: number | null;
  reason_vi: string | null;
  /** Order of the item in the framework. */
  item_order: number[];
  /** How the item's points are earned (ITEM_KINDS): survey-scored items are shown apart. */
  kind: string;
}

/** The item tree order (domain, criterion, sub-criterion sort orders), as in lost-breakdown. */
const ITEMS = `
  y AS (SELECT framework_id FROM index_years WHERE index_id = $index AND year = $year),
  items AS (
    SELECT f.item_code, f.name_vi, f.name_en, f.max_points AS framework_max, f.domain_code, f.kind,
      CASE f.item_level WHEN 'domain' THEN [f.sort_order, 0, 0]
        WHEN 'criterion' THEN [p.sort_order, f.sort_order, 0]
        ELSE [g.sort_order, p.sort_order, f.sort_order] END AS item_order
    FROM framework_items f JOIN y USING (framework_id)
    LEFT JOIN framework_items p ON p.framework_id = f.framework_id AND p.item_code = f.parent_code
    LEFT JOIN framework_items g ON g.framework_id = f.framework_id AND g.item_code = p.parent_code
    WHERE f.item_level = $level AND ($domain = '' OR f.domain_code = $domain))`;

const CELLS = `
  WITH ${ITEMS}
  SELECT s.unit_id, u.name_vi AS unit_name_vi, u.name_en AS unit_name_en, i.item_code,
         i.name_vi AS item_name_vi, i.name_en AS item_name_en, s.applicable, s.max_points, s.final_score, s.lost_points,
         CASE WHEN s.applicable AND s.max_points > 0 AND s.lost_points IS NOT NULL THEN s.lost_points / s.max_points END AS lost_share,
         s.reason_vi, i.item_order, i.kind
  FROM scores s JOIN items i USING (item_code) JOIN units u USING (unit_id)
  WHERE s.index_id = $index AND s.year = $year
  ORDER BY u.name_vi, i.item_order`;

/** Every unit × item cell of the level (and domain) chosen. */
export function hotspotCells(db: Db, p: HotspotParams): Promise<HotspotCell[]> {
  return db.all<HotspotCell>(...named(CELLS, { index: p.indexId, year: p.year, level: p.level, domain: p.domain }));
}

export interface LostItemRow {
  item_code: string;
  name_vi: string;
  name_en: string;
  framework_max: number | null;
  /** Points lost on the item, summed over units. */
  total_lost: number;
  /** Units to whom the item applies (with a score). */
  units_scored: number;
  units_losing: number;
  /** units_losing / units_scored. */
  share_losing: number;
  /** Mean points lost per unit scored. */
  mean_lost: number;
  /** How the item's points are earned (ITEM_KINDS). */
  kind: string;
}

const MOST_LOST = `
  WITH ${ITEMS}
  SELECT i.item_code, i.name_vi, i.name_en, i.framework_max, i.kind,
         round(sum(s.lost_points), 6) AS total_lost, count(*) AS units_scored,
         count(*) FILTER (WHERE s.lost_points > 0) AS units_losing,
         count(*) FILTER (WHERE s.lost_points > 0) / count(*) AS share_losing,
         round(avg(s.lost_points), 6) AS mean_lost
  FROM scores s JOIN items i USING (item_code)
  WHERE s.index_id = $index AND s.year = $year AND s.applicable AND s.lost_points IS NOT NULL
  GROUP BY ALL
  ORDER BY total_lost DESC, share_losing DESC, i.item_code`;

/** Items by points lost across units, most first. */
export function mostLostItems(db: Db, p: HotspotParams): Promise<LostItemRow[]> {
  return db.all<LostItemRow>(...named(MOST_LOST, { index: p.indexId, year: p.year, level: p.level, domain: p.domain }));
}
