/** Where a unit came from and what it became (the July 2025 merger and others). */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';

export interface LineageLink {
  direction: 'predecessor' | 'successor';
  unit_id: string;
  name_vi: string;
  name_en: string | null;
  effective_date: string;
  event: string;
  source_vi: string | null;
}

const SQL = `
  SELECT 'predecessor' AS direction, l.from_unit_id AS unit_id, u.name_vi, u.name_en,
         strftime(l.effective_date, '%Y-%m-%d') AS effective_date, l.event, l.source_vi
  FROM lineage l JOIN units u ON u.unit_id = l.from_unit_id WHERE l.to_unit_id = $unit
  UNION ALL
  SELECT 'successor', l.to_unit_id, u.name_vi, u.name_en,
         strftime(l.effective_date, '%Y-%m-%d'), l.event, l.source_vi
  FROM lineage l JOIN units u ON u.unit_id = l.to_unit_id WHERE l.from_unit_id = $unit
  ORDER BY direction, name_vi`;

/** Predecessors and successors of a unit, each with the event's date and legal basis. */
export function unitLineage(db: Db, unitId: string): Promise<LineageLink[]> {
  return db.all<LineageLink>(...named(SQL, { unit: unitId }));
}
