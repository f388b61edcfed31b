/**
 * Atomic output: a failed build (bad data or a write error) leaves the previous output byte for byte,
 * removes its temporary folder, and the CLI exits non-zero with the errors and no stack trace.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomically } from '../../scripts/data/atomic.ts';
import { buildData } from '../../scripts/data/build.ts';
import { append, copyFixture, type TempData } from '../fixtures/build/fixture.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DETAIL = 'raw/sample/scores/departments-2024.csv';

/** Every file under `dir` with its SHA-256, by relative path. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
}

/** The output's folder: the link and the one version it points to, e.g. ['dist', 'dist.v-…']. */
function outputFolder(outDir: string): string[] {
  const names = readdirSync(path.dirname(outDir)).sort();
  assert.ok(lstatSync(outDir).isSymbolicLink(), `${outDir} is a link`);
  assert.deepEqual(names, ['dist', path.basename(readlinkSync(outDir))]);
  return names;
}

/** Runs the CLI as `npm run build:data` would. */
function cli(dataDir: string, outDir: string): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, ['scripts/build-data.ts', '--data', dataDir, '--out', outDir], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

let tmp: TempData;
let good: Record<string, string>;

before(async () => {
  tmp = copyFixture();
  const result = await buildData({ dataDir: tmp.dataDir, outDir: tmp.outDir, progress: null });
  assert.ok(result.ok);
  good = snapshot(tmp.outDir);
});

after(() => tmp.remove());

describe('atomic output', () => {
  test('bad data: the CLI exits 1 with every error and a count, no stack trace, and the old output stays', () => {
    const detail = path.join(tmp.dataDir, DETAIL);
    writeFileSync(
      detail,
      append('2024;Sở Y tế;C-SURVEY;;4;Có;;;4,5;;', '20244;Sở Y tế;C-APPRAISAL;;16;Có;;;12;;')(readFileSync(detail, 'utf8')),
    );
    const { status, stderr } = cli(tmp.dataDir, tmp.outDir);
    assert.equal(status, 1);
    const lines = stderr
      .trim()
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    assert.deepEqual(lines, [
      'build:data failed: the data has errors (file:row:column: value — why)',
      `${DETAIL}:21:Điểm thẩm định: 4,5 — score above the maximum 4`,
      `${DETAIL}:22:Năm: 20244 — year must be 4 digits between 2000 and 2100`,
      '2 errors',
    ]);
    assert.doesNotMatch(stderr, /\n\s+at |Error:|node:internal/);
    assert.deepEqual(snapshot(tmp.outDir), good);
    outputFolder(tmp.outDir);
  });

  test('a write error: the temporary folder goes, the old output stays', async () => {
    await assert.rejects(
      writeAtomically(tmp.outDir, async (dir) => {
        writeFileSync(path.join(dir, 'manifest.json'), '{}');
        throw new Error('disk full');
      }),
      /disk full/,
    );
    assert.deepEqual(snapshot(tmp.outDir), good);
    outputFolder(tmp.outDir);
  });

  test('a build that cannot write says so, and the build API returns it as an error', async () => {
    const clean = copyFixture();
    try {
      const blocked = path.join(clean.root, 'blocked');
      writeFileSync(blocked, 'a file where the output folder should have its parent');
      const outDir = path.join(blocked, 'dist');
      const result = await buildData({ dataDir: clean.dataDir, outDir, progress: null });
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.errors.length, 1);
      assert.ok(result.errors[0]!.startsWith(`${outDir}:-:-: (not written) — could not write the output: `), result.errors[0]);
      assert.deepEqual(readdirSync(clean.root).sort(), ['blocked', 'data']);
    } finally {
      clean.remove();
    }
  });

  test('a good build replaces the output as a whole, leaving no temporary or old folder', async () => {
    writeFileSync(path.join(tmp.outDir, 'stale.txt'), 'from an older build');
    const [, before] = outputFolder(tmp.outDir);
    const result = await writeAtomically(tmp.outDir, async (dir) => {
      writeFileSync(path.join(dir, 'manifest.json'), '{"new":true}');
      return 'done';
    });
    assert.equal(result, 'done');
    assert.deepEqual(readdirSync(tmp.outDir), ['manifest.json']);
    assert.equal(existsSync(path.join(tmp.outDir, 'stale.txt')), false);
    const [, after] = outputFolder(tmp.outDir);
    assert.notEqual(after, before, 'a new version behind the link; the old one removed');
  });

  test('the output is never missing: the new version comes in by renaming a link over the old link', async () => {
    const fs = (await import('node:fs')).default;
    const { syncBuiltinESMExports } = await import('node:module');
    const seen: boolean[] = [];
    // Every rename that touches the output path: the output must exist before and after each.
    const original = fs.renameSync;
    fs.renameSync = (from, to) => {
      const touches = [from, to].some((p) => path.resolve(String(p)) === path.resolve(tmp.outDir));
      if (touches) seen.push(existsSync(tmp.outDir));
      original(from, to);
      if (touches) seen.push(existsSync(tmp.outDir));
    };
    syncBuiltinESMExports();
    try {
      await writeAtomically(tmp.outDir, async (dir) => writeFileSync(path.join(dir, 'manifest.json'), '{}'));
    } finally {
      fs.renameSync = original;
      syncBuiltinESMExports();
    }
    assert.deepEqual(seen, [true, true], 'one rename onto the output, which exists before and after it');
  });

  test('an output that is a real folder becomes a link on the next build', async () => {
    const { mkdtempSync, mkdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(path.join(tmpdir(), 'atomic-'));
    try {
      const out = path.join(root, 'dist');
      mkdirSync(out);
      writeFileSync(path.join(out, 'old.txt'), 'old');
      await writeAtomically(out, async (dir) => writeFileSync(path.join(dir, 'a.txt'), 'a'));
      outputFolder(out);
      assert.deepEqual(readdirSync(out), ['a.txt']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('folders left by killed builds', () => {
  test('a new build removes the temporary folders of builds no longer running, and keeps a running one', async () => {
    const { mkdtempSync, mkdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(path.join(tmpdir(), 'atomic-'));
    try {
      const out = path.join(root, 'dist');
      // Above Linux's highest process id (2^22): never a running process.
      const dead = 4_194_305;
      for (const name of [
        `dist.tmp-${dead}`,
        `dist.old-${dead}`,
        `dist.tmp-${process.ppid}`,
        'dist.tmp-notes',
        'other.tmp-1',
        'dist.v-x-1',
      ]) {
        mkdirSync(path.join(root, name));
      }
      await writeAtomically(out, async (dir) => writeFileSync(path.join(dir, 'a.txt'), 'a'));
      const version = path.basename(readlinkSync(out));
      assert.deepEqual(readdirSync(root).sort(), ['dist', version, `dist.tmp-${process.ppid}`, 'dist.tmp-notes', 'other.tmp-1'].sort());
      assert.equal(readFileSync(path.join(out, 'a.txt'), 'utf8'), 'a');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
