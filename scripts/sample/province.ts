/** One sample province with everything it contains, checked for the uniqueness the data build relies on. */
import { foldName } from '../data/normalise.ts';
import { departmentUnits } from './departments.ts';
import { localUnits } from './communes.ts';
import { type LineageEdge, type ProvinceIdentity, type SampleUnit, existsIn, provinceUnit } from './units.ts';

export interface SampleProvince {
  identity: ProvinceIdentity;
  /** The province first, then departments, districts, communes before 2025, communes from 2025. */
  units: SampleUnit[];
  lineage: LineageEdge[];
}

/** Builds province number `index` (0-based) with the given numbers of districts and communes. */
export function buildProvince(
  seed: number,
  identity: ProvinceIdentity,
  index: number,
  districts: number,
  communes: number,
): SampleProvince {
  const depts = departmentUnits(identity);
  const local = localUnits(seed, identity, index, districts, communes);
  const units = [provinceUnit(identity), ...depts.units, ...local.districts, ...local.communes, ...local.communes2025];
  const province = { identity, units, lineage: [...depts.lineage, ...local.lineage] };
  assertUnique(province, [2024, 2025]);
  return province;
}

/** Ids are unique, and in each year every name and alias points to one unit only (names resolve by year). */
function assertUnique(p: SampleProvince, years: number[]): void {
  const ids = new Set<string>();
  for (const u of p.units) {
    if (ids.has(u.unit_id)) throw new Error(`duplicate sample unit id ${u.unit_id}`);
    ids.add(u.unit_id);
  }
  for (const year of years) {
    const owner = new Map<string, string>();
    for (const u of p.units.filter((x) => existsIn(x, year))) {
      for (const name of new Set([u.name_vi, ...u.aliases].map(foldName))) {
        const other = owner.get(name);
        if (other !== undefined) throw new Error(`sample name "${name}" is used by ${other} and ${u.unit_id} in ${year}`);
        owner.set(name, u.unit_id);
      }
    }
  }
}
