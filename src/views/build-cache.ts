/**
 * Data read once per build and shared by every page that needs it (the build writes hundreds of unit
 * pages; each asking again would repeat the same scans). Only for build time: the browser asks per view.
 */
import type { Db } from '../db/types.ts';
import { listIndices, type IndexSummary } from '../queries/indices.ts';
import { indexPublishers, type IndexPublisher } from '../queries/index-publishers.ts';
import { memoryUnitSource, type UnitSource } from './unit-source.ts';
import { staticDocument } from './static-render.ts';
import { memoTrendsData, unitTrendsSource, type UnitTrendsSource } from './unit-trends.ts';
import type { TrendsData } from './trends-view.ts';
import { allUnitLineage, type LineageLink } from '../queries/unit-lineage.ts';
import { allUnitSources, type UnitSource as UnitSourceRow } from '../queries/unit-sources.ts';
import { allScopeIndices, type ScopeIndex } from '../queries/scope-units.ts';
import { explainSource, type ExplainSource } from './explain-source.ts';
import { forecastSource, type ForecastSource } from './forecast-source.ts';
import { allUnitPointsSources, type PointsSourceRow } from '../queries/unit-sources-of-points.ts';
import { detailIndices, type DetailIndex } from '../queries/detail-indices.ts';

let unitSource: UnitSource | undefined;
let indices: Promise<IndexSummary[]> | undefined;
let publishers: Promise<IndexPublisher[]> | undefined;
let unitTrends: UnitTrendsSource | undefined;
let trendsData: ((index: IndexSummary) => Promise<TrendsData>) | undefined;
let unitFacts: Promise<UnitFacts> | undefined;
let explain: ExplainSource | undefined;
let forecasts: ForecastSource | undefined;
let pointsSources: Promise<Map<string, PointsSourceRow[]>> | undefined;
let details: Promise<DetailIndex[]> | undefined;

/** Every unit's series and domains, read on first use. */
export function buildUnitSource(db: Db): UnitSource {
  unitSource ??= memoryUnitSource(db);
  return unitSource;
}

/** The indices, read once. */
export function buildIndices(db: Db): Promise<IndexSummary[]> {
  indices ??= listIndices(db);
  return indices;
}

/** Who publishes each index (the source line of downloads and of the printed page), read once. */
export function buildPublishers(db: Db): Promise<IndexPublisher[]> {
  publishers ??= indexPublishers(db);
  return publishers;
}

/** An index's domain series and distributions (the trends page and every unit page), read once. */
export function buildTrendsData(db: Db, index: IndexSummary): Promise<TrendsData> {
  trendsData ??= memoTrendsData(db);
  return trendsData(index);
}

/** Every index's domain distributions, read once and drawn once per locale; each unit page adds its own line. */
export function buildUnitTrends(db: Db): UnitTrendsSource {
  unitTrends ??= unitTrendsSource(db, staticDocument(), (index) => buildTrendsData(db, index));
  return unitTrends;
}

/** A unit page's lineage, sources and (for a unit that scores others) indices: empty lists where it has none. */
export interface UnitFacts {
  lineage(unitId: string): LineageLink[];
  sources(unitId: string): UnitSourceRow[];
  scopeIndices(unitId: string): ScopeIndex[];
}

/** Every unit's lineage, sources and scope indices, in three queries for all the unit pages. */
export function buildUnitFacts(db: Db): Promise<UnitFacts> {
  unitFacts ??= Promise.all([allUnitLineage(db), allUnitSources(db), allScopeIndices(db)]).then(([lineage, sources, scope]) => ({
    lineage: (unitId) => lineage.get(unitId) ?? [],
    sources: (unitId) => sources.get(unitId) ?? [],
    scopeIndices: (unitId) => scope.get(unitId) ?? [],
  }));
  return unitFacts;
}

/** Every index's rank-change explanation data, read once for all units (explain-source.ts). */
export function buildExplainSource(db: Db): ExplainSource {
  explain ??= explainSource(db);
  return explain;
}

/** Every index's forecasts from self-assessment, computed once per index for all units (forecast-source.ts). */
export function buildForecasts(db: Db): ForecastSource {
  forecasts ??= forecastSource(db);
  return forecasts;
}

/** Every unit's points by source (appraised, survey-based, impact), in one query for all unit pages. */
export function buildPointsSources(db: Db): Promise<Map<string, PointsSourceRow[]>> {
  pointsSources ??= allUnitPointsSources(db);
  return pointsSources;
}

/** The years an index has item detail (criteria, sub-criteria) in, [] for none; the list read once. */
export async function buildDetailYears(db: Db, indexId: string): Promise<number[]> {
  details ??= detailIndices(db);
  return (await details).find((d) => d.index_id === indexId)?.years ?? [];
}
