/** Who publishes each index (the ministry, or the province for its own departments and communes). */
import type { Db } from '../db/types.ts';

export interface IndexPublisher {
  index_id: string;
  publisher_vi: string;
  publisher_en: string;
}

const SQL = `SELECT index_id, publisher_vi, publisher_en FROM indices ORDER BY index_id`;

/** Every index's publisher. */
export function indexPublishers(db: Db): Promise<IndexPublisher[]> {
  return db.all<IndexPublisher>(SQL);
}
