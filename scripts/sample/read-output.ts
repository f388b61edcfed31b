/**
 * Reads a generated sample back: score rows in hundredths, unit names resolved to ids, totals and
 * ranks per unit. Used by the tests that check the sample's structure, and by the generator's summary.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { TOTAL_CODE } from '../../src/schema/index.ts';
import { DETAIL_HEADER_VI as VI } from '../data/headers.ts';
import { foldName } from '../data/normalise.ts';

/** One row of a scores file; points in hundredths, null where the cell is empty. */
export interface ScoreRecord {
  year: number;
  unitName: string;
  code: string;
  max: number;
  applicable: boolean;
  self: number | null;
  r1: number | null;
  final: number | null;
  reason: string;
  explanation: string;
  proposed: number | null;
}

export interface UnitRecord {
  unit_id: string;
  name_vi: string;
  level: string;
  parent_id: string;
  valid_from: string;
  valid_to: string;
  aliases: string;
}

function parse<T>(file: string, delimiter: ',' | ';'): T[] {
  const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  return Papa.parse<T>(text, { header: true, delimiter, skipEmptyLines: true }).data;
}

const points = (cell: string): number | null => (cell === '' ? null : Math.round(Number(cell.replace(',', '.')) * 100));

/** The rows of `scores/<level>-<year>.csv`. */
export function readScores(outDir: string, level: string, year: number): ScoreRecord[] {
  return parse<Record<string, string>>(path.join(outDir, 'scores', `${level}-${year}.csv`), ';').map((r) => ({
    year: Number(r[VI.year]),
    unitName: r[VI.unit_name] ?? '',
    code: r[VI.item_code] ?? '',
    max: points(r[VI.max_points] ?? '') ?? 0,
    applicable: r[VI.applicable] !== 'Không',
    self: points(r[VI.self_score] ?? ''),
    r1: points(r[VI.appraisal_r1] ?? ''),
    final: points(r[VI.final_score] ?? ''),
    reason: r[VI.reason] ?? '',
    explanation: r[VI.explanation] ?? '',
    proposed: points(r[VI.proposed_score] ?? ''),
  }));
}

/** A comma-separated reference file of the sample (units.csv, lineage.csv…) as records. */
export function readReference<T>(outDir: string, file: string): T[] {
  return parse<T>(path.join(outDir, file), ',');
}

/** Resolves names as written in a year's file to unit ids, through names and aliases (as the build does). */
export function nameResolver(units: readonly UnitRecord[], year: number): (name: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const u of units) {
    if ((u.valid_from !== '' && Number(u.valid_from) > year) || (u.valid_to !== '' && Number(u.valid_to) < year)) continue;
    for (const n of [u.name_vi, ...u.aliases.split('|').filter((a) => a !== '')]) byName.set(foldName(n), u.unit_id);
  }
  return (name) => byName.get(foldName(name));
}

/** Points kept and applicable maximum, for a unit's total or one of its domains. */
export interface Tally {
  final: number;
  max: number;
}

/** Per unit id: the total and each domain ("D1"…), over applicable items. */
export function tallies(rows: readonly ScoreRecord[], resolve: (name: string) => string | undefined): Map<string, Map<string, Tally>> {
  const out = new Map<string, Map<string, Tally>>();
  for (const r of rows) {
    if (!r.applicable) continue;
    const id = resolve(r.unitName);
    if (id === undefined) throw new Error(`unresolved unit name "${r.unitName}" (${r.year})`);
    const unit = out.get(id) ?? new Map<string, Tally>();
    out.set(id, unit);
    for (const key of [TOTAL_CODE, r.code.split('.')[0] as string]) {
      const t = unit.get(key) ?? { final: 0, max: 0 };
      t.final += r.final ?? 0;
      t.max += r.max;
      unit.set(key, t);
    }
  }
  return out;
}

/** Competition ranks ("1, 2, 2, 4") by percentage of the maximum, compared exactly. */
export function ranks(units: ReadonlyMap<string, Map<string, Tally>>, key: string): Map<string, number> {
  const entries = [...units].flatMap(([id, m]) => {
    const t = m.get(key);
    return t && t.max > 0 ? [[id, t] as const] : [];
  });
  const better = (a: Tally, b: Tally): boolean => a.final * b.max > b.final * a.max;
  return new Map(entries.map(([id, t]) => [id, 1 + entries.filter(([, o]) => better(o, t)).length]));
}
