/**
 * Scores one unit on one sub-criterion for one year, through the stages of a real assessment:
 * self-assessment, appraisal round 1 (with the council's reason), the unit's explanation, and the
 * final appraisal. Survey items have no self-assessment and no appraisal rounds. All points are
 * integer hundredths, between 0 and the item's maximum.
 */
import type { Leaf } from './frameworks.ts';
import { explanation } from './explanations.ts';
import type { Profile } from './profiles.ts';
import { type Rng, chance, clamp, noise } from './prng.ts';
import { type DeductionContext, deduct, overclaimed, surveyReason } from './reasons.ts';
import { underAny } from './scenarios.ts';
import { HARDNESS, type Topic, topicOf } from './topics.ts';

/** The stages of one score; null where the stage does not exist (never 0 for "missing"). */
export interface ItemScore {
  applicable: boolean;
  self: number | null;
  r1: number | null;
  final: number | null;
  reason: string | null;
  explanation: string | null;
  /** The score asked for with the explanation (set by scoreUnitYear from a stream of its own); null without one. */
  proposed: number | null;
}

export interface ItemContext {
  rng: Rng;
  leaf: Leaf;
  profile: Profile;
  /** The unit's quality in the item's domain that year. */
  quality: number;
  year: number;
  /** Short name of the unit for document numbers in explanations. */
  abbr: string;
}

const NOT_APPLICABLE: ItemScore = { applicable: false, self: null, r1: null, final: null, reason: null, explanation: null, proposed: null };

const topics = new Map<string, Topic>();
function topicFor(leaf: Leaf): Topic {
  const key = `${leaf.kind}\u0001${leaf.nameVi}`;
  let t = topics.get(key);
  if (t === undefined) {
    t = topicOf(leaf);
    topics.set(key, t);
  }
  return t;
}

/** Scores one item. */
export function scoreItem(c: ItemContext): ItemScore {
  if (underAny(c.leaf.code, c.profile.notApplicable)) return NOT_APPLICABLE;
  const topic = topicFor(c.leaf);
  return c.leaf.kind === 'survey' ? surveyScore(c, topic) : appraisedScore(c, topic);
}

/** A survey result: the share of favourable answers, turned into points. */
function surveyScore(c: ItemContext, topic: Topic): ItemScore {
  const share = clamp(c.profile.survey + (c.quality - 0.9) * 0.6 + noise(c.rng, 0.025), 0.55, 0.995);
  const final = Math.round(c.leaf.max * share);
  const reason = final < c.leaf.max ? surveyReason(topic, (final / c.leaf.max) * 100) : null;
  return { applicable: true, self: null, r1: null, final, reason, explanation: null, proposed: null };
}

/** Topics on which nearly every unit loses points, however good it is otherwise. */
const CHRONIC = 0.8;

/**
 * How likely a deduction is: the topic's hardness scaled by how far the unit is from perfect
 * (quality 0.9 → the hardness itself). Chronic topics depend on quality only in part.
 */
function deductionChance(c: ItemContext, topic: Topic): number {
  if (c.profile.weak.has(c.leaf.code)) return 1;
  if (c.quality >= 1) return 0;
  const hardness = HARDNESS[topic];
  const k = Math.max(0, (1 - c.quality) / 0.1);
  const p = hardness * (hardness >= CHRONIC ? Math.min(1, 0.85 + 0.4 * k) : k);
  return Math.min(0.97, c.profile.overclaim ? p + 0.25 : p);
}

function appraisedScore(c: ItemContext, topic: Topic): ItemScore {
  const max = c.leaf.max;
  if (!chance(c.rng, deductionChance(c, topic))) {
    return { applicable: true, self: max, r1: max, final: max, reason: null, explanation: null, proposed: null };
  }
  const dc: DeductionContext = { rng: c.rng, max, quality: c.quality, year: c.year, nameVi: c.leaf.nameVi };
  // Over-claimers score themselves full marks with nothing to show for it.
  const d = c.profile.overclaim && chance(c.rng, 0.5) ? overclaimed(dc) : deduct(topic, dc);
  const r1 = max - d.lost;
  const round2 = secondRound(c, topic, r1, HARDNESS[topic] >= CHRONIC);
  const self = c.profile.overclaim || round2.explanation !== null || chance(c.rng, 0.55) ? max : round2.final;
  return { applicable: true, self, r1, final: round2.final, reason: d.reason, explanation: round2.explanation, proposed: null };
}

/**
 * About a third of deductions are contested; half of those are reversed, fully or in part. On
 * chronic topics the figures stand, so an explanation wins back part of the points at most.
 */
function secondRound(c: ItemContext, topic: Topic, r1: number, chronic: boolean): { final: number; explanation: string | null } {
  if (!chance(c.rng, 0.3)) return { final: r1, explanation: null };
  const text = explanation(c.rng, topic, c.abbr, c.year);
  // A persistent weak spot is a real shortfall: explanations do not win the points back.
  if (c.profile.weak.has(c.leaf.code) || !chance(c.rng, 0.5)) return { final: r1, explanation: text };
  const final = !chronic && chance(c.rng, 0.6) ? c.leaf.max : r1 + Math.floor((c.leaf.max - r1) / 2);
  return { final, explanation: text };
}
