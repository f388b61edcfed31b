/**
 * What a unit page asks of the data: the unit's series per index and its domains in a year. The
 * browser and the tests ask with one query per question (`queryUnitSource`); the build, which writes
 * hundreds of unit pages, reads every unit's rows once and answers from memory (`memoryUnitSource`).
 * tests/queries/unit-source.test.ts checks that both give the same answers.
 */
import { groupBy } from '../charts/series.ts';
import type { Db } from '../db/types.ts';
import { allUnitDomains, unitDomains, type UnitDomainRow } from '../queries/unit-domains.ts';
import { allUnitHistories, unitHistory, type UnitHistoryRow } from '../queries/unit-history.ts';

export interface UnitSource {
  history(unitId: string): Promise<UnitHistoryRow[]>;
  domains(indexId: string, year: number, unitId: string): Promise<UnitDomainRow[]>;
}

/** One query per question. */
export function queryUnitSource(db: Db): UnitSource {
  return {
    history: (unitId) => unitHistory(db, unitId),
    domains: (indexId, year, unitId) => unitDomains(db, { indexId, year, unitId }),
  };
}

const unitGroups = <T extends { unit_id: string }>(rows: readonly T[]): Map<string, T[]> => groupBy(rows, (r) => r.unit_id);

/** Reads every unit's series once, and each index-year's domains once, on first use. */
export function memoryUnitSource(db: Db): UnitSource {
  let histories: Promise<Map<string, UnitHistoryRow[]>> | undefined;
  const domains = new Map<string, Promise<Map<string, UnitDomainRow[]>>>();
  return {
    async history(unitId) {
      histories ??= allUnitHistories(db).then(unitGroups);
      return (await histories).get(unitId) ?? [];
    },
    async domains(indexId, year, unitId) {
      const key = `${indexId}|${year}`;
      let byUnit = domains.get(key);
      if (byUnit === undefined) {
        byUnit = allUnitDomains(db, { indexId, year }).then(unitGroups);
        domains.set(key, byUnit);
      }
      return (await byUnit).get(unitId) ?? [];
    },
  };
}
