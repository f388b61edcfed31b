/** The sample is reproducible: one seed, byte-identical files; another seed, other scores. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateSample } from '../../scripts/sample/generate.ts';
import { DEFAULT_SEED, SCALES } from '../../scripts/sample/scales.ts';

/** Every file under `dir`, relative, sorted. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

async function generate(seed: number): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), `sample-${seed}-`));
  await generateSample({ seed, outDir: dir, scale: SCALES.default });
  return dir;
}

test('the same seed twice gives byte-identical files; another seed gives different scores', async (t) => {
  const a = await generate(DEFAULT_SEED);
  const b = await generate(DEFAULT_SEED);
  const c = await generate(DEFAULT_SEED + 1);
  t.after(() => {
    for (const d of [a, b, c]) rmSync(d, { recursive: true, force: true });
  });

  const names = files(a);
  assert.deepEqual(files(b), names);
  assert.equal(names.length, 22, names.join(', '));
  for (const f of names) assert.ok(readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))), `${f} differs between two runs`);

  const scores = names.filter((f) => f.startsWith('scores'));
  const changed = scores.filter((f) => !readFileSync(path.join(a, f)).equals(readFileSync(path.join(c, f))));
  assert.deepEqual(changed, scores, 'every scores file should change with the seed');
});

test('a rerun into the same directory replaces its files and leaves no stale years', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sample-rerun-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  await generateSample({ seed: 7, outDir: dir, scale: SCALES.default });
  await generateSample({ seed: 7, outDir: dir, scale: SCALES.mini });
  const years = files(dir)
    .filter((f) => f.startsWith('scores'))
    .map((f) => f.replace(/\D/g, ''));
  assert.deepEqual([...new Set(years)].sort(), ['2023', '2024', '2025']);
});
