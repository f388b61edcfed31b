/** The multi-province path used by `--scale national`, exercised on the small `mini` scale. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateSample } from '../../scripts/sample/generate.ts';
import { readSampleFrameworks } from '../../scripts/sample/frameworks.ts';
import { type UnitRecord, nameResolver, readReference, readScores } from '../../scripts/sample/read-output.ts';
import { SCALES } from '../../scripts/sample/scales.ts';

test('mini scale: two provinces, one row per unit and item, every name resolvable, progress reported', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sample-mini-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const lines: string[] = [];
  const summary = await generateSample({ seed: 3, outDir: dir, scale: SCALES.mini, log: (l) => lines.push(l) });

  const units = readReference<UnitRecord>(dir, 'units.csv');
  const provinces = units.filter((u) => u.level === 'province');
  assert.deepEqual(
    provinces.map((p) => p.unit_id),
    ['sample-province-01', 'sample-province-02'],
  );
  assert.ok(provinces.every((p) => p.name_vi.includes('(minh họa)')));
  assert.equal(new Set(units.map((u) => u.unit_id)).size, units.length, 'unit ids are unique across provinces');

  const frameworks = await readSampleFrameworks();
  let rows = 0;
  for (const [level, year] of [
    ['departments', 2024],
    ['communes', 2025],
    ['districts', 2023],
  ] as const) {
    const records = readScores(dir, level, year);
    const resolve = nameResolver(units, year);
    const ids = new Set(records.map((r) => resolve(r.unitName)));
    assert.ok(!ids.has(undefined), `${level} ${year}: a name does not resolve`);
    const leaves = frameworks.get(`sample-${level}-${year === 2025 ? 2025 : 2021}`)?.leaves.length ?? 0;
    assert.equal(records.length, ids.size * leaves, `${level} ${year}: one row per unit and leaf item`);
    assert.ok([...ids].some((id) => id?.startsWith('sample-p01-')) && [...ids].some((id) => id?.startsWith('sample-p02-')));
    rows += records.length;
  }
  assert.ok(rows > 0 && summary.scoreRows > rows);
  assert.equal(lines.filter((l) => l.startsWith('scores/')).length, 3 + 3 + 2, 'one progress line per scores file');
});
