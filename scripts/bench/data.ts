/**
 * The data build at three sizes beside the floor it is measured against: DuckDB alone reading the same
 * raw score CSVs and writing them to Parquet and CSV (no validation, no roll-up). Each run is its own
 * process, so its peak memory (max RSS, DuckDB's native memory included) is its own. Prints one line per
 * scale: wall time, raw rows per second, peak memory, output bytes, Parquet bytes per million score rows,
 * and the ratios to the floor. Samples are generated once into the work folder and reused.
 *
 *   npm run bench:data [-- --scales default,regional,national] [--work /tmp/par-bench-data]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildData } from '../data/build.ts';
import { SCALE_NAMES, type ScaleName } from '../sample/scales.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Run {
  seconds: number;
  peakMb: number;
  rows: number;
}

const mb = (bytes: number): number => bytes / 1024 / 1024;

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** A data folder like data/ whose sample dataset is the generated one: the rest linked to the repository's. */
function dataDirFor(work: string, scale: ScaleName): string {
  const dir = path.join(work, scale, 'data');
  const sample = path.join(dir, 'raw', 'sample');
  const record = path.join(sample, 'generated.json');
  const generated = existsSync(record) && (JSON.parse(readFileSync(record, 'utf8')) as { scale?: string }).scale === scale;
  if (!generated) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, 'raw'), { recursive: true });
    for (const linked of ['frameworks', 'reference', 'raw/published']) symlinkSync(path.join(ROOT, 'data', linked), path.join(dir, linked));
    cpSync(path.join(ROOT, 'data', 'sources.json'), path.join(dir, 'sources.json'));
    console.log(`generating the ${scale} sample into ${sample} (once; reused by later runs)`);
    const gen = spawnSync(process.execPath, [path.join(ROOT, 'scripts/generate-sample.ts'), '--scale', scale, '--out', sample], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (gen.status !== 0) throw new Error(`generating the ${scale} sample failed`);
  }
  return dir;
}

/** Runs this script in a child process in one of its measuring modes, and reads what it printed. */
function measure(mode: 'build' | 'floor', dataDir: string, outDir: string): Run {
  rmSync(outDir, { recursive: true, force: true });
  const child = spawnSync(process.execPath, [import.meta.filename, '--child', mode, '--data', dataDir, '--out', outDir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`${mode} run failed`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Run;
}

/** Child: the data build itself. */
async function childBuild(dataDir: string, outDir: string): Promise<number> {
  const result = await buildData({ dataDir, outDir, progress: null });
  if (!result.ok) throw new Error(result.errors.slice(0, 5).join('\n'));
  return result.manifest.files.find((f) => f.table === 'scores')?.rows ?? 0;
}

/** Child: DuckDB alone, the same raw score CSVs to Parquet and CSV. */
async function childFloor(dataDir: string, outDir: string): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  const csvs = path.join(dataDir, 'raw', 'sample', 'scores', '*.csv').replaceAll("'", "''");
  await conn.run(`CREATE TEMP VIEW raw AS SELECT * FROM read_csv('${csvs}', union_by_name = true, all_varchar = true)`);
  await conn.run(`COPY raw TO '${path.join(outDir, 'scores.parquet')}' (FORMAT parquet)`);
  await conn.run(`COPY raw TO '${path.join(outDir, 'scores.csv')}' (FORMAT csv, HEADER)`);
  const reader = await conn.runAndReadAll('SELECT count(*)::INTEGER AS n FROM raw');
  return Number(reader.getRowObjects()[0]!.n);
}

async function child(mode: string, dataDir: string, outDir: string): Promise<void> {
  const started = performance.now();
  const rows = mode === 'build' ? await childBuild(dataDir, outDir) : await childFloor(dataDir, outDir);
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024, rows }));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: 'default,regional,national' },
      work: { type: 'string', default: '/tmp/par-bench-data' },
      child: { type: 'string' },
      data: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (values.child) return child(values.child, values.data!, values.out!);
  const scales = values.scales.split(',') as ScaleName[];
  const unknown = scales.filter((s) => !SCALE_NAMES.includes(s));
  if (unknown.length > 0) throw new Error(`unknown scale ${unknown.join(', ')} (expected ${SCALE_NAMES.join(', ')})`);
  const lines = [
    '| scale | raw rows | build | rows/s | peak | output | Parquet per 1M score rows | floor (DuckDB alone) | ratio time / memory |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const scale of scales) {
    const dataDir = dataDirFor(values.work, scale);
    const floorOut = path.join(values.work, scale, 'floor');
    const buildOut = path.join(values.work, scale, 'dist');
    const floor = measure('floor', dataDir, floorOut);
    const build = measure('build', dataDir, buildOut);
    const parquet = statSync(path.join(buildOut, 'parquet', 'scores.parquet')).size;
    const line =
      `| ${scale} | ${floor.rows.toLocaleString('en')} | ${build.seconds.toFixed(1)} s | ${Math.round(floor.rows / build.seconds).toLocaleString('en')} ` +
      `| ${(build.peakMb / 1024).toFixed(2)} GB | ${mb(folderBytes(buildOut)).toFixed(0)} MB | ${(mb(parquet) / (build.rows / 1e6)).toFixed(2)} MB (${build.rows.toLocaleString('en')} rows) ` +
      `| ${floor.seconds.toFixed(1)} s, ${(floor.peakMb / 1024).toFixed(2)} GB, ${mb(folderBytes(floorOut)).toFixed(0)} MB ` +
      `| ${(build.seconds / floor.seconds).toFixed(1)}× / ${(build.peakMb / floor.peakMb).toFixed(1)}× |`;
    lines.push(line);
    console.log(line);
    rmSync(floorOut, { recursive: true, force: true });
  }
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`\n${lines.join('\n')}\n\nload average at the end: ${load} (figures are comparable only within one run)`);
  writeFileSync(path.join(values.work, 'last-run.md'), `${lines.join('\n')}\n`);
}

await main().catch((error: unknown) => {
  console.error(`bench:data: ${(error as Error).message}`);
  process.exitCode = 1;
});
