/**
 * What kind of performer each unit is, derived from the seed and its id alone (so any province can
 * be generated on its own): typical quality, survey level, over-claiming, persistent weak spots and
 * items that do not apply. A unit formed by a merger inherits its predecessors' average quality.
 */
import { type SampleFramework, frameworkIdFor } from './frameworks.ts';
import { between, chance, clamp, noise, rngFor, shuffled } from './prng.ts';
import { NOT_APPLICABLE, OVERCLAIMING_DEPARTMENTS, PERSISTENT_WEAK, FALLING_DEPARTMENT, scenarioQuality } from './scenarios.ts';
import type { SampleUnit } from './units.ts';

export interface Profile {
  /** Typical share of appraisal points kept, around 0.9. */
  quality: number;
  /** Typical share of survey points (satisfaction). */
  survey: number;
  overclaim: boolean;
  /** Sub-criteria lost every year. */
  weak: ReadonlySet<string>;
  /** Code prefixes of items that do not apply to the unit. */
  notApplicable: readonly string[];
}

const QUALITY_RANGE = { departments: [0.86, 0.96], districts: [0.84, 0.95], communes: [0.8, 0.96] } as const;
const OVERCLAIM_SHARE = { departments: 0, districts: 0.15, communes: 0.08 } as const;

/** Profiles of all units, computed on first use. */
export class Profiles {
  private readonly cache = new Map<string, Profile>();
  private readonly seed: number;
  private readonly units: ReadonlyMap<string, SampleUnit>;
  private readonly frameworks: ReadonlyMap<string, SampleFramework>;

  constructor(seed: number, units: ReadonlyMap<string, SampleUnit>, frameworks: ReadonlyMap<string, SampleFramework>) {
    this.seed = seed;
    this.units = units;
    this.frameworks = frameworks;
  }

  get(unit: SampleUnit): Profile {
    let p = this.cache.get(unit.unit_id);
    if (!p) {
      p = this.make(unit);
      this.cache.set(unit.unit_id, p);
    }
    return p;
  }

  /** The unit's quality in one domain and year: its level, a lasting domain bent, a yearly wobble, a slow trend. */
  quality(unit: SampleUnit, year: number, domain: string): number {
    const pinned = scenarioQuality(unit.key, year, domain);
    if (pinned !== null) return pinned;
    const bent = noise(rngFor(this.seed, 'domain', unit.unit_id, domain), 0.03);
    const wobble =
      noise(rngFor(this.seed, 'year', unit.unit_id, year), 0.015) + noise(rngFor(this.seed, 'year', unit.unit_id, year, domain), 0.015);
    return clamp(this.get(unit).quality + 0.007 * (year - 2021) + bent + wobble, 0.6, 0.995);
  }

  private make(unit: SampleUnit): Profile {
    const rng = rngFor(this.seed, 'profile', unit.unit_id);
    const index = unit.index ?? 'departments';
    const [lo, hi] = QUALITY_RANGE[index];
    const overclaim = index === 'departments' ? OVERCLAIMING_DEPARTMENTS.includes(unit.key) : chance(rng, OVERCLAIM_SHARE[index]);
    let quality = between(rng, lo, hi);
    if (unit.predecessors.length > 0) {
      const inherited = unit.predecessors
        .map((id) => this.units.get(id))
        .filter((u) => u !== undefined)
        .map((u) => this.get(u).quality);
      quality = inherited.reduce((a, b) => a + b, 0) / inherited.length - 0.01 + noise(rng, 0.01);
    }
    if (overclaim) quality -= 0.02;
    return {
      quality,
      survey: between(rng, 0.78, 0.93),
      overclaim,
      weak: this.weakSpots(unit, rng),
      notApplicable: this.notApplicable(unit, rng),
    };
  }

  private weakSpots(unit: SampleUnit, rng: () => number): Set<string> {
    if (unit.key === PERSISTENT_WEAK.key) return new Set(PERSISTENT_WEAK.codes);
    if (unit.key === FALLING_DEPARTMENT.key || unit.index === null) return new Set();
    const fw = this.frameworks.get(frameworkIdFor(unit.index, unit.valid_from ?? 2021));
    const candidates = (fw?.leaves ?? []).filter((l) => l.kind === 'appraisal').map((l) => l.code);
    return new Set(shuffled(rng, candidates).slice(0, 2));
  }

  private notApplicable(unit: SampleUnit, rng: () => number): string[] {
    if (unit.index === 'departments') return [...(NOT_APPLICABLE[unit.key] ?? [])];
    if (unit.index !== 'communes') return [];
    // Some communes have no public investment project, some issued no legal document that year.
    return [...(chance(rng, 0.1) ? ['D6.2'] : []), ...(chance(rng, 0.2) ? ['D2.1.1'] : [])];
  }
}
