/**
 * Who answers for each item, and the points it must reach. Three optional files per dataset:
 * - owners (`index_id,owner_id,name_vi,name_en,kind,note_vi`): the departments, offices or posts of an index;
 * - item owners (`index_id,framework_id,item_code,owner_id`): an item's owner, which its sub-items
 *   inherit unless they have a row of their own; an empty framework_id means every framework of the
 *   index that has the code;
 * - targets (`index_id,year,unit_id,item_code,target_points,note_vi`): explicit targets (an empty
 *   unit_id means every unit); elsewhere the target is last year's points, which the queries take.
 * Every reference must exist: the index, an owner of that index, a framework the index used, an item
 * of it, a unit, a year of the index; a target lies between 0 and the item's maximum.
 */
import { OWNER_KINDS, TOTAL_CODE, type ItemOwnerRow, type OwnerRow, type TargetRow } from '../../src/schema/index.ts';
import type { InputFile } from './csv-file.ts';
import type { ErrorList } from './errors.ts';
import type { Framework } from './framework-item.ts';
import type { HeaderSpec } from './headers.ts';
import { dropDuplicates, readTable, type Located } from './read-table.ts';
import type { IndexYearRecord } from './reference.ts';

const OWNERS_HEADER: HeaderSpec = {
  index_id: { required: true },
  owner_id: { required: true },
  name_vi: { required: true },
  name_en: { required: true },
  kind: { required: true },
  note_vi: { required: false },
};
const ITEM_OWNERS_HEADER: HeaderSpec = {
  index_id: { required: true },
  framework_id: { required: false },
  item_code: { required: true },
  owner_id: { required: true },
};
const TARGETS_HEADER: HeaderSpec = {
  index_id: { required: true },
  year: { required: true },
  unit_id: { required: false },
  item_code: { required: true },
  target_points: { required: true },
  note_vi: { required: false },
};

/** What the files may point to, from the checked reference data. */
export interface OwnerContext {
  indexYears: readonly IndexYearRecord[];
  unitIds: ReadonlySet<string>;
  frameworks: ReadonlyMap<string, Framework>;
}

/** The three tables, checked; item owners resolved to every item of each framework (inherited ones too). */
export interface OwnerTables {
  owners: OwnerRow[];
  itemOwners: ItemOwnerRow[];
  targets: TargetRow[];
}

type WithAt<T> = T & { at: Located };
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Frameworks each index used, in year order. */
function frameworksByIndex(years: readonly IndexYearRecord[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const y of [...years].sort((a, b) => a.year - b.year)) {
    const list = out.get(y.index_id) ?? [];
    if (!list.includes(y.framework_id)) list.push(y.framework_id);
    out.set(y.index_id, list);
  }
  return out;
}

