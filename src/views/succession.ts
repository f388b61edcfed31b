/**
 * The units of one index before and after a reorganisation, one row per unit that exists now (with the
 * units it came from) and one per unit that ended without a successor: the sample province's front page
 * lists its departments, districts and communes this way, so every unit is one link away.
 */
import type { LineageEvent } from '../queries/unit-lineage.ts';
import type { ScopeLineage, ScopeUnit } from '../queries/scope-units.ts';

/** A unit of a row. */
export type SuccessionUnit = Pick<ScopeUnit, 'unit_id' | 'name_vi' | 'name_en'>;

/** What happened to the units of a row. */
export type SuccessionEvent = LineageEvent | 'unchanged' | 'new' | 'ended';

export interface SuccessionRow {
  /** The units until the reorganisation: the predecessors, and the unit itself where it existed before. */
  before: SuccessionUnit[];
  event: SuccessionEvent;
  /** The unit after it; null when it ended with no successor. */
  after: SuccessionUnit | null;
}

export interface Succession {
  /** The first year after the (latest) reorganisation; null when none happened (every unit exists throughout). */
  year: number | null;
  rows: SuccessionRow[];
}

const ref = (u: ScopeUnit): SuccessionUnit => ({ unit_id: u.unit_id, name_vi: u.name_vi, name_en: u.name_en });

/** The first year after the latest reorganisation: when the latest new units began, else the year after the last ones ended. */
function reorganisationYear(units: readonly ScopeUnit[]): number | null {
  const began = units.flatMap((u) => (u.valid_from === null ? [] : [u.valid_from]));
  if (began.length > 0) return Math.max(...began);
  const ended = units.flatMap((u) => (u.valid_to === null ? [] : [u.valid_to + 1]));
  return ended.length > 0 ? Math.max(...ended) : null;
}

function rowOf(unit: ScopeUnit, lineage: readonly ScopeLineage[], byId: ReadonlyMap<string, ScopeUnit>): SuccessionRow {
  const into = lineage.filter((l) => l.to_unit_id === unit.unit_id);
  const predecessors = into.flatMap((l) => {
    const u = byId.get(l.from_unit_id);
    return u ? [ref(u)] : [];
  });
  const existedBefore = unit.valid_from === null;
  const before = existedBefore ? [ref(unit), ...predecessors] : predecessors;
  const event: SuccessionEvent = into[0]?.event ?? (existedBefore ? 'unchanged' : 'new');
  return { before, event, after: ref(unit) };
}

/**
 * The rows of one index's units, ordered as given (by name): first every unit that exists at the end,
 * then every unit that ended without a successor among them. `units` are the index's units; `lineage`
 * may hold rows about other units too.
 */
export function succession(units: readonly ScopeUnit[], lineage: readonly ScopeLineage[]): Succession {
  const byId = new Map(units.map((u) => [u.unit_id, u]));
  const current = units.filter((u) => u.valid_to === null);
  const rows = current.map((u) => rowOf(u, lineage, byId));
  const listed = new Set(rows.flatMap((r) => r.before.map((u) => u.unit_id)));
  for (const u of units) {
    if (u.valid_to === null || listed.has(u.unit_id)) continue;
    const successor = lineage.find((l) => l.from_unit_id === u.unit_id);
    const after = successor ? byId.get(successor.to_unit_id) : undefined;
    rows.push({ before: [ref(u)], event: successor?.event ?? 'ended', after: after ? ref(after) : null });
  }
  return { year: reorganisationYear(units), rows };
}
