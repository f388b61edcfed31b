/**
 * Districts and communes of one sample province, and the 1 July 2025 reform: districts abolished
 * (no successor), communes merged in groups of 2–4 into new communes, wards and one special zone,
 * each with a new id so that series are never silently joined.
 */
import type { UnitLevel } from '../../src/schema/index.ts';
import { MERGER_2025_DATE } from '../../src/schema/index.ts';
import { type Rng, intBetween, pickWeighted, rngFor } from './prng.ts';
import { PlaceNames } from './place-names.ts';
import { type LineageEdge, type ProvinceIdentity, type SampleUnit, slugify } from './units.ts';

type DistrictKind = 'city' | 'town' | 'rural' | 'island';

const DISTRICT_PREFIX: Record<DistrictKind, [string, string]> = {
  city: ['Thành phố', 'City'],
  town: ['Thị xã', 'Town'],
  rural: ['Huyện', 'District'],
  island: ['Huyện', 'District'],
};

/** Commune-level kinds: Vietnamese prefix, English suffix, schema level. */
const LOCAL: Record<string, [string, string, UnitLevel]> = {
  xa: ['Xã', 'Commune', 'commune'],
  phuong: ['Phường', 'Ward', 'ward'],
  thitran: ['Thị trấn', 'Township', 'commune'],
  dackhu: ['Đặc khu', 'Special Zone', 'special_zone'],
};

const MERGER_SOURCE = 'Nghị quyết (minh họa) số 01/NQ-UBTVQH15 về sắp xếp đơn vị hành chính cấp xã của Tỉnh Mẫu';

/** Which kinds of district a province of `n` districts has: a city, a town, rural districts, an island. */
function districtKinds(n: number): DistrictKind[] {
  if (n < 3) throw new Error('a sample province needs at least 3 districts');
  return ['city', ...(n >= 4 ? ['town' as const] : []), ...Array<DistrictKind>(n - (n >= 4 ? 3 : 2)).fill('rural'), 'island'];
}

/** Splits `total` communes over districts by weight; the island district always has 3. */
function communeCounts(rng: Rng, kinds: DistrictKind[], total: number): number[] {
  const mainland = total - 3;
  const weights = kinds.map((k) => (k === 'island' ? 0 : (k === 'rural' ? 1.15 : 0.9) + rng() * 0.4));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w, i) => (kinds[i] === 'island' ? 3 : Math.max(4, Math.floor((mainland * w) / sum))));
  let missing = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; missing > 0; i = (i + 1) % counts.length) {
    if (kinds[i] !== 'island') {
      counts[i] = (counts[i] ?? 0) + 1;
      missing--;
    }
  }
  return counts;
}

function localKind(kind: DistrictKind, i: number, n: number): string {
  if (kind === 'city') return i < Math.ceil(n * 0.7) ? 'phuong' : 'xa';
  if (kind === 'town') return i < Math.ceil(n * 0.5) ? 'phuong' : 'xa';
  if (kind === 'rural') return i === 0 ? 'thitran' : 'xa';
  return 'xa';
}

/** A commune-level unit: "Xã An Phú", aliases "UBND xã An Phú" and "Ủy ban nhân dân xã An Phú". */
function localUnit(p: ProvinceIdentity, kind: string, base: string, extra: Partial<SampleUnit>): SampleUnit {
  const [vi, en, level] = LOCAL[kind] as [string, string, UnitLevel];
  const lower = vi.toLowerCase();
  return {
    unit_id: p.idPrefix + slugify(`${vi} ${base}`),
    name_vi: `${vi} ${base}${p.suffixVi}`,
    name_en: `${base} ${en}${p.suffixEn}`,
    level,
    parent_id: null,
    valid_from: null,
    valid_to: 2024,
    aliases: [`UBND ${lower} ${base}${p.suffixVi}`, `Ủy ban nhân dân ${lower} ${base}${p.suffixVi}`],
    index: 'communes',
    key: kind,
    abbr: 'UBND',
    predecessors: [],
    ...extra,
  };
}

