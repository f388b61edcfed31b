/**
 * The appraisal rounds of a unit's year (seeds/003): after the council's round 1 a unit explains the
 * deductions it contests and proposes a score (round 2); the council then settles the final score. Pure
 * functions of the breakdown's rows: the explained items with every stage, and the items of the round-2
 * appendix (every sub-criterion deducted in round 1, explained or not yet).
 */
import type { BreakdownRow } from '../queries/lost-breakdown.ts';
import { leavesOf } from './tree.ts';

/** One explained item: its stages (self → round 1 → proposed → final) and what the explanation won back. */
export interface RoundTwoItem {
  readonly item: BreakdownRow;
  /** Points asked back: proposed − round 1; null where no score was proposed. */
  readonly asked: number | null;
  /** Points won back: final − round 1 (0 when the deduction stood); null where a stage is missing. */
  readonly recovered: number | null;
}

/** The year's round 2 at a glance. */
export interface RoundTwo {
  /** Items with an explanation, in framework order. */
  readonly items: readonly RoundTwoItem[];
  /** How many explanations won any points back. */
  readonly won: number;
  /** Points asked back, over the items with a proposed score. */
  readonly asked: number;
  /** Points won back, over every explained item. */
  readonly recovered: number;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

const treeOrder = (a: BreakdownRow, b: BreakdownRow): number =>
  a.tree_order.join('.').localeCompare(b.tree_order.join('.'), 'en', { numeric: true }) || (a.item_code < b.item_code ? -1 : 1);

/** Appraised sub-criteria (survey results have no rounds) that apply to the unit, in framework order. */
function appraisedLeaves(rows: readonly BreakdownRow[]): BreakdownRow[] {
  return leavesOf(rows)
    .filter((r) => r.applicable && r.kind !== 'survey')
    .sort(treeOrder);
}

/** The explained items of the year with their stages, and the totals; no items where nobody explained. */
export function roundTwo(rows: readonly BreakdownRow[]): RoundTwo {
  const items = appraisedLeaves(rows)
    .filter((r) => r.explanation_vi !== null)
    .map((item): RoundTwoItem => {
      const r1 = item.appraisal_r1;
      return {
        item,
        asked: r1 === null || item.proposed_score === null ? null : round6(item.proposed_score - r1),
        recovered: r1 === null || item.final_score === null ? null : round6(Math.max(0, item.final_score - r1)),
      };
    });
  const sum = (values: (number | null)[]): number => round6(values.reduce<number>((s, v) => s + (v ?? 0), 0));
  return {
    items,
    won: items.filter((i) => (i.recovered ?? 0) > 0).length,
    asked: sum(items.map((i) => i.asked)),
    recovered: sum(items.map((i) => i.recovered)),
  };
}

/**
 * The rows of the round-2 appendix: every appraised sub-criterion the council scored below the unit's
 * self-assessment in round 1, in framework order; explanation and proposed score where the data has them.
 */
export function appendixItems(rows: readonly BreakdownRow[]): BreakdownRow[] {
  return appraisedLeaves(rows).filter((r) => r.self_score !== null && r.appraisal_r1 !== null && r.appraisal_r1 < r.self_score);
}
