/**
 * What the importer needs to know about the data directory: the dataset holding the index, the index's
 * unit levels, and the framework in force in a year, read with the data build's own readers.
 */
import { ErrorList } from '../data/errors.ts';
import type { Framework } from '../data/framework-item.ts';
import { readFrameworks } from '../data/frameworks.ts';
import { type DatasetRef, readReference } from '../data/read-reference.ts';
import type { IndexRecord } from '../data/reference.ts';
import { loadSources } from '../data/sources.ts';
import { levelsOf } from '../data/units.ts';
import type { UnitLevel } from '../../src/schema/index.ts';

/** The data directory as the build reads it. */
export interface DataDir {
  dataDir: string;
  datasets: DatasetRef[];
  frameworks: ReadonlyMap<string, Framework>;
  /** Every unit id of every dataset (ids are global). */
  unitIds: ReadonlySet<string>;
}

export interface Target {
  dataDir: string;
  dataset: DatasetRef;
  index: IndexRecord;
  levels: readonly UnitLevel[];
  frameworks: ReadonlyMap<string, Framework>;
}

/**
 * Reads the reference of `dataDir`. Problems in other datasets (a sample not yet generated) do not
 * matter here: the validation build of the result reports what does.
 */
export async function loadData(dataDir: string): Promise<DataDir | string> {
  const errors = new ErrorList();
  const sources = loadSources(dataDir, errors);
  if (!sources) return `cannot read ${dataDir}/sources.json: ${errors.messages().join('; ')}`;
  const read = await readFrameworks(sources.frameworksDir, errors);
  const ref = await readReference(sources, read, errors);
  return { dataDir, datasets: ref.datasets, frameworks: read.valid, unitIds: new Set(ref.all.units.map((u) => u.unit_id)) };
}

/** The known index ids, for messages. */
export const indexIds = (data: DataDir): string[] => data.datasets.flatMap((d) => [...d.indices.keys()]);

/** The index `indexId` of the data directory, or why not. */
export function findTarget(data: DataDir, indexId: string | undefined): Target | string {
  const known = indexIds(data).join(', ');
  if (indexId === undefined) return `say which index the results belong to: --index <id> (known: ${known}), or create one with --new-index`;
  const dataset = data.datasets.find((d) => d.indices.has(indexId));
  if (!dataset) return `unknown index "${indexId}" (known: ${known}); create it with --new-index`;
  const index = dataset.indices.get(indexId)!;
  return { dataDir: data.dataDir, dataset, index, levels: levelsOf(index.unit_level), frameworks: data.frameworks };
}

/** The framework of the index in `year`, or why there is none. */
export function frameworkIn(target: Target, year: number): Framework | string {
  const iy = target.dataset.indexYears.get(`${target.index.index_id}|${year}`);
  if (!iy) return `${target.index.index_id} has no year ${year} in its index-years file: add the year (and its framework) first`;
  return target.frameworks.get(iy.framework_id) ?? `framework ${iy.framework_id} is missing or invalid`;
}

/** Every framework the index has used, for recognising item headers before the year is known. */
export function frameworksOf(target: Target): Framework[] {
  const ids = new Set(
    [...target.dataset.indexYears.values()].filter((y) => y.index_id === target.index.index_id).map((y) => y.framework_id),
  );
  return [...ids].map((id) => target.frameworks.get(id)).filter((f): f is Framework => f !== undefined);
}
