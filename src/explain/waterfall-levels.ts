/**
 * The waterfall's second level: each domain bar opened into the changes of the items hanging from it
 * (domain-items.ts). Within one framework only, where the waterfall is in points and a domain bar is
 * the domain's change of points. The items add up to their domain's bar; where they do not (an item
 * without a score in one year), the rest is a line of its own, so each level still sums to its parent.
 */
import type { DomainItemRow } from '../queries/domain-items.ts';
import type { Waterfall, WaterfallStep } from './waterfall-steps.ts';

/** Below this, the items are taken to add up (the figures are published to two decimals). */
const TOLERANCE = 0.005;

export interface DomainLevel {
  readonly step: WaterfallStep;
  readonly items: readonly DomainItemRow[];
  /** What the items leave of the domain's change (0 when they add up). */
  readonly rest: number;
}

/** The domain bars that have changed items under them, with those items; [] across a framework change. */
export function domainLevels(w: Waterfall, rows: readonly DomainItemRow[]): DomainLevel[] {
  if (w.measure !== 'points') return [];
  const out: DomainLevel[] = [];
  for (const step of w.steps) {
    if (step.kind !== 'domain') continue;
    const items = rows.filter((r) => r.domain_code === step.key);
    if (items.length === 0) continue;
    const rest = step.value - items.reduce((sum, r) => sum + r.change, 0);
    out.push({ step, items, rest: Math.abs(rest) < TOLERANCE ? 0 : rest });
  }
  return out;
}
