/**
 * Every unit's item rows of one index at once, for the build: rendering hundreds of unit pages and
 * worksheets one query each would take minutes, so the build reads an index's detail in two queries
 * and answers the per-unit questions (breakdown, history, peers) from memory. `LostSource` is what the
 * views ask; `queryLostSource` answers with the per-unit queries (the browser), `loadIndexLostSource`
 * from memory (the build). tests/queries/lost-source.test.ts checks that both give the same answers.
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { detailYears, lostBreakdown, type BreakdownRow } from './lost-breakdown.ts';
import { lostHistory, type ItemYearRow } from './lost-history.ts';
import { lostPeers, type ItemPeersRow } from './lost-peers.ts';
import { SHOWN_RANK } from './shown-rank.ts';

/** The per-unit lost-points questions. */
export interface LostSource {
  breakdown(unitId: string, year: number): Promise<BreakdownRow[]>;
  history(unitId: string): Promise<ItemYearRow[]>;
  peers(unitId: string, year: number): Promise<ItemPeersRow[]>;
  /** Years in which the unit has criteria or sub-criteria, oldest first. */
  detailYears(unitId: string): Promise<number[]>;
}

/** Answers with one query per question. */
export function queryLostSource(db: Db, indexId: string): LostSource {
  return {
    breakdown: (unitId, year) => lostBreakdown(db, { indexId, year, unitId }),
    history: (unitId) => lostHistory(db, { indexId, unitId }),
    peers: (unitId, year) => lostPeers(db, { indexId, year, unitId }),
    detailYears: (unitId) => detailYears(db, { indexId, unitId }),
  };
}

/** The fields of a breakdown row that come from the unit's score (the rest come from the framework). */
type ScoreField =
  | 'applicable'
  | 'max_points'
  | 'self_score'
  | 'appraisal_r1'
  | 'proposed_score'
  | 'final_score'
  | 'lost_points'
  | 'pct_of_max'
  | 'reason_vi'
  | 'explanation_vi'
  | 'reason_category'
  | 'recovered_points'
  | 'cut_points';

type TreeItem = Omit<BreakdownRow, ScoreField> & { year: number; framework_id: string };

const TREE = `
  SELECT y.year, f.framework_id, f.item_code, f.parent_code, f.item_level, f.domain_code, f.name_vi, f.name_en, f.kind,
         f.max_points AS framework_max,
         CASE f.item_level WHEN 'total' THEN [0, 0, 0] WHEN 'domain' THEN [f.sort_order, 0, 0]
           WHEN 'criterion' THEN [p.sort_order, f.sort_order, 0]
           ELSE [g.sort_order, p.sort_order, f.sort_order] END AS tree_order,
         io.owner_id, w.name_vi AS owner_name_vi, w.name_en AS owner_name_en
  FROM index_years y JOIN framework_items f USING (framework_id)
  LEFT JOIN framework_items p ON p.framework_id = f.framework_id AND p.item_code = f.parent_code
  LEFT JOIN framework_items g ON g.framework_id = f.framework_id AND g.item_code = p.parent_code
  LEFT JOIN item_owners io ON io.index_id = y.index_id AND io.framework_id = f.framework_id AND io.item_code = f.item_code
  LEFT JOIN owners w ON w.index_id = io.index_id AND w.owner_id = io.owner_id
  WHERE y.index_id = $index AND f.item_level <> 'component'
  ORDER BY y.year, tree_order, f.item_code`;

type ScoreItem = Pick<BreakdownRow, 'item_code' | ScoreField> & {
  year: number;
  unit_id: string;
  item_level: string;
  rank: number | null;
  total_pct: number | null;
  name_vi: string;
  name_en: string | null;
};

/** The same derived columns as lost-breakdown.ts; `kind` comes from the framework. */
const SCORES = `
  WITH totals AS (
    SELECT s.year, s.unit_id, ${SHOWN_RANK} AS rank, s.pct_of_max AS total_pct FROM scores s
    WHERE s.index_id = $index AND s.item_code = 'TOTAL')
  SELECT s.year, s.unit_id, s.item_code, s.item_level, s.applicable, s.max_points, s.self_score, s.appraisal_r1, s.proposed_score,
         s.final_score,
         s.lost_points, s.pct_of_max, s.reason_vi, s.explanation_vi, s.reason_category,
         CASE WHEN s.final_score > s.appraisal_r1 THEN round(s.final_score - s.appraisal_r1, 6) END AS recovered_points,
         CASE WHEN f.kind <> 'survey' AND s.self_score IS NOT NULL AND s.appraisal_final IS NOT NULL
              THEN round(s.self_score - s.appraisal_final, 6) END AS cut_points,
         t.rank, t.total_pct, u.name_vi, u.name_en
  FROM scores s
  JOIN index_years y ON y.index_id = s.index_id AND y.year = s.year
  JOIN framework_items f ON f.framework_id = y.framework_id AND f.item_code = s.item_code
  JOIN units u ON u.unit_id = s.unit_id
  LEFT JOIN totals t ON t.year = s.year AND t.unit_id = s.unit_id
  WHERE s.index_id = $index AND s.item_level IN ('total', 'domain', 'criterion', 'sub_criterion')`;

