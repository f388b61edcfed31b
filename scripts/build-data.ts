/**
 * `npm run build:data` — builds data/dist from data/ (see data/README.md).
 *
 *   node scripts/build-data.ts [--data <dir>] [--out <dir>] [--edition internal|public]
 *
 * `--edition public` (or PAR_EDITION=public) leaves out every internal dataset and writes internal
 * columns as NULL (data/README.md, "Editions"); the default, `internal`, holds everything.
 *
 * On bad data it prints every error as `file:row:column: value — why` to stderr, then a count,
 * and exits with code 1; the previous output stays as it was. On success into data/dist it says that
 * the site in dist/ still shows the previous data, since pages are pre-rendered from it.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseEdition, type Edition } from '../src/schema/index.ts';
import { buildData } from './data/build.ts';

export { buildData } from './data/build.ts';
export type { BuildOptions, BuildResult } from './data/build.ts';

const STALE_SITE =
  'The site in dist/ still shows the previous data: run `npm run build:site` to rebuild it, or `npm start`, which rebuilds what changed and serves it.\n';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: 'data' },
      out: { type: 'string', default: 'data/dist' },
      edition: { type: 'string', default: process.env.PAR_EDITION },
    },
  });
  let edition: Edition;
  try {
    edition = parseEdition(values.edition);
  } catch (error) {
    process.stderr.write(`build:data: ${(error as Error).message}\n`);
    return 2;
  }
  const result = await buildData({ dataDir: values.data, outDir: values.out, edition });
  if (result.ok) {
    const rows = result.manifest.files.filter((f) => f.format === 'parquet').map((f) => `${f.table} ${f.rows}`);
    process.stderr.write(`build:data: wrote the ${edition} edition to ${values.out} (${rows.join(', ')})\n`);
    // npm start and npm run build rebuild the site next themselves (scripts/pipeline/run.ts sets PAR_PIPELINE).
    if (resolve(values.out) === resolve('data/dist') && process.env.PAR_PIPELINE !== '1') process.stderr.write(STALE_SITE);
    return 0;
  }
  process.stderr.write(`build:data failed: the data has errors (file:row:column: value — why)\n\n`);
  for (const message of result.errors) process.stderr.write(`  ${message}\n`);
  const shown = result.errors.length < result.errorCount ? ` (first ${result.errors.length} shown)` : '';
  process.stderr.write(`\n${result.errorCount} error${result.errorCount === 1 ? '' : 's'}${shown}\n`);
  return 1;
}

if (import.meta.main) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`build:data failed: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
