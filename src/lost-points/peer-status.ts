/**
 * Own problem or common problem: for an item the unit lost points on, did most of its peers keep full
 * points (the unit's own problem, and the best of them show it can be done) or did most lose too?
 */
import type { ItemPeersRow } from '../queries/lost-peers.ts';

export type PeerStatus = 'own' | 'common';

/** Share of peers losing points from which a loss counts as common. */
export const COMMON_SHARE = 0.5;

export interface PeerView {
  readonly status: PeerStatus;
  /** Peers that also lost points, of those scored on the item. */
  readonly peersLost: number;
  readonly peers: number;
  readonly share: number;
  readonly fullPeers: ItemPeersRow['full_peers'];
}

/** The peers' view of an item, or null when no peer is scored on it. */
export function peerView(row: ItemPeersRow | undefined): PeerView | null {
  if (row === undefined || row.peers === 0) return null;
  const share = row.peers_lost / row.peers;
  return {
    status: share >= COMMON_SHARE ? 'common' : 'own',
    peersLost: row.peers_lost,
    peers: row.peers,
    share,
    fullPeers: row.full_peers,
  };
}
