/**
 * `npm run data:sample` — writes the ILLUSTRATIVE sample province (data/raw/sample by default).
 *
 *   npx node scripts/generate-sample.ts [--seed N] [--out DIR] [--scale default|regional|national|mini]
 *
 * The sample is generated data built to the real methodology, never real results; see data/README.md
 * ("The sample province"). `--scale national` (≈ 4.0 million score rows) is for benchmarks: write it
 * elsewhere with --out. Writes the seed and scale it used into `generated.json` beside the files, which
 * `npm start` reads to keep this sample rather than regenerate it with the default seed.
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateSample } from './sample/generate.ts';
import { clearSampleRecord, writeSampleRecord } from './sample/record.ts';
import { DEFAULT_SEED, SCALES, SCALE_NAMES, type ScaleName } from './sample/scales.ts';

const USAGE = 'usage: node scripts/generate-sample.ts [--seed N] [--out DIR] [--scale default|regional|national|mini]';

function options(): { seed: number; out: string; scale: ScaleName } {
  const { values } = parseArgs({
    options: { seed: { type: 'string' }, out: { type: 'string' }, scale: { type: 'string' } },
    strict: true,
  });
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new Error(`--seed must be a whole number from 0 to 4294967295, not "${values.seed}"`);
  const scale = (values.scale ?? 'default') as ScaleName;
  if (!SCALE_NAMES.includes(scale)) throw new Error(`--scale must be one of ${SCALE_NAMES.join(', ')}, not "${values.scale}"`);
  return { seed, out: values.out ?? 'data/raw/sample', scale };
}

async function main(): Promise<void> {
  let o: ReturnType<typeof options>;
  try {
    o = options();
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  console.log(`Generating the ILLUSTRATIVE sample (scale ${o.scale}, seed ${o.seed}) into ${o.out}`);
  mkdirSync(o.out, { recursive: true });
  clearSampleRecord(o.out);
  const summary = await generateSample({ seed: o.seed, outDir: o.out, scale: SCALES[o.scale], log: (l) => console.log(`  ${l}`) });
  writeSampleRecord(o.out, { seed: o.seed, scale: o.scale });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Done: ${summary.files.length} files, ${summary.scoreRows.toLocaleString('en')} score rows in ${seconds} s.`);
}

if (import.meta.main) await main();
