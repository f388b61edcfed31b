/** A unit's domain scores in one index-year, against the best and the median of its peers. */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { SHOWN_RANK } from './shown-rank.ts';

export interface UnitDomainRow {
  unit_id: string;
  item_code: string;
  name_vi: string;
  name_en: string;
  unit_pct: number | null;
  unit_rank: number | null;
  /** Median and best of the units in the ranking; NULL in partial years (the few published are no peer group). */
  median_pct: number | null;
  best_pct: number | null;
  peers: number;
  is_partial: boolean;
}

/** Percent of the applicable maximum, so units with non-applicable items compare fairly. */
const SQL = `
  WITH dom AS (
    SELECT s.unit_id, s.item_code, s.pct_of_max, ${SHOWN_RANK} AS rank
    FROM scores s
    WHERE s.index_id = $index AND s.year = $year AND s.item_level = 'domain'
  ),
  stats AS (
    SELECT item_code, median(pct_of_max) AS median_pct, max(pct_of_max) AS best_pct, count(pct_of_max) AS peers
    FROM dom GROUP BY item_code
  )
  SELECT d.unit_id, d.item_code, f.name_vi, f.name_en, d.pct_of_max AS unit_pct, d.rank AS unit_rank,
         CASE WHEN NOT y.is_partial THEN st.median_pct END AS median_pct,
         CASE WHEN NOT y.is_partial THEN st.best_pct END AS best_pct,
         st.peers, y.is_partial
  FROM dom d
  JOIN stats st USING (item_code)
  JOIN index_years y ON y.index_id = $index AND y.year = $year
  JOIN framework_items f ON f.framework_id = y.framework_id AND f.item_code = d.item_code
  WHERE ($unit = '' OR d.unit_id = $unit)
  ORDER BY d.unit_id, f.sort_order`;

/** Domains of the framework in force that year, in framework order. */
export function unitDomains(db: Db, p: { indexId: string; year: number; unitId: string }): Promise<UnitDomainRow[]> {
  return db.all<UnitDomainRow>(...named(SQL, { index: p.indexId, year: p.year, unit: p.unitId }));
}

/** Every unit's domains in one index-year (for the build, which writes every unit's page), by unit. */
export function allUnitDomains(db: Db, p: { indexId: string; year: number }): Promise<UnitDomainRow[]> {
  return db.all<UnitDomainRow>(...named(SQL, { index: p.indexId, year: p.year, unit: '' }));
}
