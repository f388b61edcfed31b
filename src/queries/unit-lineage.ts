/** Where a unit came from and what it became (the July 2025 merger and others). */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';

/** The events of lineage.csv. */
export const LINEAGE_EVENTS = ['merge', 'absorb', 'rename', 'split'] as const;
export type LineageEvent = (typeof LINEAGE_EVENTS)[number];

export interface LineageLink {
  direction: 'predecessor' | 'successor';
  unit_id: string;
  name_vi: string;
  name_en: string | null;
  effective_date: string;
  /** What happened (lineage.event): merge, absorb, rename or split. */
  event: LineageEvent;
  source_vi: string | null;
}

const SQL = `
  SELECT 'predecessor' AS direction, l.from_unit_id AS unit_id, u.name_vi, u.name_en,
         strftime(l.effective_date, '%Y-%m-%d') AS effective_date, l.event, l.source_vi
  FROM lineage l JOIN units u ON u.unit_id = l.from_unit_id WHERE l.to_unit_id = $unit
  UNION ALL
  SELECT 'successor', l.to_unit_id, u.name_vi, u.name_en,
         strftime(l.effective_date, '%Y-%m-%d'), l.event, l.source_vi
  FROM lineage l JOIN units u ON u.unit_id = l.to_unit_id WHERE l.from_unit_id = $unit
  ORDER BY direction, name_vi, unit_id`;

/** Predecessors and successors of a unit, each with the event's date and legal basis. */
export function unitLineage(db: Db, unitId: string): Promise<LineageLink[]> {
  return db.all<LineageLink>(...named(SQL, { unit: unitId }));
}

/** Links grouped by direction (predecessors first) and event (in the order of LINEAGE_EVENTS), for headings such as "Absorbed". */
export function lineageGroups(
  links: readonly LineageLink[],
): { direction: LineageLink['direction']; event: LineageEvent; links: LineageLink[] }[] {
  return (['predecessor', 'successor'] as const).flatMap((direction) =>
    LINEAGE_EVENTS.map((event) => ({
      direction,
      event,
      links: links.filter((l) => l.direction === direction && l.event === event),
    })).filter((g) => g.links.length > 0),
  );
}

/** Was the unit formed by merging predecessors? Not when it absorbed one (it kept its id) or was renamed. */
export function formedByMerger(links: readonly LineageLink[]): boolean {
  return links.some((l) => l.direction === 'predecessor' && l.event === 'merge');
}
