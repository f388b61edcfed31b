/**
 * Writes `.br` and `.gz` beside every compressible file of the built site, so the server (and any
 * production host that honours precompressed files) sends compressed bytes without compressing per request.
 *
 * Run after `astro build`: `node scripts/precompress.ts [dir]` (default `dist`). Prints a progress line
 * after 2 s and then every 10 to 30 s, and a summary at the end.
 * Output is deterministic: same input bytes, same output bytes. Brotli quality 11 is slow: on two cores
 * ~90 s for DuckDB-WASM's 34 MB binary, ~50 s for the 23 MB scores Arrow file, ~100 s for the 17 MB
 * scores CSV. So results for large files are cached by content hash in `node_modules/.cache/precompress/`
 * (the wasm and DuckDB's worker never change between builds; data files change only with the data), and
 * `npm start` runs this in the background while already serving (see scripts/start.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** Extensions worth compressing; images, fonts, Parquet and already compressed files are left alone. */
export const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.svg',
  '.json',
  '.wasm',
  '.arrow',
  '.csv',
  '.txt',
  '.xml',
  '.map',
  '.webmanifest',
]);

/** Files smaller than this gain nothing worth a second request path. */
export const MIN_BYTES = 1024;

/** Only files this big go through the on-disk cache; smaller ones compress in milliseconds. */
const CACHE_MIN_BYTES = 256 * 1024;

/**
 * Brotli quality 11 with a 16 MB window. Measured on duckdb-eh.wasm (34.2 MB, two cores):
 * q9 5.92 MB in 8 s, q10 5.27 MB in 48 s, q11 5.07 MB in 88 s. Visitors download the binary, the
 * build compresses it once per machine (cached), so the smallest output wins.
 */
const BROTLI_LGWIN = 24;
const BROTLI_QUALITY = 11;
/**
 * Large CSV files are downloads, fetched by few and rebuilt with every data change: quality 11 cost
 * ~100 s of CPU on the scores CSV for ~0.1 MB less than quality 9, so they get 9.
 */
const DOWNLOAD_QUALITY = 9;
const DOWNLOAD_MIN_BYTES = 1024 * 1024;
const GZIP_LEVEL = 9;
/** Part of the cache key: change it when the settings above change. */
const settingsId = (quality: number): string => `br${quality}w${BROTLI_LGWIN}-gz${GZIP_LEVEL}`;

/** The brotli quality of a file: 11, except for large CSV downloads. */
export function brotliQuality(file: string, bytes: number): number {
  return extname(file).toLowerCase() === '.csv' && bytes >= DOWNLOAD_MIN_BYTES ? DOWNLOAD_QUALITY : BROTLI_QUALITY;
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Options for {@link precompress}. */
export interface PrecompressOptions {
  /** Directory to walk (the built site). */
  root: string;
  /** Where large-file results are cached; `null` disables the cache. */
  cacheDir?: string | null;
  /**
   * How many files compress at once. zlib work runs on libuv's thread pool (4 threads), so a few more
   * than the cores keeps every core busy when one large file would otherwise finish alone.
   */
  concurrency?: number;
  /** Called when a file starts and when it is done. */
  onProgress?: (progress: PrecompressProgress) => void;
}

/** Where a run is: files done of all, and the files being compressed now (paths relative to the root). */
export interface PrecompressProgress {
  done: number;
  total: number;
  running: readonly { path: string; bytes: number }[];
}

/** What one run did, in bytes of the files that got at least one compressed sibling. */
export interface PrecompressSummary {
  /** Files that got a `.br` and/or `.gz`. */
  files: number;
  /** Compressible files left alone: too small, or compression did not make them smaller. */
  skipped: number;
  rawBytes: number;
  brBytes: number;
  gzBytes: number;
  /** Large files whose results came from the cache. */
  cached: number;
}

/** The two compressed forms of a file. */
export interface Encoded {
  br: Buffer;
  gz: Buffer;
}

/** Compresses every compressible file under `root`, writing `<file>.br` and `<file>.gz` beside it. */
export async function precompress(options: PrecompressOptions): Promise<PrecompressSummary> {
  const root = resolve(options.root);
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  const all = await listFiles(root);
  await removeLeftovers(all);
  const files = await largestFirst(all.filter(isCompressible));
  const summary: PrecompressSummary = { files: 0, skipped: 0, rawBytes: 0, brBytes: 0, gzBytes: 0, cached: 0 };
  const used = new Set<string>();
  const concurrency = options.concurrency ?? availableParallelism() + 1;
  const running = new Map<string, number>();
  let done = 0;
  const report = (): void =>
    options.onProgress?.({
      done,
      total: files.length,
      running: [...running].map(([path, bytes]) => ({ path: relative(root, path), bytes })),
    });
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++];
      if (file === undefined) continue;
      running.set(file, (await stat(file)).size);
      report();
      await compressFile(file, cacheDir, summary, used);
      running.delete(file);
      done++;
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  if (cacheDir !== null) await pruneCache(cacheDir, used);
  return summary;
}

