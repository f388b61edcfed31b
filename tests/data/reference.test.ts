/**
 * The hand-curated reference tables (data/reference/, data/frameworks/) against the real published files
 * (data/raw/published/): every published unit name and domain name must resolve, and the 2025 merger must be
 * complete. Plain CSV reads, so these run without the data build.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { ITEM_KINDS, ITEM_LEVELS, LINEAGE_EVENTS, TOTAL_CODE, UNIT_LEVELS, isOneOf } from '../../src/schema/index.ts';
import { foldName, splitSources } from '../../scripts/data/normalise.ts';

type Row = Record<string, string>;

const DATA = new URL('../../data/', import.meta.url);

function readCsv(path: string): Row[] {
  const text = readFileSync(new URL(path, DATA), 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  assert.deepEqual(parsed.errors, [], `${path}: CSV errors`);
  return parsed.data;
}

function aliases(row: Row): string[] {
  return (row.aliases ?? '')
    .split('|')
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

const yearOrNull = (cell: string | undefined): number | null => (cell ? Number(cell) : null);

interface Unit {
  id: string;
  level: string;
  from: number | null;
  to: number | null;
  names: string[];
}

function toUnit(row: Row): Unit {
  return {
    id: row.unit_id ?? '',
    level: row.level ?? '',
    from: yearOrNull(row.valid_from),
    to: yearOrNull(row.valid_to),
    names: [row.name_vi ?? '', ...aliases(row)].map(foldName),
  };
}

const existsIn = (u: Unit, year: number): boolean => (u.from === null || u.from <= year) && (u.to === null || u.to >= year);

const provinces = readCsv('reference/units-provinces.csv').map(toUnit);
const ministries = readCsv('reference/units-ministries.csv').map(toUnit);
const units = [...provinces, ...ministries];
const lineage = readCsv('reference/lineage.csv');
const indices = readCsv('reference/indices.csv');
const indexYears = readCsv('reference/index-years.csv');
const published = {
  provinces: readCsv('raw/published/provinces.csv'),
  ministries: readCsv('raw/published/ministries.csv'),
  domains: readCsv('raw/published/domains.csv'),
};

/** The national index of each unit level. */
const levelOf = new Map(indices.map((r) => [r.unit_level ?? '', r.index_id ?? '']));

/** Units existing in `year` that carry `name` (as name or alias). */
function resolve(name: string, year: number): Unit[] {
  const key = foldName(name);
  return units.filter((u) => existsIn(u, year) && u.names.includes(key));
}

