/** Which indices exist, their years and how complete the latest year is. */
import type { Db } from '../db/types.ts';

export interface IndexSummary {
  index_id: string;
  name_vi: string;
  name_en: string;
  unit_level: string;
  is_sample: boolean;
  first_year: number;
  latest_year: number;
  latest_units_in_data: number;
  latest_units_ranked: number | null;
  latest_is_partial: boolean;
}

const SQL = `
  SELECT i.index_id, i.name_vi, i.name_en, i.unit_level, i.is_sample, i.sort_order,
         min(y.year) AS first_year, max(y.year) AS latest_year,
         arg_max(y.units_in_data, y.year) AS latest_units_in_data,
         arg_max(y.units_ranked, y.year) AS latest_units_ranked,
         arg_max(y.is_partial, y.year) AS latest_is_partial
  FROM indices i JOIN index_years y USING (index_id)
  GROUP BY ALL
  ORDER BY i.is_sample, i.sort_order, i.index_id`;

/** Every index with its span of years; real indices first, then the sample's. */
export async function listIndices(db: Db): Promise<IndexSummary[]> {
  const rows = await db.all<IndexSummary & { sort_order: number }>(SQL);
  return rows.map(({ sort_order: _order, ...row }) => row);
}
