/**
 * What a unit page's "why the rank changed" needs, per index: the latest pair of years whose ranks can
 * be compared (comparable-years.ts), every unit's totals and domains in them, each unit's sub-criteria
 * that changed most, its items with the most points lost in the later year, and the groups in force.
 * Read once per index for all units (the build writes hundreds of unit pages) and sliced by unit.
 */
import type { Db } from '../db/types.ts';
import { comparableYears, latestComparablePair } from '../queries/comparable-years.ts';
import { gradeThresholds } from '../queries/grade-thresholds.ts';
import { itemChanges, type ItemChangeRow } from '../queries/item-changes.ts';
import { rankChangeExplain, type ExplainData } from '../queries/rank-change-explain.ts';
import { recoverableItems, type RecoverableItem } from '../queries/what-it-takes.ts';
import type { GradeThresholds } from '../ranking/grades.ts';
import { TOTAL_CODE } from '../schema/vocabulary.ts';

/** One index's explanation data for its latest comparable pair of years. */
export interface IndexExplain {
  readonly from: number;
  readonly to: number;
  readonly data: ExplainData;
  readonly items: ReadonlyMap<string, ItemChangeRow[]>;
  readonly recoverable: ReadonlyMap<string, RecoverableItem[]>;
  readonly thresholds: GradeThresholds | null;
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

async function read(db: Db, indexId: string): Promise<IndexExplain | null> {
  const pair = latestComparablePair(await comparableYears(db, indexId));
  if (pair === null) return null;
  const p = { indexId, ...pair };
  const [data, items, recoverable, thresholds] = await Promise.all([
    rankChangeExplain(db, p),
    itemChanges(db, p),
    recoverableItems(db, { indexId, year: pair.to }),
    gradeThresholds(db, { indexId, year: pair.to, itemCode: TOTAL_CODE }),
  ]);
  return { ...pair, data, items: byUnit(items), recoverable: byUnit(recoverable), thresholds };
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
