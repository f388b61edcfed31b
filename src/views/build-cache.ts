/**
 * Data read once per build and shared by every page that needs it (the build writes hundreds of unit
 * pages; each asking again would repeat the same scans). Only for build time: the browser asks per view.
 */
import type { Db } from '../db/types.ts';
import { listIndices, type IndexSummary } from '../queries/indices.ts';
import { indexPublishers, type IndexPublisher } from '../queries/index-publishers.ts';
import { memoryUnitSource, type UnitSource } from './unit-source.ts';
import { staticDocument } from './static-render.ts';
import { unitTrendsSource, type UnitTrendsSource } from './unit-trends.ts';
import { explainSource, type ExplainSource } from './explain-source.ts';

let unitSource: UnitSource | undefined;
let indices: Promise<IndexSummary[]> | undefined;
let publishers: Promise<IndexPublisher[]> | undefined;
let unitTrends: UnitTrendsSource | undefined;
let explain: ExplainSource | undefined;

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

/** Every index's domain distributions, read and drawn once per locale; each unit page adds its own line. */
export function buildUnitTrends(db: Db): UnitTrendsSource {
  unitTrends ??= unitTrendsSource(db, staticDocument());
  return unitTrends;
}

/** Every index's rank-change explanation data, read once for all units (explain-source.ts). */
export function buildExplainSource(db: Db): ExplainSource {
  explain ??= explainSource(db);
  return explain;
}