function defaultCacheDir(): string {
  return resolve(import.meta.dirname, '..', 'node_modules', '.cache', 'precompress');
}

/** Temporary siblings of an interrupted run (see {@link writeAtomic}): never served, never kept. */
const LEFTOVER = /\.(br|gz)\.tmp-\d+$/;

async function removeLeftovers(files: string[]): Promise<void> {
  await Promise.all(files.filter((file) => LEFTOVER.test(file)).map((file) => rm(file, { force: true })));
}

function isCompressible(file: string): boolean {
  return COMPRESSIBLE.has(extname(file).toLowerCase());
}

/** All regular files under `dir`, sorted so runs visit files in the same order. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Big files first, so the slowest ones do not start last and leave the other workers idle. */
async function largestFirst(files: string[]): Promise<string[]> {
  const sizes = new Map(await Promise.all(files.map(async (file) => [file, (await stat(file)).size] as const)));
  return files.toSorted((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || a.localeCompare(b));
}

async function compressFile(file: string, cacheDir: string | null, summary: PrecompressSummary, used: Set<string>): Promise<void> {
  const raw = await readFile(file);
  if (raw.length < MIN_BYTES) {
    summary.skipped++;
    return;
  }
  const { encoded, fromCache } = await encode(raw, cacheDir, used, brotliQuality(file, raw.length));
  const wroteBr = await writeSibling(`${file}.br`, encoded.br, raw.length);
  const wroteGz = await writeSibling(`${file}.gz`, encoded.gz, raw.length);
  if (!wroteBr && !wroteGz) {
    summary.skipped++;
    return;
  }
  summary.files++;
  summary.rawBytes += raw.length;
  summary.brBytes += wroteBr ? encoded.br.length : raw.length;
  summary.gzBytes += wroteGz ? encoded.gz.length : raw.length;
  if (fromCache) summary.cached++;
}

/**
 * Writes a compressed sibling only when it is smaller than the original; otherwise removes a stale
 * one, because a server prefers the sibling whenever it exists.
 */
async function writeSibling(path: string, bytes: Buffer, rawLength: number): Promise<boolean> {
  if (bytes.length >= rawLength) {
    await rm(path, { force: true });
    return false;
  }
  await writeAtomic(path, bytes);
  return true;
}

async function writeAtomic(path: string, bytes: Buffer): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, bytes);
  await rename(tmp, path);
}

