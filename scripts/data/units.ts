/** Units (provinces, ministries, departments, communes…): reading them, and resolving names to ids. */
import { UNIT_LEVELS, type UnitLevel, type UnitRow } from '../../src/schema/index.ts';
import { suggestion } from './closest.ts';
import type { InputFile } from './csv-file.ts';
import type { ErrorList } from './errors.ts';
import { UNITS_HEADER } from './headers.ts';
import { foldName } from './normalise.ts';
import { dropDuplicates, type Located, readTable } from './read-table.ts';

export interface UnitRecord extends UnitRow {
  at: Located;
}

/** Reads a dataset's unit files. Parents are checked once all units are known (see checkUnitParents). */
export async function readUnits(files: readonly InputFile[], isSample: boolean, errors: ErrorList): Promise<UnitRecord[]> {
  const rows = await readTable(files, UNITS_HEADER, errors, (r) => {
    const unit: UnitRecord = {
      unit_id: r.text('unit_id', true) ?? '',
      name_vi: r.text('name_vi', true) ?? '',
      name_en: r.text('name_en'),
      level: r.oneOf('level', UNIT_LEVELS) ?? 'province',
      parent_id: r.text('parent_id'),
      valid_from: r.year('valid_from', false),
      valid_to: r.year('valid_to', false),
      aliases: r.list('aliases'),
      is_sample: isSample,
      at: { file: r.file.rel, row: r.row },
    };
    if (unit.valid_from !== null && unit.valid_to !== null && unit.valid_from > unit.valid_to) {
      r.report('valid_to', `ends before it starts (valid_from ${unit.valid_from})`);
    }
    return unit;
  });
  return rows;
}

/** Drops duplicate unit ids (reported) and reports parents that are not known units. */
export function checkUnits(units: readonly UnitRecord[], errors: ErrorList): UnitRecord[] {
  const kept = dropDuplicates(
    units,
    (u) => u.unit_id,
    'unit_id',
    (u) => u.unit_id,
    errors,
    'unit_id',
  );
  const ids = new Set(kept.map((u) => u.unit_id));
  for (const u of kept) {
    if (u.parent_id !== null && !ids.has(u.parent_id)) errors.add(u.at.file, u.at.row, 'parent_id', u.parent_id, 'unknown unit');
  }
  return kept;
}

/** The unit levels an index ranks: a commune index also ranks wards and special zones. */
export function levelsOf(indexLevel: UnitLevel): readonly UnitLevel[] {
  return indexLevel === 'commune' ? ['commune', 'ward', 'special_zone'] : [indexLevel];
}

/** A resolved name, or why it could not be resolved. */
export type Resolution = { ok: true; unit: UnitRecord } | { ok: false; why: string };

const exists = (u: UnitRecord, year: number): boolean =>
  (u.valid_from === null || u.valid_from <= year) && (u.valid_to === null || year <= u.valid_to);

export const label = (u: UnitRecord): string => `${u.name_vi} (${u.unit_id})`;

/**
 * Resolves names as sources write them to unit ids, among the units that exist in the year,
 * by exact match after NFC, case- and space-folding of the name and its aliases.
 */
export class UnitResolver {
  private readonly byName = new Map<string, UnitRecord[]>();
  private readonly cache = new Map<string, Resolution>();

  /** Every unit, for suggestions and looser matching. */
  readonly units: readonly UnitRecord[];

  constructor(units: readonly UnitRecord[]) {
    this.units = units;
    for (const u of units) {
      for (const name of new Set([u.name_vi, ...u.aliases].map(foldName))) {
        const list = this.byName.get(name) ?? [];
        list.push(u);
        this.byName.set(name, list);
      }
    }
  }

  /** The units of `levels` (all when null) that exist in `year`. */
  existing(year: number, levels: readonly UnitLevel[] | null): UnitRecord[] {
    return this.units.filter((u) => (levels === null || levels.includes(u.level)) && exists(u, year));
  }

  /** Resolves `name` among units of `levels` (all levels when null) that exist in `year`. */
  resolve(name: string, year: number, levels: readonly UnitLevel[] | null): Resolution {
    const key = `${year}|${levels?.join(',') ?? '*'}|${name}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.lookup(name, year, levels);
      this.cache.set(key, hit);
    }
    return hit;
  }

  private lookup(name: string, year: number, levels: readonly UnitLevel[] | null): Resolution {
    const same = this.byName.get(foldName(name)) ?? [];
    const ofLevel = same.filter((u) => levels === null || levels.includes(u.level));
    const found = ofLevel.filter((u) => exists(u, year));
    if (found.length === 1) return { ok: true, unit: found[0]! };
    if (found.length > 1) return { ok: false, why: `ambiguous: matches ${found.map(label).join(', ')} in ${year}` };
    const [other] = ofLevel;
    if (other) return { ok: false, why: `${label(other)} does not exist in ${year} (${span(other)})` };
    const [wrong] = same;
    if (wrong && levels) return { ok: false, why: `${label(wrong)} is a ${wrong.level}, not a ${levels.join(' or ')}` };
    const candidates = this.existing(year, levels).map((u) => ({ label: label(u), names: [u.name_vi, ...u.aliases] }));
    return { ok: false, why: `unknown unit in ${year}${suggestion(name, candidates)}` };
  }
}

function span(u: UnitRecord): string {
  return `exists ${u.valid_from ?? '…'}–${u.valid_to ?? '…'}`;
}
