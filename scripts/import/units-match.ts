/**
 * Matches unit names as a file writes them to known units: by the build's own resolution (name and
 * aliases), then by the user's alias file, then loosely (no diacritics, case or prefixes such as "UBND",
 * "Sở", "huyện"). Ambiguous and unknown names come back with suggestions; the alias file lists them for
 * the user to fill in, and is read again on the next run.
 */
import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { UnitLevel } from '../../src/schema/index.ts';
import { closestNames } from '../data/closest.ts';
import { foldName, looseUnitName } from '../data/normalise.ts';
import { label, type UnitRecord, type UnitResolver } from '../data/units.ts';

export type MatchHow = 'name' | 'alias file' | 'loose';

export interface UnitMatch {
  written: string;
  unit: UnitRecord | null;
  how: MatchHow | null;
  /** Why it did not match (ambiguous, unknown, not a unit of this index…). */
  why: string;
  suggestions: string[];
}

/** One row of the alias file: a name as written, the unit it means (empty until the user says), suggestions. */
export interface AliasRow {
  written: string;
  unit_id: string;
  suggestions: string;
}

export const ALIAS_COLUMNS = ['written', 'unit_id', 'suggestions'] as const;

/** Reads the alias file (absent: no rows). */
export function readAliases(file: string): AliasRow[] {
  if (!existsSync(file)) return [];
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\ufeff/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data.map((r) => ({
    written: (r.written ?? '').trim(),
    unit_id: (r.unit_id ?? '').trim(),
    suggestions: r.suggestions ?? '',
  }));
}

/** Matches every distinct name of `names` in `year` among units of `levels`. */
export function matchUnits(
  names: readonly string[],
  year: number,
  levels: readonly UnitLevel[],
  resolver: UnitResolver,
  aliases: readonly AliasRow[],
): Map<string, UnitMatch> {
  const units = resolver.existing(year, levels);
  const byId = new Map(units.map((u) => [u.unit_id, u]));
  const chosen = new Map(aliases.filter((a) => a.unit_id !== '').map((a) => [foldName(a.written), a.unit_id]));
  const loose = new Map<string, UnitRecord[]>();
  for (const u of units) {
    for (const n of new Set([u.name_vi, ...u.aliases].map(looseUnitName))) loose.set(n, [...(loose.get(n) ?? []), u]);
  }
  const out = new Map<string, UnitMatch>();
  for (const written of new Set(names)) {
    const none = { written, unit: null, how: null, why: '', suggestions: [] };
    const exact = resolver.resolve(written, year, levels);
    if (exact.ok) {
      out.set(written, { ...none, unit: exact.unit, how: 'name' });
      continue;
    }
    const id = chosen.get(foldName(written));
    if (id !== undefined) {
      const unit = byId.get(id) ?? null;
      out.set(
        written,
        unit
          ? { ...none, unit, how: 'alias file' }
          : { ...none, why: `the alias file says ${id}, which is not a unit of this index in ${year}` },
      );
      continue;
    }
    const found = [...new Set(loose.get(looseUnitName(written)) ?? [])];
    if (found.length === 1) out.set(written, { ...none, unit: found[0]!, how: 'loose' });
    else if (found.length > 1)
      out.set(written, { ...none, why: 'ambiguous', suggestions: found.map(label).sort((a, b) => a.localeCompare(b, 'vi')) });
    else {
      const candidates = units.map((u) => ({ label: label(u), names: [u.name_vi, ...u.aliases].map(looseUnitName) }));
      out.set(written, {
        ...none,
        why: exact.why.startsWith('unknown') ? 'unknown' : exact.why,
        suggestions: closestNames(looseUnitName(written), candidates),
      });
    }
  }
  return out;
}

/** The alias file with a row added for each unresolved name it does not list yet. */
export function withPending(rows: readonly AliasRow[], unresolved: readonly UnitMatch[]): AliasRow[] {
  const listed = new Set(rows.map((r) => foldName(r.written)));
  const added = unresolved
    .filter((m) => !listed.has(foldName(m.written)))
    .map((m) => ({ written: m.written, unit_id: '', suggestions: m.suggestions.join(' | ') }));
  return [...rows, ...added];
}
