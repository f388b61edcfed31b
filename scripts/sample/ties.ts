/**
 * Real rankings have ties: two units with the same total share a rank. Left to chance, exact ties
 * are rare in generated data, so one pair per index and year is nudged onto the same total.
 */
import type { UnitYear } from './score-batch.ts';
import { isScenarioUnit } from './scenarios.ts';

interface Total {
  u: UnitYear;
  total: number;
}

function totals(batch: readonly UnitYear[]): Total[] {
  return batch
    .filter((u) => !isScenarioUnit(u.unit.key) && u.items.every((it) => it.score.applicable))
    .map((u) => ({ u, total: u.items.reduce((s, it) => s + (it.score.final ?? 0), 0) }))
    .sort((a, b) => b.total - a.total);
}

/** Lowers one appraised item of `u` by `diff` hundredths; false when no item can take it. */
function lower(u: UnitYear, diff: number): boolean {
  const open = u.items.filter((it) => it.leaf.kind !== 'survey' && it.score.explanation === null && (it.score.final ?? 0) >= diff);
  const it = open.find((x) => x.score.reason === null) ?? open[0];
  if (!it) return false;
  const final = (it.score.final ?? 0) - diff;
  it.score = { ...it.score, r1: final, final, reason: it.score.reason ?? 'Tài liệu kiểm chứng chưa đầy đủ' };
  return true;
}

/**
 * Makes two neighbours in the ranking (near the middle, all items applicable, so equal points mean
 * an equal percentage) tie exactly. Returns whether the batch now has a tie.
 */
export function forceTie(batch: readonly UnitYear[]): boolean {
  const ranked = totals(batch);
  const mid = Math.floor(ranked.length / 2);
  const order = ranked.map((_, i) => i).sort((a, b) => Math.abs(a - mid) - Math.abs(b - mid) || a - b);
  for (const i of order) {
    const a = ranked[i];
    const b = ranked[i + 1];
    if (!a || !b) continue;
    const diff = a.total - b.total;
    if (diff === 0) return true;
    if (diff <= 150 && lower(a.u, diff)) return true;
  }
  return false;
}