/** Reads owners, item owners and targets of every dataset and checks them against the reference data. */
export async function readOwnerTables(
  files: { owners: readonly InputFile[]; itemOwners: readonly InputFile[]; targets: readonly InputFile[] },
  ctx: OwnerContext,
  errors: ErrorList,
): Promise<OwnerTables> {
  const used = frameworksByIndex(ctx.indexYears);
  const indexOf = (id: string | null, report: (why: string) => void): string | null => {
    if (id !== null && !used.has(id)) report('unknown index (no index year of it in any index-years file)');
    return id !== null && used.has(id) ? id : null;
  };

  let order = 0;
  const ownerRecords = await readTable<WithAt<OwnerRow>>(files.owners, OWNERS_HEADER, errors, (r) => {
    const index_id = indexOf(r.text('index_id', true), (why) => r.report('index_id', why));
    const owner_id = r.text('owner_id', true);
    if (owner_id !== null && !SLUG.test(owner_id)) r.report('owner_id', 'an id is lower-case letters, digits and single hyphens');
    return {
      index_id: index_id ?? '',
      owner_id: owner_id ?? '',
      name_vi: r.text('name_vi', true) ?? '',
      name_en: r.text('name_en', true) ?? '',
      kind: r.oneOf('kind', OWNER_KINDS) ?? 'office',
      note_vi: r.text('note_vi'),
      sort_order: order++,
      at: { file: r.file.rel, row: r.row },
    };
  });
  const owners = dropDuplicates(
    ownerRecords,
    (o) => `${o.index_id}|${o.owner_id}`,
    'owner_id',
    (o) => o.owner_id,
    errors,
    'index and owner_id',
  );
  const ownerKeys = new Set(owners.map((o) => `${o.index_id}|${o.owner_id}`));

  type Assigned = { index_id: string; framework_id: string; item_code: string; owner_id: string; at: Located };
  const assigned = (
    await readTable<Assigned[]>(files.itemOwners, ITEM_OWNERS_HEADER, errors, (r) => {
      const index_id = indexOf(r.text('index_id', true), (why) => r.report('index_id', why));
      const owner_id = r.text('owner_id', true);
      const item_code = r.text('item_code', true);
      const given = r.text('framework_id');
      if (index_id === null || owner_id === null || item_code === null) return null;
      if (!ownerKeys.has(`${index_id}|${owner_id}`)) r.report('owner_id', `not an owner of ${index_id} (add it to an owners file)`);
      if (item_code === TOTAL_CODE) r.report('item_code', 'the total has no single owner: assign its domains or lower items');
      const ofIndex = used.get(index_id) ?? [];
      if (given !== null && !ofIndex.includes(given)) r.report('framework_id', `not a framework ${index_id} used (see index-years)`);
      const candidates = given !== null ? [given] : ofIndex;
      const hits = candidates.filter((f) => ctx.frameworks.get(f)?.items.has(item_code));
      if (hits.length === 0 && candidates.every((f) => ctx.frameworks.has(f)))
        r.report('item_code', `no such item in ${candidates.join(', ') || 'the frameworks of the index'}`);
      const at = { file: r.file.rel, row: r.row };
      return hits.map((framework_id) => ({ index_id, framework_id, item_code, owner_id, at }));
    })
  ).flat();
  const unique = dropDuplicates(
    assigned,
    (a) => `${a.index_id}|${a.framework_id}|${a.item_code}`,
    'item_code',
    (a) => a.item_code,
    errors,
    'index, framework and item',
  );
  const itemOwners = inheritOwners(unique, ctx.frameworks);

  const yearFramework = new Map(ctx.indexYears.map((y) => [`${y.index_id}|${y.year}`, y.framework_id]));
  const targetRecords = await readTable<WithAt<TargetRow>>(files.targets, TARGETS_HEADER, errors, (r) => {
    const index_id = indexOf(r.text('index_id', true), (why) => r.report('index_id', why));
    const year = r.year('year');
    const unit_id = r.text('unit_id');
    const item_code = r.text('item_code', true);
    const target = r.points('target_points');
    if (target === null && r.raw('target_points').trim() === '') r.report('target_points', 'required value is empty');
    if (unit_id !== null && !ctx.unitIds.has(unit_id)) r.report('unit_id', 'unknown unit (not in any units file)');
    const fw = index_id !== null && year !== null ? yearFramework.get(`${index_id}|${year}`) : undefined;
    if (index_id !== null && year !== null && fw === undefined) r.report('year', `${index_id} has no index year ${year}`);
    const item = fw !== undefined && item_code !== null ? ctx.frameworks.get(fw)?.items.get(item_code) : undefined;
    if (fw !== undefined && item_code !== null && ctx.frameworks.has(fw) && !item) r.report('item_code', `no such item in ${fw}`);
    if (target !== null && target < 0) r.report('target_points', 'a target cannot be negative');
    if (target !== null && item !== undefined && item.max_points !== null && target > item.max_points)
      r.report('target_points', `above the item's maximum (${item.max_points})`);
    return {
      index_id: index_id ?? '',
      year: year ?? 0,
      unit_id,
      item_code: item_code ?? '',
      target_points: target ?? 0,
      note_vi: r.text('note_vi'),
      at: { file: r.file.rel, row: r.row },
    };
  });
  const targets = dropDuplicates(
    targetRecords,
    (t) => `${t.index_id}|${t.year}|${t.unit_id ?? '*'}|${t.item_code}`,
    'item_code',
    (t) => t.item_code,
    errors,
    'index, year, unit and item',
  );
  const strip = <T extends { at: Located }>({ at: _at, ...row }: T): Omit<T, 'at'> => row;
  return { owners: owners.map(strip), itemOwners, targets: targets.map(strip) };
}

/** Every item below an assigned one gets its owner, unless it has a row of its own (nearest ancestor wins). */
export function inheritOwners(
  assigned: readonly { index_id: string; framework_id: string; item_code: string; owner_id: string }[],
  frameworks: ReadonlyMap<string, Framework>,
): ItemOwnerRow[] {
  const byFramework = new Map<string, Map<string, string>>();
  for (const a of assigned) {
    const key = `${a.index_id}|${a.framework_id}`;
    byFramework.set(key, (byFramework.get(key) ?? new Map()).set(a.item_code, a.owner_id));
  }
  const out: ItemOwnerRow[] = [];
  for (const [key, own] of byFramework) {
    const [index_id, framework_id] = key.split('|') as [string, string];
    const items = frameworks.get(framework_id)?.items;
    if (!items) continue;
    for (const item of items.values()) {
      let code: string | null = item.item_code;
      while (code !== null && !own.has(code)) code = items.get(code)?.parent_code ?? null;
      if (code === null) continue;
      out.push({ index_id, framework_id, item_code: item.item_code, owner_id: own.get(code)!, is_inherited: code !== item.item_code });
    }
  }
  return out;
}
