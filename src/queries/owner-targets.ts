/**
 * What an owner (an office or department that answers for items, data/reference owners) reached in one
 * index-year: for every unit and every item assigned to the owner, this year's points against the
 * target — the explicit one where the province set it (for the unit, else for every unit), otherwise
 * last year's points on the same item, but only within one framework (across a framework change last
 * year's points are no measure, so there is no default target) and only for the same unit id (a merged
 * unit starts anew). Then the sub-items under the owner's items where units lost most, with the reason
 * given most often.
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';

export type TargetKind = 'explicit' | 'last_year';

export interface OwnerTargetRow {
  unit_id: string;
  unit_name_vi: string;
  unit_name_en: string | null;
  item_code: string;
  item_name_vi: string;
  item_name_en: string;
  item_level: string;
  /** False where the item does not apply to the unit: no target, never "missed". */
  applicable: boolean;
  max_points: number | null;
  points: number | null;
  last_year_points: number | null;
  target_points: number | null;
  target_kind: TargetKind | null;
  target_note_vi: string | null;
  /** points ≥ target; NULL where either is unknown or the item does not apply. */
  met: boolean | null;
  /** points − target (negative: short of it). */
  vs_target: number | null;
  lost_points: number | null;
}

const TARGETS_SQL = `
  WITH y AS (SELECT framework_id FROM index_years WHERE index_id = $index AND year = $year),
  same_fw AS (
    SELECT count(*) = 1 AS same FROM index_years p, y
    WHERE p.index_id = $index AND p.year = $year - 1 AND p.framework_id = y.framework_id),
  own AS (
    SELECT o.item_code, f.name_vi, f.name_en, f.item_level, f.sort_order FROM item_owners o
    JOIN y USING (framework_id)
    JOIN framework_items f ON f.framework_id = o.framework_id AND f.item_code = o.item_code
    WHERE o.index_id = $index AND o.owner_id = $owner AND NOT o.is_inherited),
  cur AS (
    SELECT s.unit_id, s.item_code, s.applicable, s.max_points, s.final_score, s.lost_points FROM scores s
    JOIN own USING (item_code) WHERE s.index_id = $index AND s.year = $year),
  prev AS (
    SELECT s.unit_id, s.item_code, s.final_score AS last_year_points FROM scores s
    JOIN own USING (item_code), same_fw
    WHERE s.index_id = $index AND s.year = $year - 1 AND same_fw.same AND s.applicable),
  t AS (
    SELECT c.*, p.last_year_points, tu.target_points AS t_unit, ta.target_points AS t_all,
           coalesce(tu.note_vi, ta.note_vi) AS target_note_vi
    FROM cur c
    LEFT JOIN prev p USING (unit_id, item_code)
    LEFT JOIN targets tu ON tu.index_id = $index AND tu.year = $year AND tu.unit_id = c.unit_id AND tu.item_code = c.item_code
    LEFT JOIN targets ta ON ta.index_id = $index AND ta.year = $year AND ta.unit_id IS NULL AND ta.item_code = c.item_code),
  g AS (
    SELECT *, CASE WHEN applicable THEN coalesce(t_unit, t_all, last_year_points) END AS target_points,
           CASE WHEN NOT applicable THEN NULL
                WHEN coalesce(t_unit, t_all) IS NOT NULL THEN 'explicit'
                WHEN last_year_points IS NOT NULL THEN 'last_year' END AS target_kind
    FROM t)
  SELECT g.unit_id, u.name_vi AS unit_name_vi, u.name_en AS unit_name_en, g.item_code,
         own.name_vi AS item_name_vi, own.name_en AS item_name_en, own.item_level, g.applicable, g.max_points,
         g.final_score AS points, g.last_year_points, g.target_points, g.target_kind,
         CASE WHEN g.target_kind = 'explicit' THEN g.target_note_vi END AS target_note_vi,
         CASE WHEN g.final_score IS NOT NULL AND g.target_points IS NOT NULL
              THEN g.final_score >= g.target_points - 0.000001 END AS met,
         round(g.final_score - g.target_points, 6) AS vs_target, g.lost_points
  FROM g JOIN own USING (item_code) JOIN units u USING (unit_id)
  ORDER BY own.sort_order, g.item_code, u.name_vi, g.unit_id`;

/** Every unit × item the owner answers for in the year, in framework order, then by unit name. */
export function ownerTargets(db: Db, p: { indexId: string; ownerId: string; year: number }): Promise<OwnerTargetRow[]> {
  return db.all<OwnerTargetRow>(...named(TARGETS_SQL, { index: p.indexId, owner: p.ownerId, year: p.year }));
}

export interface OwnerLossRow {
  item_code: string;
  name_vi: string;
  name_en: string;
  item_level: string;
  kind: string;
  /** Units that lost points on it, of those scored on it. */
  units_lost: number;
  units_scored: number;
  lost_total: number;
  /** The reason given most often (ties: the alphabetically first), and how many units it was given to. */
  top_reason_vi: string | null;
  top_reason_units: number | null;
}

