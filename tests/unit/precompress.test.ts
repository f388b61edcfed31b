import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  formatProgress,
  formatSummary,
  precompress,
  type PrecompressProgress,
  type PrecompressSummary,
} from '../../scripts/precompress.ts';

const page = Buffer.from(`<!doctype html><html lang="vi">${'<p>Chỉ số cải cách hành chính</p>'.repeat(100)}</html>`);
const data = Buffer.from('ma_tinh,nam,diem\n'.concat('01,2024,89.5\n'.repeat(30_000)));
const noise = randomBytes(4096);

async function makeSite(root: string): Promise<void> {
  await mkdir(join(root, 'data', 'arrow'), { recursive: true });
  await writeFile(join(root, 'index.html'), page);
  await writeFile(join(root, 'data', 'arrow', 'scores.csv'), data);
  await writeFile(join(root, 'data', 'noise.json'), noise);
  await writeFile(join(root, 'tiny.css'), 'a{color:red}');
  await writeFile(join(root, 'logo.png'), page);
  await writeFile(join(root, 'data', 'scores.parquet'), page);
  await writeFile(join(root, 'old.js.gz'), page);
}

async function snapshot(root: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(root, { recursive: true })).filter((name) => /\.(br|gz)$/.test(name)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(root, name))] as const)));
}

describe('precompress', () => {
  let root: string;
  let cacheDir: string;
  let summary: PrecompressSummary;

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'precompress-test-'));
    cacheDir = await mkdtemp(join(tmpdir(), 'precompress-cache-'));
    await makeSite(root);
    summary = await precompress({ root, cacheDir });
  });

  after(async () => {
    await rm(root, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  });

  test('writes .br and .gz that decode to the original bytes', async () => {
    for (const [name, original] of [
      ['index.html', page],
      ['data/arrow/scores.csv', data],
    ] as const) {
      assert.deepEqual(brotliDecompressSync(await readFile(join(root, `${name}.br`))), original, name);
      assert.deepEqual(gunzipSync(await readFile(join(root, `${name}.gz`))), original, name);
    }
  });

  test('leaves small, incompressible and non-text files alone', async () => {
    const written = [...(await snapshot(root)).keys()];
    assert.deepEqual(written, ['data/arrow/scores.csv.br', 'data/arrow/scores.csv.gz', 'index.html.br', 'index.html.gz', 'old.js.gz']);
  });

  test('summarises what it did', () => {
    assert.equal(summary.files, 2);
    assert.equal(summary.skipped, 2, 'tiny.css and noise.json');
    assert.equal(summary.rawBytes, page.length + data.length);
    assert.ok(summary.brBytes < summary.gzBytes && summary.gzBytes < summary.rawBytes);
    assert.match(formatSummary(summary, root, 1.25), /: 2 files, .* → br .* MB, gz .* MB \(2 skipped, 0 cached\) in 1\.3 s$/);
  });

  test('is deterministic and reuses the cache for large files', async () => {
    const first = await snapshot(root);
    const again = await precompress({ root, cacheDir });
    assert.equal(again.cached, 1, 'the 390 KB CSV comes from the cache');
    assert.deepEqual(await snapshot(root), first);
    const uncached = await precompress({ root, cacheDir: null });
    assert.equal(uncached.cached, 0);
    assert.deepEqual(await snapshot(root), first);
  });

  test('keeps only the cache entries the last run used', async () => {
    const before = await readdir(cacheDir);
    assert.equal(before.length, 2, 'one .br and one .gz for the CSV');
    await writeFile(join(root, 'data', 'arrow', 'scores.csv'), Buffer.concat([data, data]));
    await precompress({ root, cacheDir });
    const after = await readdir(cacheDir);
    assert.equal(after.length, 2);
    assert.equal(
      after.some((name) => before.includes(name)),
      false,
      'the old entries are gone',
    );
    await writeFile(join(root, 'data', 'arrow', 'scores.csv'), data);
  });

  test('removes a stale sibling when the file no longer compresses', async () => {
    await writeFile(join(root, 'data', 'noise.json.br'), page);
    await precompress({ root, cacheDir: null });
    assert.equal((await snapshot(root)).has('data/noise.json.br'), false);
  });

  test('reports progress: every file starts and ends, the last report has all done', async () => {
    const reports: PrecompressProgress[] = [];
    await precompress({ root, cacheDir: null, concurrency: 2, onProgress: (progress) => reports.push(progress) });
    const last = reports.at(-1);
    assert.equal(last?.done, 4, 'the compressible files: index.html, scores.csv, noise.json, tiny.css');
    assert.equal(last?.total, 4);
    assert.deepEqual(last?.running, []);
    const started = new Set(reports.flatMap((progress) => progress.running.map((file) => file.path)));
    assert.ok(started.has('data/arrow/scores.csv') && started.has('index.html'), [...started].join(', '));
    assert.ok(
      reports.every((progress) => progress.running.length <= 2),
      'never more files at once than asked',
    );
    const csv = reports.flatMap((progress) => progress.running).find((file) => file.path === 'data/arrow/scores.csv');
    assert.equal(csv?.bytes, data.length);
  });

  test('removes the temporary files of an interrupted run', async () => {
    await writeFile(join(root, 'index.html.br.tmp-4242'), 'half written');
    await writeFile(join(root, 'data', 'arrow', 'scores.csv.gz.tmp-17'), 'half written');
    await precompress({ root, cacheDir: null });
    const left = (await readdir(root, { recursive: true })).filter((name) => name.includes('.tmp-'));
    assert.deepEqual(left, []);
  });

  test('a progress line names the files still being compressed', () => {
    const progress = { done: 94, total: 97, running: [{ path: '_astro/duckdb-eh.wasm', bytes: 34_242_586 }] };
    assert.equal(formatProgress(progress, 12.4), 'precompress 12 s: 94/97 files, compressing _astro/duckdb-eh.wasm (34.2 MB)');
    assert.equal(formatProgress({ done: 97, total: 97, running: [] }, 40), 'precompress 40 s: 97/97 files');
  });
});

test('brotli quality: 11, except 9 for CSV downloads of 1 MB or more', async () => {
  const { brotliQuality } = await import('../../scripts/precompress.ts');
  assert.equal(brotliQuality('dist/data/csv/scores.csv', 20e6), 9);
  assert.equal(brotliQuality('dist/data/csv/units.csv', 50e3), 11);
  assert.equal(brotliQuality('dist/data/arrow/scores.summary.arrow', 20e6), 11);
  assert.equal(brotliQuality('dist/_astro/duckdb-eh.wasm', 34e6), 11);
});
