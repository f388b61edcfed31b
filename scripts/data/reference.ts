/** Reference tables of a dataset: indices, index years and lineage (units are in units.ts). */
import { LINEAGE_EVENTS, UNIT_LEVELS, type IndexRow, type LineageRow } from '../../src/schema/index.ts';
import type { InputFile } from './csv-file.ts';
import type { ErrorList } from './errors.ts';
import { INDEX_YEARS_HEADER, INDICES_HEADER, LINEAGE_HEADER } from './headers.ts';
import { dropDuplicates, type Located, readTable } from './read-table.ts';

export interface IndexRecord extends IndexRow {
  at: Located;
}

/** An index year as read; units_in_data and is_partial are computed from the scores. */
export interface IndexYearRecord {
  index_id: string;
  year: number;
  framework_id: string;
  decision_vi: string | null;
  source_url: string | null;
  units_ranked: number | null;
  at: Located;
}

export interface LineageRecord extends LineageRow {
  at: Located;
}

const at = (file: InputFile, row: number): Located => ({ file: file.rel, row });

export function readIndices(files: readonly InputFile[], isSample: boolean, errors: ErrorList): Promise<IndexRecord[]> {
  return readTable(files, INDICES_HEADER, errors, (r) => ({
    index_id: r.text('index_id', true) ?? '',
    name_vi: r.text('name_vi', true) ?? '',
    name_en: r.text('name_en', true) ?? '',
    publisher_vi: r.text('publisher_vi', true) ?? '',
    publisher_en: r.text('publisher_en', true) ?? '',
    unit_level: r.oneOf('unit_level', UNIT_LEVELS) ?? 'province',
    scope_unit_id: r.text('scope_unit_id'),
    is_sample: isSample,
    sort_order: r.integer('sort_order', true) ?? 0,
    at: at(r.file, r.row),
  }));
}

export function readIndexYears(files: readonly InputFile[], errors: ErrorList): Promise<IndexYearRecord[]> {
  return readTable(files, INDEX_YEARS_HEADER, errors, (r) => ({
    index_id: r.text('index_id', true) ?? '',
    year: r.year('year') ?? 0,
    framework_id: r.text('framework_id', true) ?? '',
    decision_vi: r.text('decision_vi'),
    source_url: r.source('source_url'),
    units_ranked: r.integer('units_ranked'),
    at: at(r.file, r.row),
  }));
}

export function readLineage(files: readonly InputFile[], errors: ErrorList): Promise<LineageRecord[]> {
  return readTable(files, LINEAGE_HEADER, errors, (r) => ({
    from_unit_id: r.text('from_unit_id', true) ?? '',
    to_unit_id: r.text('to_unit_id', true) ?? '',
    effective_date: r.date('effective_date') ?? '',
    event: r.oneOf('event', LINEAGE_EVENTS) ?? 'merge',
    source_vi: r.text('source_vi'),
    at: at(r.file, r.row),
  }));
}

/** What reference rows may point at. */
export interface Known {
  indexIds: ReadonlySet<string>;
  unitIds: ReadonlySet<string>;
  /** The last year of each unit that ends (valid_to); units without an end are absent. */
  unitEnds: ReadonlyMap<string, number>;
  frameworkIds: ReadonlySet<string>;
}

/** Drops duplicates and reports references to unknown indices, units and frameworks. */
export function checkReference(
  ref: { indices: IndexRecord[]; indexYears: IndexYearRecord[]; lineage: LineageRecord[] },
  known: Known,
  errors: ErrorList,
): { indices: IndexRecord[]; indexYears: IndexYearRecord[]; lineage: LineageRecord[] } {
  const indices = dropDuplicates(
    ref.indices,
    (i) => i.index_id,
    'index_id',
    (i) => i.index_id,
    errors,
    'index_id',
  );
  for (const i of indices) {
    if (i.scope_unit_id !== null && !known.unitIds.has(i.scope_unit_id)) {
      errors.add(i.at.file, i.at.row, 'scope_unit_id', i.scope_unit_id, 'unknown unit');
    }
  }
  const indexYears = dropDuplicates(
    ref.indexYears,
    (y) => `${y.index_id}|${y.year}`,
    'year',
    (y) => String(y.year),
    errors,
    'index_id and year',
  ).filter((y) => {
    const badIndex = !known.indexIds.has(y.index_id);
    const badFramework = !known.frameworkIds.has(y.framework_id);
    if (badIndex) errors.add(y.at.file, y.at.row, 'index_id', y.index_id, 'unknown index (not in any indices file)');
    if (badFramework)
      errors.add(y.at.file, y.at.row, 'framework_id', y.framework_id, `unknown framework (no frameworks/${y.framework_id}.csv)`);
    return !badIndex && !badFramework;
  });
  const lineage = dropDuplicates(
    ref.lineage,
    (l) => `${l.from_unit_id}|${l.to_unit_id}`,
    'to_unit_id',
    (l) => l.to_unit_id,
    errors,
    'from_unit_id and to_unit_id',
  );
  const linked = lineage.filter((l) => {
    let ok = true;
    for (const col of ['from_unit_id', 'to_unit_id'] as const) {
      if (!known.unitIds.has(l[col])) {
        errors.add(l.at.file, l.at.row, col, l[col], 'unknown unit');
        ok = false;
      }
    }
    if (l.from_unit_id === l.to_unit_id) {
      errors.add(l.at.file, l.at.row, 'to_unit_id', l.to_unit_id, 'the same unit as from_unit_id: a unit cannot succeed itself');
      return false;
    }
    const end = known.unitEnds.get(l.to_unit_id);
    const year = Number(l.effective_date.slice(0, 4));
    if (end !== undefined && l.effective_date !== '' && end < year) {
      errors.add(l.at.file, l.at.row, 'to_unit_id', l.to_unit_id, `ended in ${end}, before this ${l.event} of ${l.effective_date}`);
      return false;
    }
    return ok;
  });
  return { indices, indexYears, lineage: linked };
}
