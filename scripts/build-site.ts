/**
 * The site: two `astro build` processes at once, each rendering every other page (PAR_BUILD_SHARD,
 * src/routing/build-shard.ts; Astro renders pages one after another on one core), and a third writing
 * the remediation worksheets (src/views/worksheets-all.ts). The second build's pages are merged into
 * dist/ (scripts/pipeline/merge-output.ts: files both wrote must be identical) and the worksheets moved
 * into dist/worksheets/. A failure of any leaves the step failed.
 *
 *   node scripts/build-site.ts          (npm run build:site runs it, then the compression)
 *   PAR_BUILD_SHARDS=1 node scripts/build-site.ts      (one Astro process for every page)
 *   node scripts/build-site.ts --pages-only            (the pages alone: the pipeline's site step)
 *   node scripts/build-site.ts --worksheets            (the worksheets alone, into dist/worksheets: its worksheets step)
 *   node scripts/build-site.ts --worksheets-only DIR   (the worksheet process itself)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIST, getBuildManifest, openNodeDb } from '../src/db/node.ts';
import { editionOf } from '../src/schema/index.ts';
import { writeAllWorksheets } from '../src/views/worksheets-all.ts';
import { mergeOutput } from './pipeline/merge-output.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}`))));
  });
}

async function worksheetsOnly(outDir: string): Promise<void> {
  const started = performance.now();
  const n = await writeAllWorksheets(await openNodeDb(DATA_DIST), outDir, editionOf(getBuildManifest()));
  console.log(
    `worksheets: ${n} units-years (worksheets in XLSX and CSV, round-2 appendices in XLSX) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** Moves `tmp/worksheets`, when written, in place of dist/worksheets. */
function placeWorksheets(tmp: string): void {
  const target = path.join(ROOT, 'dist', 'worksheets');
  rmSync(target, { recursive: true, force: true });
  if (existsSync(path.join(tmp, 'worksheets'))) renameSync(path.join(tmp, 'worksheets'), target);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'worksheets-only': { type: 'string' }, worksheets: { type: 'boolean' }, 'pages-only': { type: 'boolean' } },
  });
  if (values['worksheets-only']) return worksheetsOnly(values['worksheets-only']);
  if (values.worksheets) {
    if (!existsSync(path.join(ROOT, 'dist'))) throw new Error('dist/ is missing: build the pages first');
    const tmp = mkdtempSync(path.join(ROOT, '.worksheets-'));
    try {
      await worksheetsOnly(tmp);
      placeWorksheets(tmp);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    return;
  }
  const shards = Number(process.env.PAR_BUILD_SHARDS ?? 2);
  if (!(Number.isInteger(shards) && shards >= 1))
    throw new Error(`PAR_BUILD_SHARDS must be a whole number ≥ 1, not "${process.env.PAR_BUILD_SHARDS}"`);
  const tmp = mkdtempSync(path.join(ROOT, '.worksheets-'));
  try {
    const astro = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const outDirs = Array.from({ length: shards }, (_, i) => (i === 0 ? path.join(ROOT, 'dist') : path.join(tmp, `pages-${i}`)));
    const builds = outDirs.map((outDir, i) =>
      run(process.execPath, [astro, 'build', ...(i === 0 ? [] : ['--outDir', outDir])], {
        ...process.env,
        PAR_BUILD_SHARD: `${i}/${shards}`,
      }),
    );
    const worksheets = values['pages-only'] ? [] : [run(process.execPath, [import.meta.filename, '--worksheets-only', tmp])];
    await Promise.all([...builds, ...worksheets]);
    for (const outDir of outDirs.slice(1)) {
      const { moved, same } = mergeOutput(outDir, outDirs[0]!);
      console.log(`pages: ${moved} files of another build merged into dist (${same} shared and identical)`);
    }
    if (!values['pages-only']) placeWorksheets(tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  await main().catch((error: unknown) => {
    console.error(`build-site: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