const LOSSES_SQL = `
  WITH y AS (SELECT framework_id FROM index_years WHERE index_id = $index AND year = $year),
  own AS (
    SELECT o.item_code, f.name_vi, f.name_en, f.item_level, f.kind FROM item_owners o
    JOIN y USING (framework_id)
    JOIN framework_items f ON f.framework_id = o.framework_id AND f.item_code = o.item_code
    WHERE o.index_id = $index AND o.owner_id = $owner AND f.item_level IN ('criterion', 'sub_criterion')
      AND NOT EXISTS (SELECT 1 FROM framework_items c WHERE c.framework_id = f.framework_id AND c.parent_code = f.item_code)),
  s AS (
    SELECT s.item_code, s.lost_points, s.reason_vi FROM scores s JOIN own USING (item_code)
    WHERE s.index_id = $index AND s.year = $year AND s.applicable AND s.final_score IS NOT NULL),
  reasons AS (
    SELECT item_code, reason_vi, count(*) AS n,
           row_number() OVER (PARTITION BY item_code ORDER BY count(*) DESC, reason_vi) AS k
    FROM s WHERE lost_points > 0 AND reason_vi IS NOT NULL GROUP BY item_code, reason_vi)
  SELECT own.item_code, own.name_vi, own.name_en, own.item_level, own.kind,
         count(*) FILTER (WHERE s.lost_points > 0)::INTEGER AS units_lost, count(*)::INTEGER AS units_scored,
         round(coalesce(sum(s.lost_points), 0), 6) AS lost_total,
         any_value(r.reason_vi) AS top_reason_vi, any_value(r.n)::INTEGER AS top_reason_units
  FROM own JOIN s USING (item_code)
  LEFT JOIN reasons r ON r.item_code = own.item_code AND r.k = 1
  GROUP BY ALL HAVING lost_total > 0
  ORDER BY lost_total DESC, own.item_code
  LIMIT $limit`;

/** The finest items under the owner's that lost most points across units in the year. */
export function ownerLosses(db: Db, p: { indexId: string; ownerId: string; year: number; limit?: number }): Promise<OwnerLossRow[]> {
  return db.all<OwnerLossRow>(...named(LOSSES_SQL, { index: p.indexId, owner: p.ownerId, year: p.year, limit: p.limit ?? 10 }));
}

export interface OwnerRankRow {
  unit_id: string;
  unit_name_vi: string;
  unit_name_en: string | null;
  /** 'TOTAL' for the unit's overall rank, else an item the owner answers for. */
  item_code: string;
  rank: number | null;
  /** The rank a year earlier, where the item continues (same framework, or "same"/"renamed" in the crosswalk). */
  last_year_rank: number | null;
  /** Positive: moved up (last year's rank minus this year's). */
  rank_change: number | null;
}

const RANKS_SQL = `
  WITH y AS (SELECT framework_id FROM index_years WHERE index_id = $index AND year = $year),
  p AS (SELECT framework_id FROM index_years WHERE index_id = $index AND year = $year - 1),
  own AS (
    SELECT o.item_code FROM item_owners o JOIN y USING (framework_id)
    WHERE o.index_id = $index AND o.owner_id = $owner AND NOT o.is_inherited),
  items AS (SELECT 'TOTAL' AS item_code UNION ALL SELECT item_code FROM own),
  continues AS (
    SELECT i.item_code FROM items i, y, p
    WHERE y.framework_id = p.framework_id OR i.item_code = 'TOTAL'
       OR EXISTS (SELECT 1 FROM crosswalk c WHERE c.from_framework = p.framework_id AND c.to_framework = y.framework_id
                  AND c.from_item = i.item_code AND c.to_item = i.item_code AND c.relation IN ('same', 'renamed'))),
  cur AS (
    SELECT s.unit_id, s.item_code, coalesce(s.published_rank, s.computed_rank) AS rank FROM scores s JOIN items USING (item_code)
    WHERE s.index_id = $index AND s.year = $year),
  prev AS (
    SELECT s.unit_id, s.item_code, coalesce(s.published_rank, s.computed_rank) AS rank FROM scores s JOIN continues USING (item_code)
    WHERE s.index_id = $index AND s.year = $year - 1),
  ranked AS (SELECT DISTINCT unit_id FROM cur WHERE item_code = 'TOTAL' AND rank IS NOT NULL)
  SELECT c.unit_id, u.name_vi AS unit_name_vi, u.name_en AS unit_name_en, c.item_code, c.rank,
         p.rank AS last_year_rank, p.rank - c.rank AS rank_change
  FROM cur c JOIN ranked USING (unit_id) JOIN units u USING (unit_id)
  LEFT JOIN prev p USING (unit_id, item_code)
  ORDER BY u.name_vi, c.unit_id, c.item_code = 'TOTAL' DESC, c.item_code`;

/**
 * Each ranked unit's overall rank and its ranks on the owner's items, against a year earlier: letter
 * 001's question (the province fell while the domains its Department of Home Affairs leads rose).
 */
export function ownerRanks(db: Db, p: { indexId: string; ownerId: string; year: number }): Promise<OwnerRankRow[]> {
  return db.all<OwnerRankRow>(...named(RANKS_SQL, { index: p.indexId, owner: p.ownerId, year: p.year }));
}