function districtUnit(p: ProvinceIdentity, kind: DistrictKind, base: string): SampleUnit {
  const [vi, en] = DISTRICT_PREFIX[kind];
  const lower = vi.toLowerCase();
  const aliases = [`UBND ${lower} ${base}${p.suffixVi}`, `Ủy ban nhân dân ${lower} ${base}${p.suffixVi}`];
  if (kind === 'city') aliases.push(`TP ${base}${p.suffixVi}`);
  return {
    unit_id: p.idPrefix + slugify(`${vi} ${base}`),
    name_vi: `${vi} ${base}${p.suffixVi}`,
    name_en: `${base} ${en}${p.suffixEn}`,
    level: 'district',
    parent_id: p.unit_id,
    valid_from: null,
    valid_to: 2024,
    aliases,
    index: 'districts',
    key: kind,
    abbr: 'UBND',
    predecessors: [],
  };
}

/** Group sizes for merging n communes: 2–4 each, mostly 2–3, never a group of one. */
function groupSizes(rng: Rng, n: number): number[] {
  const sizes: number[] = [];
  let left = n;
  while (left > 0) {
    let size =
      left <= 4
        ? left
        : pickWeighted(rng, [
            [2, 0.55],
            [3, 0.35],
            [4, 0.1],
          ] as const);
    if (left - size === 1) size = size === 4 ? 3 : size + 1;
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

export interface LocalUnits {
  districts: SampleUnit[];
  communes: SampleUnit[];
  communes2025: SampleUnit[];
  lineage: LineageEdge[];
}

/** Builds the districts and communes of a province before and after 1 July 2025. */
export function localUnits(seed: number, p: ProvinceIdentity, provinceIndex: number, nDistricts: number, nCommunes: number): LocalUnits {
  const rng = rngFor(seed, 'geography', p.unit_id);
  const names = new PlaceNames(rng);
  const kinds = districtKinds(nDistricts);
  const counts = communeCounts(rng, kinds, nCommunes);
  const out: LocalUnits = { districts: [], communes: [], communes2025: [], lineage: [] };
  kinds.forEach((kind, d) => {
    const base = kind === 'island' ? PlaceNames.island(provinceIndex) : names.take();
    const district = districtUnit(p, kind, base);
    out.districts.push(district);
    const n = counts[d] ?? 0;
    const members = Array.from({ length: n }, (_, i) => {
      const lk = localKind(kind, i, n);
      const name = lk === 'thitran' ? base : names.take();
      return { base: name, unit: localUnit(p, lk, name, { parent_id: district.unit_id }) };
    });
    out.communes.push(...members.map((m) => m.unit));
    mergeDistrict(rng, p, names, kind === 'island' ? base : null, members, out);
  });
  return out;
}

interface Member {
  base: string;
  unit: SampleUnit;
}

/** Merges a district's communes in order (neighbours merge); an island district becomes one special zone. */
function mergeDistrict(rng: Rng, p: ProvinceIdentity, names: PlaceNames, island: string | null, members: Member[], out: LocalUnits): void {
  let start = 0;
  for (const size of island !== null ? [members.length] : groupSizes(rng, members.length)) {
    const group = members.slice(start, start + size);
    start += size;
    const lk = island !== null ? 'dackhu' : group.some((m) => m.unit.level === 'ward') ? 'phuong' : 'xa';
    // Half the new units keep a predecessor's place name, as many did in 2025; the id is new either way.
    const base = island ?? (intBetween(rng, 0, 1) === 0 ? (group[0] as Member).base : names.take());
    const unit = localUnit(p, lk, base, {
      unit_id: `${p.idPrefix}${slugify(`${LOCAL[lk]?.[0]} ${base}`)}-2025`,
      parent_id: p.unit_id,
      valid_from: 2025,
      valid_to: null,
      predecessors: group.map((m) => m.unit.unit_id),
    });
    out.communes2025.push(unit);
    for (const { unit: u } of group) {
      out.lineage.push({
        from_unit_id: u.unit_id,
        to_unit_id: unit.unit_id,
        effective_date: MERGER_2025_DATE,
        event: 'merge',
        source_vi: MERGER_SOURCE,
      });
    }
  }
}
