/** Indices whose units have item detail (criteria or sub-criteria), with those years: the lost-points pages. */
import type { Db } from '../db/types.ts';

export interface DetailIndex {
  index_id: string;
  years: number[];
}

const SQL = `
  SELECT index_id, list(DISTINCT year ORDER BY year) AS years FROM scores
  WHERE item_level IN ('criterion', 'sub_criterion')
  GROUP BY index_id ORDER BY index_id`;

/** Every index with detail, and its years with detail, oldest first. */
export function detailIndices(db: Db): Promise<DetailIndex[]> {
  return db.all<DetailIndex>(SQL);
}
