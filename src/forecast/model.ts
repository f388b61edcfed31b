/**
 * An estimate of the appraised score from self-assessment, before (or without looking at) the
 * appraisal. For every item a unit scored itself on, the share of self-assessed points the appraisal
 * cut in past years: the unit's own share on that item, pulled towards its peers' share on the same item
 * the fewer years the unit has (a weighted average, `PEER_WEIGHT` years' worth of peers). The expected
 * score of the item is its self-assessed score less that share. Survey-scored items (no self-assessment)
 * are expected at the unit's last survey result in percent of the maximum, else the peers' mean. The
 * range comes from the errors this same method made in the index's earlier years (its 10th and 90th
 * percentiles), so it says how far off it has been, not a theoretical spread. Pure: rows in, numbers out.
 */
import { groupBy } from '../charts/series.ts';

/** One leaf item of one unit and year: its maximum, self-assessed and final score, and the reason given. */
export interface ForecastRow {
  unit_id: string;
  year: number;
  item_code: string;
  /** 'survey' items have no self-assessment. */
  kind: string;
  applicable: boolean;
  max_points: number | null;
  self_score: number | null;
  final_score: number | null;
  reason_vi: string | null;
}

/** How many years of peers an item's peer share weighs against the unit's own years. */
export const PEER_WEIGHT = 3;
/** Residuals needed before a range is given. */
export const MIN_RESIDUALS = 20;

export interface ItemEstimate {
  item_code: string;
  self_score: number | null;
  expected: number;
  /** Points the appraisal is expected to cut from the self-assessment (0 for survey items). */
  expected_cut: number;
  /** The share of self-assessed points cut in past years (the blend of own and peers'). */
  cut_share: number | null;
  /** The reason the past cuts of this item carried most often (the unit's own first, else its peers'). */
  past_reason: string | null;
}

export interface UnitForecast {
  unit_id: string;
  year: number;
  max_points: number;
  /** Self-assessed points on the items the unit scores itself on. */
  self_total: number;
  /** Points the appraisal is expected to cut from them. */
  expected_cut: number;
  /** Survey-scored items' expected points (their latest result). */
  survey_expected: number;
  expected_total: number;
  expected_pct: number;
  /** The range from past errors, in percent of the maximum; null without enough past years. */
  low_pct: number | null;
  high_pct: number | null;
  /** Ranks the range implies if the others land on their expected scores (best, worst); null without a range. */
  rank_best: number | null;
  rank_worst: number | null;
  rank_expected: number;
  units: number;
  /** Items with the largest expected cuts, most first. */
  at_risk: ItemEstimate[];
  /** Leaf items the unit has no self-assessment for (missing, not zero): the estimate leaves them out. */
  missing_items: number;
}

interface Share {
  cut: number;
  self: number;
  years: Set<number>;
  reasons: Map<string, number>;
}

const add = (map: Map<string, Share>, key: string, r: ForecastRow, cut: number): void => {
  const s = map.get(key) ?? { cut: 0, self: 0, years: new Set<number>(), reasons: new Map<string, number>() };
  s.cut += cut;
  s.self += r.self_score ?? 0;
  s.years.add(r.year);
  if (cut > 0 && r.reason_vi) s.reasons.set(r.reason_vi, (s.reasons.get(r.reason_vi) ?? 0) + 1);
  map.set(key, s);
};

const topReason = (s: Share | undefined): string | null =>
  s && s.reasons.size > 0 ? [...s.reasons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0] : null;

/** What the past years say: cut shares per unit and item and per item, survey results per unit and item. */
function learn(past: readonly ForecastRow[]) {
  const own = new Map<string, Share>();
  const peers = new Map<string, Share>();
  const survey = new Map<string, { year: number; pct: number }>();
  const surveyPeers = new Map<string, { sum: number; n: number }>();
  for (const r of past) {
    if (!r.applicable || r.final_score === null || r.max_points === null || r.max_points <= 0) continue;
    if (r.self_score === null) {
      if (r.kind !== 'survey') continue;
      const pct = r.final_score / r.max_points;
      const key = `${r.unit_id}|${r.item_code}`;
      const last = survey.get(key);
      if (!last || r.year > last.year) survey.set(key, { year: r.year, pct });
      const p = surveyPeers.get(r.item_code) ?? { sum: 0, n: 0 };
      surveyPeers.set(r.item_code, { sum: p.sum + pct, n: p.n + 1 });
      continue;
    }
    const cut = Math.max(0, r.self_score - r.final_score);
    add(own, `${r.unit_id}|${r.item_code}`, r, cut);
    add(peers, r.item_code, r, cut);
  }
  return { own, peers, survey, surveyPeers };
}

