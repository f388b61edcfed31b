/** The sample frameworks (data/frameworks/sample-*.csv) are well-formed trees summing to 100 at every level. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { ITEM_KINDS, ITEM_LEVELS, isOneOf } from '../../src/schema/index.ts';

const DIR = path.resolve(import.meta.dirname, '../../data/frameworks');
const IDS = ['sample-departments-2021', 'sample-departments-2025', 'sample-districts-2021', 'sample-communes-2021', 'sample-communes-2025'];
const HEADER = ['item_code', 'parent_code', 'item_level', 'name_vi', 'name_en', 'max_points', 'kind', 'aliases'];

interface Item {
  item_code: string;
  parent_code: string;
  item_level: string;
  name_vi: string;
  name_en: string;
  max_points: string;
  kind: string;
}

function read(id: string): { header: string[]; items: Item[] } {
  const parsed = Papa.parse<Item>(readFileSync(path.join(DIR, `${id}.csv`), 'utf8'), { header: true, skipEmptyLines: true });
  assert.deepEqual(parsed.errors, [], `${id}: CSV errors`);
  return { header: parsed.meta.fields ?? [], items: parsed.data };
}

/** Hundredths of a point, refusing more than two decimals. */
function hundredths(id: string, it: Item): number {
  assert.match(it.max_points, /^\d+(\.\d{1,2})?$/, `${id} ${it.item_code}: max_points "${it.max_points}"`);
  return Math.round(Number(it.max_points) * 100);
}

const CODE = { domain: /^D[1-8]$/, criterion: /^D[1-8]\.\d+$/, sub_criterion: /^D[1-8]\.\d+\.\d+$/ } as const;

for (const id of IDS) {
  describe(`framework ${id}`, () => {
    const { header, items } = read(id);
    const byCode = new Map(items.map((it) => [it.item_code, it]));

    test('has the documented header, unique codes and one TOTAL of 100', () => {
      assert.deepEqual(header, HEADER);
      assert.equal(byCode.size, items.length, 'duplicate item codes');
      const totals = items.filter((it) => it.item_code === 'TOTAL');
      assert.equal(totals.length, 1);
      assert.equal(totals[0]?.item_level, 'total');
      assert.equal(totals[0]?.parent_code, '');
      assert.equal(hundredths(id, totals[0] as Item), 10000);
    });

    test('every item has a known level and kind, names in both languages, NFC text and a parent one level up', () => {
      const parentLevel: Record<string, string> = { domain: 'total', criterion: 'domain', sub_criterion: 'criterion' };
      for (const it of items) {
        assert.ok(isOneOf(ITEM_LEVELS, it.item_level), `${it.item_code}: level ${it.item_level}`);
        assert.ok(isOneOf(ITEM_KINDS, it.kind), `${it.item_code}: kind ${it.kind}`);
        assert.ok(it.name_vi !== '' && it.name_en !== '', `${it.item_code}: missing name`);
        assert.equal(it.name_vi, it.name_vi.normalize('NFC'), `${it.item_code}: name_vi not NFC`);
        if (it.item_code === 'TOTAL') continue;
        const re = CODE[it.item_level as keyof typeof CODE];
        assert.ok(re?.test(it.item_code), `${it.item_code}: code does not fit level ${it.item_level}`);
        const parent = byCode.get(it.parent_code);
        assert.ok(parent, `${it.item_code}: parent ${it.parent_code} does not exist`);
        assert.equal(parent.item_level, parentLevel[it.item_level], `${it.item_code}: parent level`);
        if (it.item_level !== 'domain')
          assert.ok(it.item_code.startsWith(`${it.parent_code}.`), `${it.item_code}: code outside its parent`);
      }
    });

    test('children sum exactly to their parent at every level (within 0.001)', () => {
      for (const parent of items.filter((it) => it.item_level !== 'sub_criterion')) {
        const children = items.filter((it) => it.parent_code === parent.item_code);
        assert.ok(children.length > 0, `${parent.item_code} has no children`);
        const sum = children.reduce((s, c) => s + hundredths(id, c), 0);
        assert.ok(Math.abs(sum - hundredths(id, parent)) < 0.1, `${parent.item_code}: children sum ${sum / 100} ≠ ${parent.max_points}`);
      }
    });

    test('has the shape of the 2022–2030 methodology: 8 domains, 70–95 sub-criteria, appraisal and survey items', () => {
      assert.equal(items.filter((it) => it.item_level === 'domain').length, 8);
      const leaves = items.filter((it) => it.item_level === 'sub_criterion');
      assert.ok(leaves.length >= 70 && leaves.length <= 95, `${leaves.length} sub-criteria`);
      const kinds = new Set(leaves.map((l) => l.kind));
      assert.ok(kinds.has('appraisal') && kinds.has('survey'), [...kinds].join(','));
      if (!id.startsWith('sample-departments')) assert.ok(kinds.has('impact'), 'districts and communes have impact items');
      assert.ok(
        leaves.some((l) => /SIPAS|Hài lòng/.test(l.name_vi)),
        'SIPAS items',
      );
    });
  });
}

describe('framework versions 2021 → 2025', () => {
  for (const level of ['departments', 'communes']) {
    test(`${level}: at least one item added and one re-weighted, so cross-version comparison must use percent`, () => {
      const leaves = (id: string): Map<string, Item> =>
        new Map(
          read(id)
            .items.filter((it) => it.item_level === 'sub_criterion')
            .map((it) => [it.item_code, it]),
        );
      const before = leaves(`sample-${level}-2021`);
      const after = leaves(`sample-${level}-2025`);
      const added = [...after.keys()].filter((c) => !before.has(c));
      const reweighted = [...after].filter(([c, it]) => before.has(c) && before.get(c)?.max_points !== it.max_points);
      assert.ok(added.length >= 1, 'no item added');
      assert.ok(reweighted.length >= 1, 'no item re-weighted');
      assert.ok(
        [...after.values()].some((it) => /Số hóa hồ sơ/.test(it.name_vi)),
        'digitisation of dossiers added in 2025',
      );
    });
  }
});
