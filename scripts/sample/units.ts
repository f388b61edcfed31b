/** The units and lineage of the sample: what units.csv and lineage.csv hold, before formatting. */
import type { LineageEvent, UnitLevel } from '../../src/schema/index.ts';
import type { SampleLevel } from './frameworks.ts';

export interface SampleUnit {
  unit_id: string;
  name_vi: string;
  name_en: string;
  level: UnitLevel;
  parent_id: string | null;
  valid_from: number | null;
  valid_to: number | null;
  aliases: string[];
  /** The sample index that ranks it; null for the province itself. */
  index: SampleLevel | null;
  /** Same in every province, e.g. "so-y-te": what scenarios refer to. */
  key: string;
  /** Short name used in document numbers ("KH-SYT"). */
  abbr: string;
  /** For a unit formed by a merger: the units it was formed from. */
  predecessors: string[];
}

export interface LineageEdge {
  from_unit_id: string;
  to_unit_id: string;
  effective_date: string;
  event: LineageEvent;
  source_vi: string;
}

/** Does the unit exist in that assessment year? */
export function existsIn(unit: SampleUnit, year: number): boolean {
  return (unit.valid_from ?? -Infinity) <= year && year <= (unit.valid_to ?? Infinity);
}

/** Who the sample province is: one in the default scale, "Tỉnh Mẫu 01…34" at national scale. */
export interface ProvinceIdentity {
  unit_id: string;
  name_vi: string;
  name_en: string;
  /** Prefix of every unit id of the province, e.g. "sample-" or "sample-p07-". */
  idPrefix: string;
  /** Added to unit names at national scale so names stay unique across provinces (" (Mẫu 07)"). */
  suffixVi: string;
  suffixEn: string;
}

/** The identities of `count` sample provinces. */
export function provinceIdentities(count: number): ProvinceIdentity[] {
  if (count === 1) {
    return [
      {
        unit_id: 'sample-province',
        name_vi: 'Tỉnh Mẫu (minh họa)',
        name_en: 'Sample Province (illustrative)',
        idPrefix: 'sample-',
        suffixVi: '',
        suffixEn: '',
      },
    ];
  }
  return Array.from({ length: count }, (_, i) => {
    const nn = String(i + 1).padStart(2, '0');
    return {
      unit_id: `sample-province-${nn}`,
      name_vi: `Tỉnh Mẫu ${nn} (minh họa)`,
      name_en: `Sample Province ${nn} (illustrative)`,
      idPrefix: `sample-p${nn}-`,
      suffixVi: ` (Mẫu ${nn})`,
      suffixEn: ` (Sample ${nn})`,
    };
  });
}

/** The province's own row: it is not merged in the sample, so it keeps one id throughout. */
export function provinceUnit(p: ProvinceIdentity): SampleUnit {
  const bare = p.name_vi.replace(' (minh họa)', '');
  return {
    unit_id: p.unit_id,
    name_vi: p.name_vi,
    name_en: p.name_en,
    level: 'province',
    parent_id: null,
    valid_from: null,
    valid_to: null,
    aliases: [bare, `UBND ${bare}`],
    index: null,
    key: 'province',
    abbr: 'UBND',
    predecessors: [],
  };
}

/** Vietnamese name → id slug: "Sở Y tế" → "so-y-te". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