/** Each unit's expected total for `year` from its self-assessment and the years before (ranges not yet set). */
export function estimate(rows: readonly ForecastRow[], year: number): UnitForecast[] {
  const past = learn(rows.filter((r) => r.year < year));
  const byUnit = groupBy(
    rows.filter((r) => r.year === year),
    (r) => r.unit_id,
  );
  const out: UnitForecast[] = [];
  for (const [unit_id, items] of byUnit) {
    let max = 0;
    let self = 0;
    let expected = 0;
    let survey = 0;
    let missing = 0;
    const estimates: ItemEstimate[] = [];
    for (const r of items) {
      if (!r.applicable || r.max_points === null) continue;
      max += r.max_points;
      if (r.self_score === null) {
        if (r.kind !== 'survey') {
          missing++;
          continue;
        }
        const own = past.survey.get(`${unit_id}|${r.item_code}`);
        const peer = past.surveyPeers.get(r.item_code);
        const pct = own?.pct ?? (peer ? peer.sum / peer.n : null);
        if (pct === null) {
          missing++;
          continue;
        }
        expected += pct * r.max_points;
        survey += pct * r.max_points;
        continue;
      }
      const own = past.own.get(`${unit_id}|${r.item_code}`);
      const peer = past.peers.get(r.item_code);
      const ownShare = own && own.self > 0 ? own.cut / own.self : null;
      const peerShare = peer && peer.self > 0 ? peer.cut / peer.self : null;
      const n = own?.years.size ?? 0;
      const share =
        ownShare === null && peerShare === null
          ? null
          : peerShare === null
            ? ownShare
            : ownShare === null
              ? peerShare
              : (n * ownShare + PEER_WEIGHT * peerShare) / (n + PEER_WEIGHT);
      const cut = r.self_score * (share ?? 0);
      self += r.self_score;
      expected += r.self_score - cut;
      estimates.push({
        item_code: r.item_code,
        self_score: r.self_score,
        expected: r.self_score - cut,
        expected_cut: cut,
        cut_share: share,
        past_reason: topReason(own) ?? topReason(peer),
      });
    }
    if (max <= 0) continue;
    out.push({
      unit_id,
      year,
      max_points: max,
      self_total: self,
      expected_cut: self + survey - expected,
      survey_expected: survey,
      expected_total: expected,
      expected_pct: (expected / max) * 100,
      low_pct: null,
      high_pct: null,
      rank_best: null,
      rank_worst: null,
      rank_expected: 0,
      units: 0,
      at_risk: estimates
        .filter((e) => e.expected_cut > 0.005)
        .sort((a, b) => b.expected_cut - a.expected_cut || (a.item_code < b.item_code ? -1 : 1))
        .slice(0, 5),
      missing_items: missing,
    });
  }
  return ranked(out);
}

/** 1 + the number of others strictly above `pct`. */
const rankAt = (pct: number, others: readonly number[]): number => 1 + others.filter((o) => o > pct + 1e-9).length;

function ranked(forecasts: UnitForecast[]): UnitForecast[] {
  const pcts = forecasts.map((f) => f.expected_pct);
  return forecasts.map((f, i) => {
    const others = pcts.filter((_, j) => j !== i);
    return { ...f, units: forecasts.length, rank_expected: rankAt(f.expected_pct, others) };
  });
}

/** The q-quantile of sorted values (linear interpolation). */
export function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Actual final totals in percent of the maximum, per unit, for `year` (the units whose every item has a final score). */
export function actualPcts(rows: readonly ForecastRow[], year: number): Map<string, number> {
  const sums = new Map<string, { final: number; max: number; complete: boolean }>();
  for (const r of rows) {
    if (r.year !== year || !r.applicable || r.max_points === null) continue;
    const s = sums.get(r.unit_id) ?? { final: 0, max: 0, complete: true };
    s.max += r.max_points;
    if (r.final_score === null) s.complete = false;
    else s.final += r.final_score;
    sums.set(r.unit_id, s);
  }
  return new Map([...sums].filter(([, s]) => s.complete && s.max > 0).map(([id, s]) => [id, (s.final / s.max) * 100]));
}

/** Errors (actual − expected, percentage points) of the method on every earlier year that had two years before it. */
export function pastResiduals(rows: readonly ForecastRow[], year: number): number[] {
  const years = [...new Set(rows.map((r) => r.year))].filter((y) => y < year).sort((a, b) => a - b);
  const out: number[] = [];
  for (const y of years.slice(2)) {
    const actual = actualPcts(rows, y);
    for (const f of estimate(rows, y)) {
      const a = actual.get(f.unit_id);
      if (a !== undefined && f.missing_items === 0) out.push(a - f.expected_pct);
    }
  }
  return out;
}

/**
 * The forecast of every unit for `year`, with the range and rank range the past errors give (pass them
 * when already computed: they are the costly part).
 */
export function forecast(
  rows: readonly ForecastRow[],
  year: number,
  errors: readonly number[] = pastResiduals(rows, year),
): UnitForecast[] {
  const estimates = estimate(rows, year);
  const residuals = [...errors].sort((a, b) => a - b);
  if (residuals.length < MIN_RESIDUALS) return estimates;
  const lo = quantile(residuals, 0.1);
  const hi = quantile(residuals, 0.9);
  const pcts = estimates.map((f) => f.expected_pct);
  return estimates.map((f, i) => {
    const others = pcts.filter((_, j) => j !== i);
    const low = f.expected_pct + lo;
    const high = f.expected_pct + hi;
    return { ...f, low_pct: low, high_pct: high, rank_best: rankAt(high, others), rank_worst: rankAt(low, others) };
  });
}
