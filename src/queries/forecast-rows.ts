/**
 * The rows the forecast from self-assessment learns from (src/forecast/model.ts): every leaf item of an
 * index (an item without children in its year's framework, components aside), for every unit and year,
 * with its kind, maximum, self-assessed and final score and the council's reason.
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import type { ForecastRow } from '../forecast/model.ts';

const SQL = `
  SELECT s.unit_id, s.year, s.item_code, f.kind, s.applicable, s.max_points, s.self_score, s.final_score, s.reason_vi
  FROM scores s
  JOIN index_years y ON y.index_id = s.index_id AND y.year = s.year
  JOIN framework_items f ON f.framework_id = y.framework_id AND f.item_code = s.item_code
  WHERE s.index_id = $index AND f.item_level IN ('criterion', 'sub_criterion')
    AND NOT EXISTS (SELECT 1 FROM framework_items c WHERE c.framework_id = f.framework_id AND c.parent_code = f.item_code)
  ORDER BY s.year, s.unit_id, s.item_code`;

/** Every leaf row of the index, oldest year first. */
export function forecastRows(db: Db, p: { indexId: string }): Promise<ForecastRow[]> {
  return db.all<ForecastRow>(...named(SQL, { index: p.indexId }));
}

/** The names of the items of an index year's framework, for the forecast's items at risk. */
const NAMES = `
  SELECT f.item_code, f.name_vi, f.name_en FROM framework_items f
  JOIN index_years y USING (framework_id) WHERE y.index_id = $index AND y.year = $year`;

export function forecastItemNames(
  db: Db,
  p: { indexId: string; year: number },
): Promise<{ item_code: string; name_vi: string; name_en: string }[]> {
  return db.all(...named(NAMES, { index: p.indexId, year: p.year }));
}