describe('units', () => {
  test('63 provinces in 2024, 34 from the merger of 1 July 2025', () => {
    assert.equal(provinces.filter((u) => existsIn(u, 2024)).length, 63);
    assert.equal(provinces.filter((u) => existsIn(u, 2025)).length, 34);
    assert.equal(provinces.filter((u) => existsIn(u, 2024) && existsIn(u, 2025)).length, 11, 'unchanged provinces');
  });

  test('unit ids are unique slugs and levels are in the vocabulary', () => {
    const ids = units.map((u) => u.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate unit_id');
    for (const u of units) {
      assert.match(u.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `unit_id ${u.id}`);
      assert.ok(isOneOf(UNIT_LEVELS, u.level), `${u.id}: level ${u.level}`);
    }
    assert.ok(provinces.every((u) => u.level === 'province'));
    assert.ok(ministries.every((u) => u.level === 'ministry'));
  });

  test('no name or alias is shared by two units that exist in the same year', () => {
    for (let year = 2012; year <= 2026; year++) {
      const owner = new Map<string, string>();
      for (const u of units.filter((x) => existsIn(x, year))) {
        for (const name of new Set(u.names)) {
          assert.equal(owner.get(name), undefined, `${year}: "${name}" is both ${owner.get(name)} and ${u.id}`);
          owner.set(name, u.id);
        }
      }
    }
  });

  test('names are NFC', () => {
    for (const file of ['units-provinces', 'units-ministries']) {
      for (const row of readCsv(`reference/${file}.csv`)) {
        for (const name of [row.name_vi ?? '', ...aliases(row)]) assert.equal(name, name.normalize('NFC'), `${file}: ${name}`);
      }
    }
  });
});

describe('lineage', () => {
  const byId = new Map(units.map((u) => [u.id, u]));

  test('every edge joins known units, the old ending the year before the new begins', () => {
    for (const [i, row] of lineage.entries()) {
      const where = `lineage.csv:${i + 2}`;
      const from = byId.get(row.from_unit_id ?? '');
      const to = byId.get(row.to_unit_id ?? '');
      assert.ok(from && to, `${where}: unknown unit`);
      assert.ok(isOneOf(LINEAGE_EVENTS, row.event ?? ''), `${where}: event ${row.event}`);
      assert.match(row.effective_date ?? '', /^\d{4}-\d{2}-\d{2}$/, where);
      const year = Number(row.effective_date?.slice(0, 4));
      assert.equal(from.to, year - 1, `${where}: ${from.id} must end in ${year - 1}`);
      if (row.event !== 'absorb') assert.equal(to.from, year, `${where}: ${to.id} must begin in ${year}`);
    }
  });

  test('every province formed in 2025 has at least two predecessors, each ending in 2024', () => {
    const formed = provinces.filter((u) => u.from === 2025);
    assert.equal(formed.length, 23);
    for (const u of formed) {
      const preds = lineage.filter((l) => l.to_unit_id === u.id);
      assert.ok(preds.length >= 2, `${u.id}: ${preds.length} predecessors`);
      for (const l of preds) {
        assert.equal(l.event, 'merge');
        assert.equal(l.effective_date, '2025-07-01');
        assert.equal(byId.get(l.from_unit_id ?? '')?.to, 2024, `${l.from_unit_id} must end in 2024`);
      }
    }
  });

  test('every province that ends in 2024 has exactly one successor', () => {
    for (const u of provinces.filter((p) => p.to === 2024)) {
      assert.equal(lineage.filter((l) => l.from_unit_id === u.id).length, 1, u.id);
    }
  });
});

describe('published names resolve', () => {
  for (const [file, rows] of Object.entries(published)) {
    test(`every unit_name of ${file}.csv is exactly one unit of that year`, () => {
      for (const [i, row] of rows.entries()) {
        const found = resolve(row.unit_name ?? '', Number(row.year));
        assert.equal(
          found.length,
          1,
          `${file}.csv:${i + 2}: ${row.unit_name} (${row.year}) → ${found.map((u) => u.id).join(', ') || 'none'}`,
        );
        if (row.unit_level) assert.equal(found[0]?.level, row.unit_level, `${file}.csv:${i + 2}: level`);
      }
    });
  }
});

describe('indices and index years', () => {
  test('one national index per level, and index years name known indices and frameworks', () => {
    assert.deepEqual([...levelOf.keys()].sort(), ['ministry', 'province']);
    for (const r of indexYears) {
      assert.ok(
        indices.some((x) => x.index_id === r.index_id),
        `index ${r.index_id}`,
      );
      assert.ok(existsSync(new URL(`frameworks/${r.framework_id}.csv`, DATA)), `framework ${r.framework_id}`);
    }
  });

  test("index years are exactly the years of the published rankings, with a source among that year's", () => {
    for (const [index, rows] of [
      ['vn-provinces', published.provinces],
      ['vn-ministries', published.ministries],
    ] as const) {
      const years = [...new Set(rows.map((r) => Number(r.year)))].sort();
      const listed = indexYears.filter((r) => r.index_id === index);
      assert.deepEqual(
        listed.map((r) => Number(r.year)),
        years,
        index,
      );
      for (const r of listed) {
        const sources = rows.filter((x) => x.year === r.year).flatMap((x) => splitSources(x.source_url));
        assert.ok(sources.includes(r.source_url ?? ''), `${index} ${r.year}: ${r.source_url}`);
      }
    }
  });

  test('units ranked agree with the published rank_of', () => {
    for (const [index, rows] of [
      ['vn-provinces', published.provinces],
      ['vn-ministries', published.ministries],
    ] as const) {
      for (const row of rows.filter((r) => r.rank_of)) {
        const year = indexYears.find((r) => r.index_id === index && r.year === row.year);
        assert.equal(year?.units_ranked, row.rank_of, `${index} ${row.year}`);
      }
    }
  });
});

describe('frameworks', () => {
  const ids = [...new Set(indexYears.map((r) => r.framework_id ?? ''))];
  const items = new Map(ids.map((id) => [id, readCsv(`frameworks/${id}.csv`)]));

  for (const [id, rows] of items) {
    test(`${id}: one TOTAL of 100, known parents, vocabularies, unique names`, () => {
      const totals = rows.filter((r) => r.item_code === TOTAL_CODE);
      assert.equal(totals.length, 1);
      assert.equal(totals[0]?.item_level, 'total');
      assert.equal(Number(totals[0]?.max_points), 100);
      const codes = new Set(rows.map((r) => r.item_code));
      assert.equal(codes.size, rows.length, 'duplicate item_code');
      const seen = new Set<string>();
      for (const r of rows) {
        if (r.item_code !== TOTAL_CODE) assert.ok(codes.has(r.parent_code), `${r.item_code}: parent ${r.parent_code}`);
        assert.ok(isOneOf(ITEM_LEVELS, r.item_level ?? ''), `${r.item_code}: level ${r.item_level}`);
        assert.ok(isOneOf(ITEM_KINDS, r.kind ?? ''), `${r.item_code}: kind ${r.kind}`);
        assert.ok(r.name_vi && r.name_en, `${r.item_code}: names`);
        for (const name of [r.name_vi ?? '', ...aliases(r)].map(foldName)) {
          assert.ok(!seen.has(name), `${r.item_code}: "${name}" names two items`);
          seen.add(name);
        }
      }
    });

    test(`${id}: children of one level add up to their parent where every maximum is known`, () => {
      for (const parent of rows) {
        const groups = Map.groupBy(
          rows.filter((r) => r.parent_code === parent.item_code),
          (r) => r.item_level,
        );
        for (const [level, children] of groups) {
          if (!parent.max_points || children.some((c) => !c.max_points)) continue;
          const sum = children.reduce((s, c) => s + Number(c.max_points), 0);
          assert.ok(Math.abs(sum - Number(parent.max_points)) < 1e-9, `${parent.item_code} ${level}: ${sum}`);
        }
      }
    });
  }

  test('the 2017 and 2022 provincial maxima are as methodology.md gives them', () => {
    const max = (id: string) => (items.get(id) ?? []).filter((r) => r.item_level === 'domain').map((r) => r.max_points);
    assert.deepEqual(max('vn-provinces-2017'), ['10', '10', '14.5', '11', '16', '7', '16', '15.5']);
    assert.deepEqual(max('vn-provinces-2022'), ['9.5', '10', '13', '10.5', '15', '', '', '16.5']);
  });

  test('every published domain name matches one item of the framework in force', () => {
    for (const [i, row] of published.domains.entries()) {
      const where = `domains.csv:${i + 2}`;
      const [unit] = resolve(row.unit_name ?? '', Number(row.year));
      const index = levelOf.get(unit?.level ?? '');
      const year = indexYears.find((r) => r.index_id === index && r.year === row.year);
      assert.ok(year, `${where}: no index year for ${row.unit_name} ${row.year}`);
      const key = foldName(row.domain_name_vi ?? '');
      const hits = (items.get(year.framework_id ?? '') ?? []).filter((r) => [r.name_vi ?? '', ...aliases(r)].map(foldName).includes(key));
      assert.equal(hits.length, 1, `${where}: "${row.domain_name_vi}" in ${year.framework_id}`);
      if (row.max_score && hits[0]?.max_points) assert.equal(Number(hits[0].max_points), Number(row.max_score), `${where}: max`);
    }
  });
});
