/** Reads and checks every dataset's reference files, then builds each dataset's lookups. */
import { readAggregates } from './aggregates.ts';
import type { ErrorList } from './errors.ts';
import type { Reference } from './fill-tables.ts';
import type { Frameworks } from './frameworks.ts';
import { checkGradeThresholds, readGradeThresholds } from './grade-thresholds.ts';
import { checkReference, readIndexYears, readIndices, readLineage, type IndexRecord, type IndexYearRecord } from './reference.ts';
import type { Dataset, Sources } from './sources.ts';
import { UnitResolver, checkUnits, readUnits } from './units.ts';

/** One dataset with the lookups its score files need. */
export interface DatasetRef {
  dataset: Dataset;
  indices: Map<string, IndexRecord>;
  indexYears: Map<string, IndexYearRecord>;
  resolver: UnitResolver;
}

/** Reads all reference files; checks keys and references across datasets (ids are global). */
export async function readReference(
  sources: Sources,
  frameworks: Frameworks,
  errors: ErrorList,
): Promise<{ datasets: DatasetRef[]; all: Reference }> {
  const raw = [];
  for (const d of sources.datasets) {
    raw.push({
      dataset: d,
      indices: await readIndices(d.indices, d.isSample, errors),
      indexYears: await readIndexYears(d.indexYears, errors),
      units: await readUnits(d.units, d.isSample, errors),
      lineage: await readLineage(d.lineage, errors),
      gradeThresholds: await readGradeThresholds(d.gradeThresholds, errors),
      aggregates: await readAggregates(d.aggregates, errors),
    });
  }
  const units = checkUnits(
    raw.flatMap((r) => r.units),
    errors,
  );
  const checked = checkReference(
    {
      indices: raw.flatMap((r) => r.indices),
      indexYears: raw.flatMap((r) => r.indexYears),
      lineage: raw.flatMap((r) => r.lineage),
    },
    {
      indexIds: new Set(raw.flatMap((r) => r.indices.map((i) => i.index_id))),
      unitIds: new Set(units.map((u) => u.unit_id)),
      unitEnds: new Map(units.flatMap((u) => (u.valid_to === null ? [] : [[u.unit_id, u.valid_to] as const]))),
      frameworkIds: frameworks.ids,
    },
    errors,
  );
  const gradeThresholds = checkGradeThresholds(
    raw.flatMap((r) => r.gradeThresholds),
    checked.indexYears,
    frameworks.valid,
    errors,
  );
  const keep = new Set<object>([...units, ...checked.indices, ...checked.indexYears]);
  const datasets = raw.map((r) => {
    const ref: DatasetRef = {
      dataset: r.dataset,
      indices: new Map(r.indices.filter((i) => keep.has(i)).map((i) => [i.index_id, i])),
      indexYears: new Map(r.indexYears.filter((y) => keep.has(y)).map((y) => [`${y.index_id}|${y.year}`, y])),
      resolver: new UnitResolver(r.units.filter((u) => keep.has(u))),
    };
    checkScoreIndices(ref, errors);
    return ref;
  });
  return { datasets, all: { ...checked, gradeThresholds, units, aggregates: raw.flatMap((r) => r.aggregates) } };
}

/** Every score source's index must be one of its dataset's indices. */
function checkScoreIndices(ref: DatasetRef, errors: ErrorList): void {
  ref.dataset.scores.forEach((s, i) => {
    if (s.indexId !== null && !ref.indices.has(s.indexId)) {
      errors.add(
        'sources.json',
        null,
        `${ref.dataset.at}.scores[${i}].index_id`,
        s.indexId,
        `unknown index (not in the indices of dataset ${ref.dataset.id})`,
      );
    }
  });
}
