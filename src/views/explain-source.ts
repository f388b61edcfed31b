/**
 * What a unit page's "why the rank changed" needs, per index: the latest pair of years whose ranks can
 * be compared (comparable-years.ts), every unit's totals and domains in them, the changes of the items
 * under each domain, each unit's sub-criteria that changed most, its items with the most points lost in
 * the later year, the groups in force, and the years each unit has a total in (the pairs it can choose).
 * The build reads each index once for all units (hundreds of unit pages) and slices by unit; the browser
 * reads another pair of years for one unit with the same function.
 */
import type { Db } from '../db/types.ts';
import { comparableYears, latestComparablePair } from '../queries/comparable-years.ts';
import { gradeThresholds } from '../queries/grade-thresholds.ts';
import { domainItemChanges, type DomainItemRow } from '../queries/domain-items.ts';
import { itemChanges, type ItemChangeRow } from '../queries/item-changes.ts';
import { rankChangeExplain, type ExplainData } from '../queries/rank-change-explain.ts';
import { recoverableItems, type RecoverableItem } from '../queries/what-it-takes.ts';
import type { GradeThresholds } from '../ranking/grades.ts';
import { TOTAL_CODE } from '../schema/vocabulary.ts';
import { totalYears } from '../queries/total-years.ts';

/** One index's explanation data for a pair of years. */
export interface IndexExplain {
  readonly from: number;
  readonly to: number;
  readonly data: ExplainData;
  /** The changed items under each domain, per unit (the waterfall's second level; none across frameworks). */
  readonly domainItems: ReadonlyMap<string, DomainItemRow[]>;
  readonly items: ReadonlyMap<string, ItemChangeRow[]>;
  readonly recoverable: ReadonlyMap<string, RecoverableItem[]>;
  readonly thresholds: GradeThresholds | null;
  /** The years each unit has a total in, oldest first. */
  readonly years: ReadonlyMap<string, number[]>;
}

/** Answers "the index's explanation", null when no two years of it can be compared. */
export interface ExplainSource {
  index(indexId: string): Promise<IndexExplain | null>;
}

function byUnit<T extends { unit_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.unit_id, [...(out.get(r.unit_id) ?? []), r]);
  return out;
}

/** The explanation data of a pair of years, for every unit or, with `unitId`, the per-unit parts of one. */
export async function readExplain(db: Db, p: { indexId: string; from: number; to: number; unitId?: string }): Promise<IndexExplain> {
  const { indexId, unitId } = p;
  const [data, domainItems, items, recoverable, thresholds, years] = await Promise.all([
    rankChangeExplain(db, p),
    domainItemChanges(db, p),
    itemChanges(db, p),
    recoverableItems(db, { indexId, year: p.to, ...(unitId === undefined ? {} : { unitId }) }),
    gradeThresholds(db, { indexId, year: p.to, itemCode: TOTAL_CODE }),
    totalYears(db, { indexId, ...(unitId === undefined ? {} : { unitId }) }),
  ]);
  return {
    from: p.from,
    to: p.to,
    data,
    domainItems: byUnit(domainItems),
    items: byUnit(items),
    recoverable: byUnit(recoverable),
    thresholds,
    years,
  };
}

async function read(db: Db, indexId: string): Promise<IndexExplain | null> {
  const pair = latestComparablePair(await comparableYears(db, indexId));
  return pair === null ? null : readExplain(db, { indexId, ...pair });
}

/** Reads each index once, on first use. */
export function explainSource(db: Db): ExplainSource {
  const cache = new Map<string, Promise<IndexExplain | null>>();
  return {
    index(indexId) {
      let entry = cache.get(indexId);
      if (entry === undefined) {
        entry = read(db, indexId);
        cache.set(indexId, entry);
      }
      return entry;
    },
  };
}