const EMPTY_SCORE = {
  applicable: true,
  max_points: null,
  self_score: null,
  appraisal_r1: null,
  proposed_score: null,
  final_score: null,
  lost_points: null,
  pct_of_max: null,
  reason_vi: null,
  explanation_vi: null,
  reason_category: null,
  recovered_points: null,
  cut_points: null,
} as const;

const byCode = (a: { item_code: string }, b: { item_code: string }): number =>
  a.item_code < b.item_code ? -1 : a.item_code > b.item_code ? 1 : 0;

/** One item's scored units of a year: how many lost points, and those with full points, best first. */
interface ItemGroup {
  item_code: string;
  scored: ScoreItem[];
  lost: number;
  full: ScoreItem[];
}

const peerOrder = (a: ScoreItem, b: ScoreItem): number =>
  (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
  (b.total_pct ?? -Infinity) - (a.total_pct ?? -Infinity) ||
  (a.name_vi < b.name_vi ? -1 : a.name_vi > b.name_vi ? 1 : 0);

/** Every item's group of a year, computed once: a unit's peers are then the group without the unit. */
function itemGroups(rows: readonly ScoreItem[]): ItemGroup[] {
  const groups = new Map<string, ItemGroup>();
  for (const r of rows) {
    if (!r.applicable || r.lost_points === null || r.item_level === 'total') continue;
    let g = groups.get(r.item_code);
    if (g === undefined) {
      g = { item_code: r.item_code, scored: [], lost: 0, full: [] };
      groups.set(r.item_code, g);
    }
    g.scored.push(r);
    if (r.lost_points > 0) g.lost++;
    else if (r.lost_points === 0) g.full.push(r);
  }
  for (const g of groups.values()) g.full.sort(peerOrder);
  return [...groups.values()].sort(byCode);
}

/** Peers' counts per item for `unitId`, as lost-peers.ts computes them. */
function peersOf(groups: readonly ItemGroup[], unitId: string): ItemPeersRow[] {
  return groups.flatMap((g) => {
    const own = g.scored.find((r) => r.unit_id === unitId);
    const peers = g.scored.length - (own ? 1 : 0);
    if (peers === 0) return [];
    return [
      {
        item_code: g.item_code,
        peers,
        peers_lost: g.lost - (own && (own.lost_points ?? 0) > 0 ? 1 : 0),
        full_peers: g.full
          .filter((r) => r.unit_id !== unitId)
          .slice(0, 3)
          .map((r) => ({ unit_id: r.unit_id, name_vi: r.name_vi, name_en: r.name_en })),
      },
    ];
  });
}

/** Reads the whole index's detail once and answers from memory. */
export async function loadIndexLostSource(db: Db, indexId: string): Promise<LostSource> {
  const [tree, scores] = await Promise.all([
    db.all<TreeItem>(...named(TREE, { index: indexId })),
    db.all<ScoreItem>(...named(SCORES, { index: indexId })),
  ]);
  const key = (year: number, unit: string) => `${year}|${unit}`;
  const byUnitYear = new Map<string, Map<string, ScoreItem>>();
  const byYear = new Map<number, ScoreItem[]>();
  for (const s of scores) {
    const k = key(s.year, s.unit_id);
    if (!byUnitYear.has(k)) byUnitYear.set(k, new Map());
    byUnitYear.get(k)?.set(s.item_code, s);
    if (!byYear.has(s.year)) byYear.set(s.year, []);
    byYear.get(s.year)?.push(s);
  }
  const treeOf = (year: number) => tree.filter((t) => t.year === year);
  const groupsByYear = new Map<number, ItemGroup[]>();
  const hasDetail = (unitId: string, year: number) =>
    [...(byUnitYear.get(key(year, unitId))?.values() ?? [])].some((s) => s.item_level === 'criterion' || s.item_level === 'sub_criterion');
  const yearsOf = (unitId: string): number[] => [...byYear.keys()].filter((y) => hasDetail(unitId, y)).sort((a, b) => a - b);
  return {
    async breakdown(unitId, year) {
      const own = byUnitYear.get(key(year, unitId));
      return treeOf(year).map(({ year: _y, framework_id: _f, ...item }) => {
        const s = own?.get(item.item_code);
        if (s === undefined) return { ...item, ...EMPTY_SCORE };
        const { year: _sy, unit_id: _u, item_level: _l, rank: _r, total_pct: _t, name_vi: _n, name_en: _e, item_code: _c, ...score } = s;
        return { ...item, ...score };
      });
    },
    async history(unitId) {
      const years = yearsOf(unitId);
      return years.flatMap((year) => {
        const own = byUnitYear.get(key(year, unitId));
        return treeOf(year)
          .filter((t) => t.item_level === 'domain' || t.item_level === 'criterion' || t.item_level === 'sub_criterion')
          .map((t) => {
            const s = own?.get(t.item_code);
            return {
              year,
              framework_id: t.framework_id,
              item_code: t.item_code,
              item_level: t.item_level,
              applicable: s?.applicable ?? true,
              lost_points: s?.lost_points ?? null,
            };
          })
          .sort(byCode);
      });
    },
    async peers(unitId, year) {
      let groups = groupsByYear.get(year);
      if (groups === undefined) {
        groups = itemGroups(byYear.get(year) ?? []);
        groupsByYear.set(year, groups);
      }
      return peersOf(groups, unitId);
    },
    async detailYears(unitId) {
      return yearsOf(unitId);
    },
  };
}
