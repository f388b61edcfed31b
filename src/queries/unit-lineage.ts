/** Where a unit came from and what it became (the July 2025 merger and others). */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { groupBy } from '../charts/series.ts';

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

/** One unit's links (`of_unit`), or every unit's when `$unit` is NULL (the build reads them once for all pages). */
const SQL = `
  SELECT l.to_unit_id AS of_unit, 'predecessor' AS direction, l.from_unit_id AS unit_id, u.name_vi, u.name_en,
         strftime(l.effective_date, '%Y-%m-%d') AS effective_date, l.event, l.source_vi
  FROM lineage l JOIN units u ON u.unit_id = l.from_unit_id
  WHERE CAST($unit AS VARCHAR) IS NULL OR l.to_unit_id = $unit
  UNION ALL
  SELECT l.from_unit_id, 'successor', l.to_unit_id, u.name_vi, u.name_en,
         strftime(l.effective_date, '%Y-%m-%d'), l.event, l.source_vi
  FROM lineage l JOIN units u ON u.unit_id = l.to_unit_id
  WHERE CAST($unit AS VARCHAR) IS NULL OR l.from_unit_id = $unit
  ORDER BY of_unit, direction, name_vi, unit_id`;

type Row = LineageLink & { of_unit: string };
const link = ({ of_unit: _, ...l }: Row): LineageLink => l;

/** Predecessors and successors of a unit, each with the event's date and legal basis. */
export async function unitLineage(db: Db, unitId: string): Promise<LineageLink[]> {
  return (await db.all<Row>(...named(SQL, { unit: unitId }))).map(link);
}

/** `unitLineage` of every unit that has a predecessor or successor, by unit id, in one query. */
export async function allUnitLineage(db: Db): Promise<Map<string, LineageLink[]>> {
  const groups = groupBy(await db.all<Row>(...named(SQL, { unit: null })), (r) => r.of_unit);
  return new Map([...groups].map(([unit, rows]) => [unit, rows.map(link)]));
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
