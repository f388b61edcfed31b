/**
 * `npm run build`: every step of the build, whatever changed, in order: the sample (default seed unless
 * `--seed N`), the data (the internal edition, everything, unless `--edition public` or PAR_EDITION=public:
 * data/README.md, "Editions"), the site, and precompression in the foreground. This is what `npm test` builds
 * before its browser tests, so they always see the current code and data; `npm start` runs the same
 * steps but only those whose inputs changed (see scripts/pipeline/steps.ts).
 *
 *   npm run build [-- --seed N] [--edition internal|public]
 *
 * Each step records what it read and wrote (scripts/pipeline/stamps.ts), so `npm start` after a build
 * serves at once.
 */
import { parseArgs } from 'node:util';
import { parseEdition, type Edition } from '../src/schema/index.ts';
import { DEFAULT_SEED } from './sample/scales.ts';
import { runStep } from './pipeline/run.ts';
import { buildSteps } from './pipeline/steps.ts';
import { openPipeline, parseSeed, secondsSince } from './pipeline/project.ts';

const USAGE = 'usage: npm run build [-- --seed N] [--edition internal|public]';

async function main(): Promise<number> {
  let seed: number;
  let edition: Edition;
  try {
    const { values } = parseArgs({
      options: { seed: { type: 'string' }, edition: { type: 'string', default: process.env.PAR_EDITION } },
      strict: true,
    });
    seed = parseSeed(values.seed) ?? DEFAULT_SEED;
    edition = parseEdition(values.edition);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  const { pipeline, fp } = await openPipeline();
  try {
    const steps = buildSteps(fp, { node: process.execPath, seed, scale: 'default', edition });
    for (const step of Object.values(steps)) await runStep(pipeline, step, 'npm run build runs every step');
  } catch (error) {
    console.error(`npm run build failed: ${(error as Error).message}`);
    return 1;
  }
  pipeline.log(`Built everything (${edition} edition) in ${secondsSince(started)}.`);
  return 0;
}

if (import.meta.main) process.exitCode = await main();
