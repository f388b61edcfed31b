/** Every unit, for the unit pages and the unit search. */
import type { Db } from '../db/types.ts';

export interface UnitSummary {
  unit_id: string;
  name_vi: string;
  name_en: string | null;
  level: string;
  parent_id: string | null;
  parent_name_vi: string | null;
  parent_name_en: string | null;
  valid_from: number | null;
  valid_to: number | null;
  aliases: string[];
  is_sample: boolean;
  /** Indices the unit has scores in. */
  index_ids: string[];
}

const SQL = `
  SELECT u.unit_id, u.name_vi, u.name_en, u.level, u.parent_id, p.name_vi AS parent_name_vi, p.name_en AS parent_name_en,
         u.valid_from, u.valid_to, u.aliases, u.is_sample,
         coalesce((SELECT list(DISTINCT s.index_id ORDER BY s.index_id) FROM scores s WHERE s.unit_id = u.unit_id), []) AS index_ids
  FROM units u LEFT JOIN units p ON p.unit_id = u.parent_id
  ORDER BY u.is_sample, u.level, u.name_vi, u.unit_id`;

/** All units, real ones first. */
export function listUnits(db: Db): Promise<UnitSummary[]> {
  return db.all<UnitSummary>(SQL);
}
