/**
 * The site: `astro build` (every page) and, in a second process at the same time, the remediation
 * worksheets (src/views/worksheets-all.ts), moved into dist/worksheets/ once both are done. Astro
 * renders pages one after the other on one core; the worksheets need none of its pages, so the second
 * core writes them meanwhile. A failure of either leaves the step failed.
 *
 *   node scripts/build-site.ts          (npm run build:site runs it, then the compression)
 *   node scripts/build-site.ts --worksheets-only DIR   (the worksheet process itself)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openNodeDb } from '../src/db/node.ts';
import { writeAllWorksheets } from '../src/views/worksheets-all.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}`))));
  });
}

async function worksheetsOnly(outDir: string): Promise<void> {
  const started = performance.now();
  const n = await writeAllWorksheets(await openNodeDb(path.join(ROOT, 'data', 'dist')), outDir);
  console.log(`worksheets: ${n} units-years (XLSX and CSV) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'worksheets-only': { type: 'string' } } });
  if (values['worksheets-only']) return worksheetsOnly(values['worksheets-only']);
  const tmp = mkdtempSync(path.join(ROOT, '.worksheets-'));
  try {
    const astro = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
    await Promise.all([run(process.execPath, [astro, 'build']), run(process.execPath, [import.meta.filename, '--worksheets-only', tmp])]);
    const target = path.join(ROOT, 'dist', 'worksheets');
    rmSync(target, { recursive: true, force: true });
    if (existsSync(path.join(tmp, 'worksheets'))) renameSync(path.join(tmp, 'worksheets'), target);
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
