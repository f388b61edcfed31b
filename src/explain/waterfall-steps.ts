/**
 * The steps of a rank change's waterfall: from last year's total to this year's, one bar per domain.
 * Within one framework the bars are points. Across a framework change the totals are compared in
 * percent of the applicable maximum, and each domain's bar is its share of that percentage (its points
 * over the unit's maximum), in percentage points. A domain continues the one before it only one-to-one
 * through the crosswalk (same, renamed or re-weighted); a split, a merger, a new or an ended domain is
 * a bar of its own (its year's share, with the crosswalk's note), never silently joined. The bars add up
 * to the change of the total; where the domains do not (a missing domain score, points outside the
 * domains), the rest is a bar of its own, labelled as such.
 */
import type { ExplainData, ExplainDomainRow, ExplainLink, ExplainTotalRow } from '../queries/rank-change-explain.ts';

/** What a bar stands for. */
export type StepKind = 'domain' | 'ended' | 'new' | 'residual';

export interface WaterfallStep {
  /** The domain's code in the later year (an ended domain: its earlier code); 'residual' for the rest. */
  readonly key: string;
  readonly kind: StepKind;
  readonly name_vi: string;
  readonly name_en: string;
  /** The change: points, or percentage points across a framework change. */
  readonly value: number;
  /** The year the bar's domain belongs to, for an ended (earlier year) or new (later year) domain. */
  readonly year: number | null;
  /** The crosswalk's relation when it is not 'same'. */
  readonly relation: string | null;
  readonly note_vi: string | null;
  readonly note_en: string | null;
}

export interface Waterfall {
  /** 'points' within one framework; 'pct' (percentage points of the total) across a framework change. */
  readonly measure: 'points' | 'pct';
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  readonly steps: readonly WaterfallStep[];
}

/** Below this, the bars are taken to add up (the figures are published to two decimals). */
const TOLERANCE = 0.005;
const ONE_TO_ONE = new Set(['same', 'renamed', 'reweighted']);

type Share = (d: ExplainDomainRow) => number | null;

function domainStep(key: string, d: ExplainDomainRow, value: number, extra: Partial<WaterfallStep> = {}): WaterfallStep {
  return {
    key,
    kind: 'domain',
    name_vi: d.name_vi,
    name_en: d.name_en,
    value,
    year: null,
    relation: null,
    note_vi: null,
    note_en: null,
    ...extra,
  };
}

const noteOf = (l: ExplainLink | undefined) => ({
  relation: l?.relation ?? null,
  note_vi: l?.note_vi ?? null,
  note_en: l?.note_en ?? null,
});

/** Pairs of domains that continue one-to-one, keyed by the later code. */
function continuing(links: readonly ExplainLink[]): Map<string, ExplainLink> {
  const count = (key: 'from_item' | 'to_item', code: string | null) => links.filter((l) => l[key] === code).length;
  const out = new Map<string, ExplainLink>();
  for (const l of links) {
    if (l.from_item === null || l.to_item === null || !ONE_TO_ONE.has(l.relation)) continue;
    if (count('from_item', l.from_item) === 1 && count('to_item', l.to_item) === 1) out.set(l.to_item, l);
  }
  return out;
}

/** Steps within one framework: each domain's points, matched by code. */
function sameFramework(before: readonly ExplainDomainRow[], after: readonly ExplainDomainRow[]): WaterfallStep[] {
  const steps: WaterfallStep[] = [];
  for (const d of after) {
    const prev = before.find((b) => b.item_code === d.item_code);
    if (d.final_score === null || prev === undefined || prev.final_score === null) continue;
    steps.push(domainStep(d.item_code, d, d.final_score - prev.final_score));
  }
  return steps;
}

/** Steps across a framework change, in percentage points of the total, through the crosswalk. */
function acrossFrameworks(
  p: { from: number; to: number; links: readonly ExplainLink[] },
  before: readonly ExplainDomainRow[],
  after: readonly ExplainDomainRow[],
  shareBefore: Share,
  shareAfter: Share,
): WaterfallStep[] {
  const pairs = continuing(p.links);
  const paired = new Set([...pairs.values()].map((l) => l.from_item));
  const steps: WaterfallStep[] = [];
  const ended = before.filter((b) => !paired.has(b.item_code));
  const placed = new Set<string>();
  const pushEnded = (b: ExplainDomainRow) => {
    const share = shareBefore(b);
    if (share === null || placed.has(b.item_code)) return;
    placed.add(b.item_code);
    const link = p.links.find((l) => l.from_item === b.item_code);
    steps.push({
      ...domainStep(b.item_code, b, -share),
      kind: 'ended',
      year: p.from,
      ...noteOf(link ?? { relation: 'ended', from_item: b.item_code, to_item: null, note_vi: null, note_en: null }),
    });
  };
  for (const d of after) {
    const link = pairs.get(d.item_code);
    const prev = link ? before.find((b) => b.item_code === link.from_item) : undefined;
    const share = shareAfter(d);
    if (share === null) continue;
    if (link && prev) {
      const prevShare = shareBefore(prev);
      if (prevShare !== null) steps.push(domainStep(d.item_code, d, share - prevShare, link.relation === 'same' ? {} : noteOf(link)));
      continue;
    }
    // A new, split or merged domain: the earlier domains it came from first, then its own share.
    const from = p.links.filter((l) => l.to_item === d.item_code).map((l) => l.from_item);
    for (const b of ended.filter((e) => from.includes(e.item_code))) pushEnded(b);
    const own = p.links.find((l) => l.to_item === d.item_code);
    steps.push({
      ...domainStep(d.item_code, d, share),
      kind: 'new',
      year: p.to,
      ...noteOf(own ?? { relation: 'new', from_item: null, to_item: d.item_code, note_vi: null, note_en: null }),
    });
  }
  for (const b of ended) pushEnded(b);
  return steps;
}

/**
 * The waterfall of one unit between the data's two years; null when either total is missing or the
 * unit has no domain score in one of the years (a sentence says so instead).
 */
export function waterfallOf(data: ExplainData, p: { unitId: string; from: number; to: number }): Waterfall | null {
  const total: ExplainTotalRow | undefined = data.totals.find((t) => t.unit_id === p.unitId);
  const own = data.domains.filter((d) => d.unit_id === p.unitId);
  const before = own.filter((d) => d.year === p.from);
  const after = own.filter((d) => d.year === p.to);
  if (!total || before.length === 0 || after.length === 0) return null;
  const points = data.from_framework === data.to_framework && total.from_score !== null && total.to_score !== null;
  let start: number | null;
  let end: number | null;
  let steps: WaterfallStep[];
  if (points) {
    [start, end] = [total.from_score, total.to_score];
    steps = sameFramework(before, after);
  } else {
    const { from_max, to_max } = total;
    [start, end] = [total.from_pct, total.to_pct];
    if (from_max === null || to_max === null || !(from_max > 0 && to_max > 0)) return null;
    const share = (max: number) => (d: ExplainDomainRow) => (d.final_score === null ? null : (d.final_score / max) * 100);
    steps = acrossFrameworks({ ...p, links: data.links }, before, after, share(from_max), share(to_max));
  }
  if (start === null || end === null) return null;
  const rest = end - start - steps.reduce((sum, s) => sum + s.value, 0);
  if (Math.abs(rest) >= TOLERANCE) {
    steps.push({
      key: 'residual',
      kind: 'residual',
      name_vi: '',
      name_en: '',
      value: rest,
      year: null,
      relation: null,
      note_vi: null,
      note_en: null,
    });
  }
  return { measure: points ? 'points' : 'pct', from: p.from, to: p.to, start, end, steps };
}