async function encode(
  raw: Buffer,
  cacheDir: string | null,
  used: Set<string>,
  quality = BROTLI_QUALITY,
): Promise<{ encoded: Encoded; fromCache: boolean }> {
  if (cacheDir === null || raw.length < CACHE_MIN_BYTES) return { encoded: await compress(raw, quality), fromCache: false };
  const name = `${createHash('sha256').update(raw).digest('hex')}-${settingsId(quality)}`;
  used.add(`${name}.br`).add(`${name}.gz`);
  const key = join(cacheDir, name);
  const hit = await readCache(key);
  if (hit) return { encoded: hit, fromCache: true };
  const encoded = await compress(raw, quality);
  await mkdir(cacheDir, { recursive: true });
  await writeAtomic(`${key}.br`, encoded.br);
  await writeAtomic(`${key}.gz`, encoded.gz);
  return { encoded, fromCache: false };
}

/**
 * The bytes a build writes beside a file with these contents: the same settings, through the same cache.
 * For benchmarks, so the sizes they print are the sizes served.
 */
export async function servedEncodings(raw: Buffer, cacheDir: string | null = defaultCacheDir()): Promise<Encoded> {
  return (await encode(raw, cacheDir, new Set())).encoded;
}

/** Keeps the cache to what the last run used, so it does not grow with every data change. */
async function pruneCache(cacheDir: string, used: Set<string>): Promise<void> {
  const names = await readdir(cacheDir).catch(() => []);
  await Promise.all(names.filter((name) => !used.has(name)).map((name) => rm(join(cacheDir, name), { force: true })));
}

async function readCache(key: string): Promise<Encoded | null> {
  try {
    return { br: await readFile(`${key}.br`), gz: await readFile(`${key}.gz`) };
  } catch {
    return null;
  }
}

async function compress(raw: Buffer, quality: number): Promise<Encoded> {
  const [br, gz] = await Promise.all([
    brotli(raw, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
        [zlib.constants.BROTLI_PARAM_LGWIN]: BROTLI_LGWIN,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
    gzip(raw, { level: GZIP_LEVEL }),
  ]);
  return { br, gz };
}

/** One line per run, e.g. `precompress: 42 files, 35.1 MB → br 5.3 MB, gz 8.0 MB (3 skipped, 1 cached) in 2.1 s`. */
export function formatSummary(summary: PrecompressSummary, root: string, seconds: number): string {
  const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
  return (
    `precompress ${relative(process.cwd(), root) || '.'}: ${summary.files} files, ${mb(summary.rawBytes)}` +
    ` → br ${mb(summary.brBytes)}, gz ${mb(summary.gzBytes)}` +
    ` (${summary.skipped} skipped, ${summary.cached} cached) in ${seconds.toFixed(1)} s`
  );
}

/** e.g. `precompress 12 s: 94/97 files, compressing _astro/duckdb-eh.wasm (34.2 MB), …`. */
export function formatProgress(progress: PrecompressProgress, seconds: number): string {
  const running = progress.running.map((file) => `${file.path} (${(file.bytes / 1e6).toFixed(1)} MB)`);
  const now = running.length > 0 ? `, compressing ${running.join(', ')}` : '';
  return `precompress ${seconds.toFixed(0)} s: ${progress.done}/${progress.total} files${now}`;
}

async function main(): Promise<void> {
  const root = resolve(process.argv[2] ?? 'dist');
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) {
    console.error(`precompress: ${root} is not a directory — run \`astro build\` first`);
    process.exit(1);
  }
  const started = performance.now();
  const seconds = (): number => (performance.now() - started) / 1000;
  let latest: PrecompressProgress = { done: 0, total: 0, running: [] };
  // A line after 2 s, then every 10 s while files get done, at least every 30 s while one large file holds out.
  let printed = { at: 0, done: -1 };
  const tick = (): void => {
    if (latest.done === printed.done && seconds() - printed.at < 30) return;
    printed = { at: seconds(), done: latest.done };
    console.log(formatProgress(latest, printed.at));
  };
  const first = setTimeout(tick, 2000);
  const every = setInterval(tick, 10_000);
  try {
    const summary = await precompress({ root, onProgress: (progress) => (latest = progress) });
    console.log(formatSummary(summary, root, seconds()));
  } finally {
    clearTimeout(first);
    clearInterval(every);
  }
}

if (import.meta.main) await main();
