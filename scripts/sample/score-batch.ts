/** Scores every unit of one index in one year, and writes the rows as a scoring-software export does. */
import { DETAIL_HEADER_VI, type DetailColumn } from '../data/headers.ts';
import { formatHundredths } from './csv-format.ts';
import { proposedScore } from './explanations.ts';
import type { Leaf, SampleFramework } from './frameworks.ts';
import type { Profiles } from './profiles.ts';
import { rngFor } from './prng.ts';
import { type ItemScore, scoreItem } from './score-item.ts';
import type { SampleUnit } from './units.ts';

export interface ScoredItem {
  leaf: Leaf;
  score: ItemScore;
}

/** One unit's scores for one year, and the name the export writes for it. */
export interface UnitYear {
  unit: SampleUnit;
  nameInFile: string;
  /** This unit's export writes each reason as a bullet ("- Không có tài liệu kiểm chứng"), as some scoring software does. */
  bulleted: boolean;
  items: ScoredItem[];
}

/** The columns of the sample's scores-detail export, in order (the cells of exportRow). */
const SCORES_COLUMNS = [
  'year',
  'unit_name',
  'item_code',
  'item_name',
  'max_points',
  'applicable',
  'self_score',
  'appraisal_r1',
  'final_score',
  'reason',
  'explanation',
  'proposed_score',
] as const satisfies readonly DetailColumn[];

/** Their Vietnamese headers, as the data build reads them (scripts/data/headers.ts). */
export const SCORES_HEADER = SCORES_COLUMNS.map((c) => DETAIL_HEADER_VI[c]);

/**
 * Exports name units as their staff type them: mostly the official name, sometimes another known
 * form ("UBND xã An Phú", "Sở GD&ĐT"), now and then in capitals. All resolve through units.csv.
 */
export function nameAsWritten(seed: number, unit: SampleUnit, year: number): string {
  const rng = rngFor(seed, 'name', unit.unit_id, year);
  const r = rng();
  if (r < 0.65 || unit.aliases.length === 0) return unit.name_vi;
  if (r < 0.93) return unit.aliases[Math.floor(rng() * unit.aliases.length)] as string;
  return unit.name_vi.toUpperCase();
}

/** Scores one unit against a framework for one year. */
export function scoreUnitYear(seed: number, profiles: Profiles, unit: SampleUnit, fw: SampleFramework, year: number): UnitYear {
  const rng = rngFor(seed, 'score', unit.unit_id, year);
  const profile = profiles.get(unit);
  const quality = new Map<string, number>();
  const items = fw.leaves.map((leaf) => {
    let q = quality.get(leaf.domain);
    if (q === undefined) {
      q = profiles.quality(unit, year, leaf.domain);
      quality.set(leaf.domain, q);
    }
    return { leaf, score: scoreItem({ rng, leaf, profile, quality: q, year, abbr: unit.abbr }) };
  });
  // Streams of their own, so these choices do not move any other figure of the sample.
  const proposing = rngFor(seed, 'proposed', unit.unit_id, year);
  for (const it of items) {
    const s = it.score;
    if (s.explanation !== null && s.r1 !== null && s.final !== null)
      it.score = { ...s, proposed: proposedScore(proposing, it.leaf.max, s.r1, s.final) };
  }
  const bulleted = rngFor(seed, 'bullets', unit.unit_id, year)() < 0.08;
  return { unit, nameInFile: nameAsWritten(seed, unit, year), bulleted, items };
}

/** The cells of one export row (decimal commas, "Có"/"Không", empty where a stage does not exist). */
export function exportRow(year: number, u: UnitYear, it: ScoredItem): string[] {
  const s = it.score;
  const p = (h: number | null): string => formatHundredths(h, ',');
  return [
    String(year),
    u.nameInFile,
    it.leaf.code,
    it.leaf.nameVi,
    p(it.leaf.max),
    s.applicable ? 'Có' : 'Không',
    p(s.self),
    p(s.r1),
    p(s.final),
    s.reason === null ? '' : u.bulleted ? `- ${s.reason}` : s.reason,
    s.explanation ?? '',
    p(s.proposed),
  ];
}
