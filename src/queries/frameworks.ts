/** The frameworks by period, for the methodology page: domains with their maximum points. */
import type { Db } from '../db/types.ts';

export interface FrameworkDomain {
  framework_id: string;
  index_id: string;
  first_year: number;
  last_year: number;
  item_code: string;
  item_level: string;
  name_vi: string;
  name_en: string;
  max_points: number | null;
  kind: string;
  children: number;
}

const SQL = `
  WITH used AS (
    SELECT framework_id, index_id, min(year) AS first_year, max(year) AS last_year
    FROM index_years GROUP BY ALL
  )
  SELECT u.framework_id, u.index_id, u.first_year, u.last_year, f.item_code, f.item_level,
         f.name_vi, f.name_en, f.max_points, f.kind,
         (SELECT count(*) FROM framework_items c WHERE c.framework_id = f.framework_id AND c.domain_code = f.item_code AND c.item_level = 'sub_criterion') AS children
  FROM used u JOIN framework_items f USING (framework_id)
  WHERE f.item_level IN ('domain', 'component')
  ORDER BY u.index_id, u.first_year, f.item_level DESC, f.sort_order`;

/** Domains and components of every framework in use, with the years it applied. */
export function frameworkDomains(db: Db): Promise<FrameworkDomain[]> {
  return db.all<FrameworkDomain>(SQL);
}
