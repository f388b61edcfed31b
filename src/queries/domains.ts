/** The domains of an index that have scores, per year: the choices of the domain filter. */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';

export interface DomainOption {
  item_code: string;
  name_vi: string;
  name_en: string;
  /** Years in which at least one unit has a score or rank for this domain. */
  years: number[];
}

const SQL = `
  SELECT s.item_code, arg_max(f.name_vi, s.year) AS name_vi, arg_max(f.name_en, s.year) AS name_en,
         list(DISTINCT s.year ORDER BY s.year) AS years, min(f.sort_order) AS sort_order
  FROM scores s
  JOIN index_years y ON y.index_id = s.index_id AND y.year = s.year
  JOIN framework_items f ON f.framework_id = y.framework_id AND f.item_code = s.item_code
  WHERE s.index_id = $index AND s.item_level = 'domain'
    AND (s.pct_of_max IS NOT NULL OR s.published_rank IS NOT NULL)
  GROUP BY s.item_code
  ORDER BY sort_order, s.item_code`;

/** Domains with data, named as in their latest framework. */
export async function domainOptions(db: Db, indexId: string): Promise<DomainOption[]> {
  const rows = await db.all<DomainOption & { sort_order: number }>(...named(SQL, { index: indexId }));
  return rows.map(({ sort_order: _order, ...row }) => row);
}
