/**
 * What a unit that scores others has instead of a score of its own (the sample province): the indices it
 * runs, every unit ranked in them, and the lineage between those units.
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { groupBy } from '../charts/series.ts';
import type { LineageEvent } from './unit-lineage.ts';

export interface ScopeIndex {
  index_id: string;
  name_vi: string;
  name_en: string | null;
  unit_level: string;
  first_year: number;
  latest_year: number;
  /** Units in the data in the latest year. */
  latest_units: number;
  /** The index has criterion or sub-criterion scores: it has a lost-points page. */
  has_detail: boolean;
}

export interface ScopeUnit {
  index_id: string;
  unit_id: string;
  name_vi: string;
  name_en: string | null;
  level: string;
  valid_from: number | null;
  valid_to: number | null;
}

export interface ScopeLineage {
  from_unit_id: string;
  to_unit_id: string;
  event: LineageEvent;
}

/** One unit's indices, or every scope unit's when `$unit` is NULL (the build reads them once for all pages). */
const INDICES_SQL = `
  SELECT i.scope_unit_id, i.index_id, i.name_vi, i.name_en, i.unit_level,
         min(y.year) AS first_year, max(y.year) AS latest_year, arg_max(y.units_in_data, y.year) AS latest_units,
         EXISTS (SELECT 1 FROM scores s WHERE s.index_id = i.index_id AND s.item_level IN ('criterion', 'sub_criterion')) AS has_detail
  FROM indices i JOIN index_years y USING (index_id)
  WHERE i.scope_unit_id IS NOT NULL AND (CAST($unit AS VARCHAR) IS NULL OR i.scope_unit_id = $unit)
  GROUP BY i.scope_unit_id, i.index_id, i.name_vi, i.name_en, i.unit_level, i.sort_order
  ORDER BY i.scope_unit_id, i.sort_order, i.index_id`;

const UNITS_SQL = `
  WITH members AS (
    SELECT DISTINCT s.index_id, s.unit_id FROM scores s JOIN indices i USING (index_id) WHERE i.scope_unit_id = $unit
  )
  SELECT m.index_id, u.unit_id, u.name_vi, u.name_en, u.level, u.valid_from, u.valid_to
  FROM members m JOIN units u USING (unit_id)
  ORDER BY m.index_id, u.name_vi, u.unit_id`;

const LINEAGE_SQL = `
  WITH members AS (
    SELECT DISTINCT s.unit_id FROM scores s JOIN indices i USING (index_id) WHERE i.scope_unit_id = $unit
  )
  SELECT l.from_unit_id, l.to_unit_id, l.event FROM lineage l
  WHERE l.from_unit_id IN (SELECT unit_id FROM members) OR l.to_unit_id IN (SELECT unit_id FROM members)
  ORDER BY l.to_unit_id, l.from_unit_id`;

type IndexRow = ScopeIndex & { scope_unit_id: string };
const scopeIndex = ({ scope_unit_id: _, ...index }: IndexRow): ScopeIndex => index;

/** The indices whose scope is the unit (a province's own indices), in menu order; none for any other unit. */
export async function scopeIndices(db: Db, unitId: string): Promise<ScopeIndex[]> {
  return (await db.all<IndexRow>(...named(INDICES_SQL, { unit: unitId }))).map(scopeIndex);
}

/** `scopeIndices` of every unit that has any, by unit id, in one query. */
export async function allScopeIndices(db: Db): Promise<Map<string, ScopeIndex[]>> {
  const groups = groupBy(await db.all<IndexRow>(...named(INDICES_SQL, { unit: null })), (r) => r.scope_unit_id);
  return new Map([...groups].map(([unit, rows]) => [unit, rows.map(scopeIndex)]));
}

/** Every unit with a score in one of those indices, per index, by Vietnamese name, and the lineage rows that touch them. */
export async function scopeUnits(db: Db, unitId: string): Promise<{ units: ScopeUnit[]; lineage: ScopeLineage[] }> {
  const [units, lineage] = await Promise.all([
    db.all<ScopeUnit>(...named(UNITS_SQL, { unit: unitId })),
    db.all<ScopeLineage>(...named(LINEAGE_SQL, { unit: unitId })),
  ]);
  return { units, lineage };
}
