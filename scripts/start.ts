/**
 * `npm start`: builds only what changed since the last build, then serves dist/ and prints the URL.
 *
 *   npm start [-- --port 4321] [--host 127.0.0.1] [--seed N] [--edition internal|public]
 *
 * - `--edition public` (or PAR_EDITION=public) builds and serves the public edition (data/README.md,
 *   "Editions"); the default is the internal one, everything. The edition is an input of the data and
 *   site steps: switching rebuilds them.
 * - The port is checked first: a busy one stops it at once, with a `--port` that is free.
 * - Steps (scripts/pipeline/steps.ts) whose inputs and outputs match what they were after their last
 *   success are skipped, each with a line saying so; when nothing changed the site is served within
 *   seconds, when only data/ changed the sample is not regenerated.
 * - The sample keeps its seed: `--seed N` generates it with N; without it, the seed recorded in
 *   data/raw/sample/generated.json (by an earlier `npm start -- --seed N` or `npm run data:sample --
 *   --seed N`) is kept, and the default seed is used only when there is no sample yet.
 *   `npm run build` and `npm test` always use the default seed.
 * - The remediation worksheets (XLSX and CSV for every unit and year, ~20 s of CPU) and then the
 *   precompression run in the background, after the URL is printed, at a lower priority; a worksheet
 *   link answers 404 until they are written.
 * - Precompression runs in the background, after the URL is printed. Brotli at quality 11 takes
 *   ~2 minutes of CPU on two cores for the DuckDB-WASM binary and the scores files when they are not
 *   cached yet (a fresh clone, or new data), and compressed files matter to visitors of a deployed site,
 *   not to someone on this machine's loopback. Until it finishes, pages are served uncompressed; then the
 *   server reads the file list again and sends the `.br`/`.gz` siblings. Of the ways to get a fresh clone
 *   to a URL sooner, this one is chosen over compressing at a lower quality first (every `.br` would be
 *   written twice, and a deploy could ship the interim ones) and over compressing during `npm install`
 *   (it would only move the wait, and data files are not known at install time).
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseEdition, type Edition } from '../src/schema/index.ts';
import { portAdvice, portProblem } from './port.ts';
import { openPipeline, parseSeed, ROOT, secondsSince } from './pipeline/project.ts';
import { checkStep, exited, recordStep, runStep, spawnStep, type Pipeline } from './pipeline/run.ts';
import { buildSteps, type Step } from './pipeline/steps.ts';
import { readSampleRecord } from './sample/record.ts';
import { DEFAULT_SEED, type ScaleName } from './sample/scales.ts';
import { startServer, type RunningServer } from './serve.ts';

const USAGE = 'usage: npm start [-- --port 4321] [--host 127.0.0.1] [--seed N] [--edition internal|public]';
/** Background compression runs at this niceness, so serving pages stays quick. */
const BACKGROUND_NICENESS = 10;

interface StartOptions {
  port: number;
  host: string;
  seed: number | undefined;
  edition: Edition;
}

function options(): StartOptions {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string' },
      edition: { type: 'string', default: process.env.PAR_EDITION },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`--port must be a whole number from 1 to 65535, not "${values.port}"`);
  return { port, host: values.host, seed: parseSeed(values.seed), edition: parseEdition(values.edition) };
}

/** The sample to build: `--seed`, else the one in place, else the default; says which and why. */
function sampleChoice(seed: number | undefined): { seed: number; scale: ScaleName; why: string } {
  const record = readSampleRecord(join(ROOT, 'data', 'raw', 'sample'));
  // The scale too is the sample's own: `npm run data:sample -- --scale mini` into data/raw/sample is kept.
  const scale = record?.scale ?? 'default';
  const ofScale = scale === 'default' ? '' : `, scale ${scale}`;
  if (seed !== undefined) return { seed, scale, why: `from --seed${ofScale}; later runs keep it` };
  if (record !== null) return { seed: record.seed, scale, why: `the sample in data/raw/sample${ofScale}; --seed N for another` };
  return { seed: DEFAULT_SEED, scale, why: 'the default; --seed N for another' };
}

/**
 * Runs `steps` one after another in the background, each only when needed, and reloads the server's
 * file list after each. Returns a function that stops the one running.
 */
function inBackground(pipeline: Pipeline, steps: readonly Step[], server: RunningServer): () => void {
  let child: ChildProcess | null = null;
  let stopped = false;
  const runAll = async (): Promise<void> => {
    for (const step of steps) {
      const { reason, inputs } = await checkStep(pipeline, step);
      if (reason === null) {
        pipeline.log(`○ ${step.name}: unchanged, in place`);
        continue;
      }
      if (stopped) return;
      pipeline.log(`▶ ${step.name}: ${step.title} in the background (${reason})`);
      await pipeline.stamps.forget(step.name);
      const started = performance.now();
      child = spawnStep(pipeline, step, BACKGROUND_NICENESS);
      await exited(step, child);
      child = null;
      await recordStep(pipeline, step, inputs);
      server.reload();
      pipeline.log(`✔ ${step.name} in ${secondsSince(started)}`);
    }
  };
  runAll().catch((error: Error) =>
    pipeline.log(`✖ ${error.message}: the background steps stopped (npm run build runs every step in the foreground)`),
  );
  return () => {
    stopped = true;
    child?.kill();
  };
}

async function main(): Promise<number> {
  const started = performance.now();
  let o: StartOptions;
  try {
    o = options();
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const problem = await portProblem(o.port, o.host);
  if (problem !== null) {
    console.error(await portAdvice(o.port, o.host, problem, 'npm start'));
    return 1;
  }
  const { pipeline, fp } = await openPipeline();
  const sample = sampleChoice(o.seed);
  pipeline.log(`Sample seed ${sample.seed} (${sample.why}).`);
  pipeline.log(`Edition: ${o.edition}${o.edition === 'internal' ? ' (everything; not for publication)' : ''}.`);
  const steps = buildSteps(fp, { node: process.execPath, ...sample, edition: o.edition });
  try {
    for (const step of [steps.sample, steps.data, steps.site]) await runStep(pipeline, step);
  } catch (error) {
    console.error(`npm start stopped: ${(error as Error).message}. Nothing is served; fix the error above and run it again.`);
    return 1;
  }
  let server: RunningServer;
  try {
    server = await startServer({ root: join(ROOT, 'dist'), port: o.port, host: o.host });
  } catch (error) {
    console.error(await portAdvice(o.port, o.host, (error as NodeJS.ErrnoException).code ?? String(error), 'npm start'));
    return 1;
  }
  pipeline.log(`\nServing dist/ at ${server.url} (ready in ${secondsSince(started)}; Ctrl+C to stop)\n`);
  const stop = inBackground(pipeline, [steps.worksheets, steps.compress], server);
  const quit = (): void => {
    stop();
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', quit);
  process.once('SIGTERM', quit);
  return 0;
}

if (import.meta.main) {
  const code = await main();
  if (code !== 0) process.exit(code);
}
