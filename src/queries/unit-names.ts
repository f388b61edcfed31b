/** The names of a few units by id: a link's refused ids, named in the note instead of shown as codes. */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';

export interface UnitNameRow {
  unit_id: string;
  name_vi: string;
  name_en: string | null;
}

const SQL = `
  SELECT unit_id, name_vi, name_en FROM units
  WHERE list_contains(string_split($ids, ','), unit_id)
  ORDER BY unit_id`;

/** The units of `ids` that exist (ids never hold a comma: the URL state splits on it), by id. */
export function unitNames(db: Db, ids: readonly string[]): Promise<UnitNameRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.all<UnitNameRow>(...named(SQL, { ids: ids.join(',') }));
}
