/**
 * For each item of an index-year, how many of a unit's peers (the other units of the same index and
 * year) lost points on it, and which peers kept full points (best ranked first): whether a loss is the
 * unit's own problem or a common one.
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { SHOWN_RANK } from './shown-rank.ts';

export interface ItemPeersRow {
  item_code: string;
  /** Peers to whom the item applies and who have a score on it. */
  peers: number;
  /** Of those, how many lost points on it. */
  peers_lost: number;
  /** Up to three peers with full points on the item, best total rank first. */
  full_peers: { unit_id: string; name_vi: string; name_en: string | null }[];
}

const SQL = `
  WITH totals AS (
    SELECT s.unit_id, ${SHOWN_RANK} AS rank, s.pct_of_max FROM scores s
    WHERE s.index_id = $index AND s.year = $year AND s.item_code = 'TOTAL'),
  items AS (
    SELECT s.item_code, s.unit_id, s.lost_points, t.rank, t.pct_of_max AS total_pct FROM scores s
    LEFT JOIN totals t USING (unit_id)
    WHERE s.index_id = $index AND s.year = $year AND s.unit_id <> $unit AND s.applicable AND s.lost_points IS NOT NULL
      AND s.item_level IN ('domain', 'criterion', 'sub_criterion'))
  SELECT i.item_code, count(*) AS peers, count(*) FILTER (WHERE i.lost_points > 0) AS peers_lost,
         coalesce(list({'unit_id': i.unit_id, 'name_vi': u.name_vi, 'name_en': u.name_en}
                       ORDER BY i.rank NULLS LAST, i.total_pct DESC NULLS LAST, u.name_vi) FILTER (WHERE i.lost_points = 0), [])[1:3] AS full_peers
  FROM items i JOIN units u USING (unit_id)
  GROUP BY i.item_code
  ORDER BY i.item_code`;

/** Peer counts per item (items no peer has a score on are absent). */
export function lostPeers(db: Db, p: { indexId: string; year: number; unitId: string }): Promise<ItemPeersRow[]> {
  return db.all<ItemPeersRow>(...named(SQL, { index: p.indexId, year: p.year, unit: p.unitId }));
}
