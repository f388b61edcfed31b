/**
 * The sample's units and lineage model the 2025 reforms: districts abolished without successor,
 * communes merged into new units with new ids, departments reorganised on 1 March 2025.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateSample } from '../../scripts/sample/generate.ts';
import { type UnitRecord, readReference } from '../../scripts/sample/read-output.ts';
import { DEFAULT_SEED, SCALES } from '../../scripts/sample/scales.ts';

interface Edge {
  from_unit_id: string;
  to_unit_id: string;
  effective_date: string;
  event: string;
  source_vi: string;
}

const LOCAL = new Set(['commune', 'ward', 'special_zone']);
const dir = mkdtempSync(path.join(tmpdir(), 'sample-lineage-'));
let units: UnitRecord[] = [];
let edges: Edge[] = [];
const byId = new Map<string, UnitRecord>();

before(async () => {
  await generateSample({ seed: DEFAULT_SEED, outDir: dir, scale: SCALES.default });
  units = readReference<UnitRecord>(dir, 'units.csv');
  edges = readReference<Edge>(dir, 'lineage.csv');
  for (const u of units) byId.set(u.unit_id, u);
});
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const existsIn = (u: UnitRecord, year: number): boolean =>
  (u.valid_from === '' || Number(u.valid_from) <= year) && (u.valid_to === '' || Number(u.valid_to) >= year);
const successors = (id: string): Edge[] => edges.filter((e) => e.from_unit_id === id);
const predecessors = (id: string): Edge[] => edges.filter((e) => e.to_unit_id === id);

test('the province is labelled illustrative, unchanged and the parent of every 2025 commune', () => {
  const province = units.filter((u) => u.level === 'province');
  assert.deepEqual(
    province.map((p) => [p.unit_id, p.name_vi, p.valid_to]),
    [['sample-province', 'Tỉnh Mẫu (minh họa)', '']],
  );
  const new2025 = units.filter((u) => LOCAL.has(u.level) && u.valid_from === '2025');
  assert.ok(new2025.length >= 50 && new2025.length <= 70, `${new2025.length} communes in 2025`);
  assert.ok(new2025.every((u) => u.parent_id === 'sample-province'));
  assert.equal(new2025.filter((u) => u.level === 'special_zone').length, 1, 'one special zone (đặc khu)');
  assert.ok(new2025.some((u) => u.level === 'ward'));
});

test('every 2025 commune traces to 2–4 predecessors valid in 2024, with a new id', () => {
  for (const u of units.filter((x) => LOCAL.has(x.level) && x.valid_from === '2025')) {
    const from = predecessors(u.unit_id);
    assert.ok(from.length >= 2 && from.length <= 4, `${u.unit_id}: ${from.length} predecessors`);
    for (const e of from) {
      const p = byId.get(e.from_unit_id);
      assert.ok(p && existsIn(p, 2024) && !existsIn(p, 2025) && LOCAL.has(p.level), `${e.from_unit_id} is not a 2024 commune`);
      assert.notEqual(e.from_unit_id, u.unit_id, 'series must never be silently joined');
      assert.deepEqual([e.effective_date, e.event], ['2025-07-01', 'merge']);
      assert.match(e.source_vi, /minh họa/);
    }
  }
});

test('every 2024 commune has exactly one successor; its parent was a district', () => {
  const old = units.filter((u) => LOCAL.has(u.level) && u.valid_to === '2024');
  assert.equal(old.length, 150);
  for (const u of old) {
    assert.equal(successors(u.unit_id).length, 1, `${u.unit_id}: successors`);
    assert.equal(byId.get(u.parent_id)?.level, 'district', `${u.unit_id}: parent`);
  }
});

test('districts end in 2024 with no successor (abolished on 1 July 2025)', () => {
  const districts = units.filter((u) => u.level === 'district');
  assert.equal(districts.length, 10);
  for (const d of districts) {
    assert.equal(d.valid_to, '2024');
    assert.deepEqual([...successors(d.unit_id), ...predecessors(d.unit_id)], [], `${d.unit_id} has lineage`);
  }
});

test('departments: 20 until 2024, each ended one has a successor valid in 2025; merged ones get new ids', () => {
  const depts = units.filter((u) => u.level === 'department');
  assert.equal(depts.filter((u) => existsIn(u, 2024)).length, 20);
  for (const d of depts.filter((u) => u.valid_to === '2024')) {
    const next = successors(d.unit_id);
    assert.equal(next.length, 1, `${d.unit_id}: successors`);
    const to = byId.get(next[0]?.to_unit_id ?? '');
    assert.ok(to && existsIn(to, 2025), `${d.unit_id} → ${next[0]?.to_unit_id}`);
    if (next[0]?.event === 'merge') assert.equal(to.valid_from, '2025', `${to.unit_id}: a merger makes a new unit`);
  }
  assert.ok(edges.some((e) => e.event === 'absorb') && edges.some((e) => e.event === 'rename'));
});

test('ids are unique, and every parent exists', () => {
  assert.equal(byId.size, units.length);
  for (const u of units.filter((x) => x.parent_id !== '')) assert.ok(byId.has(u.parent_id), `${u.unit_id}: parent ${u.parent_id}`);
});
