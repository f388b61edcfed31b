import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Fingerprinter } from '../../scripts/pipeline/fingerprint.ts';
import { buildSteps, type StepName, type Steps } from '../../scripts/pipeline/steps.ts';
import type { Edition } from '../../src/schema/index.ts';

/** A project laid out like this one, a file or two where each step reads and writes. */
const FILES = [
  'scripts/generate-sample.ts',
  'scripts/sample/generate.ts',
  'scripts/build-data.ts',
  'scripts/data/build.ts',
  'scripts/precompress.ts',
  'src/schema/index.ts',
  'src/pages/index.astro',
  'public/favicon.svg',
  'astro.config.mjs',
  'tsconfig.json',
  'package-lock.json',
  'data/frameworks/sample-2022.csv',
  'data/raw/published/provinces.csv',
  'data/raw/sample/units.csv',
  'data/dist/manifest.json',
  'dist/index.html',
  'dist/index.html.br',
];

type Snapshot = Record<StepName, { inputs: Record<string, string>; outputs: string | null }>;

describe('buildSteps', () => {
  let root: string;
  const write = async (path: string, text = `${path} ${Math.random()}`): Promise<void> => {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  };
  const steps = (seed = 2021, edition: Edition = 'internal'): Steps =>
    buildSteps(new Fingerprinter(root), { node: process.execPath, seed, scale: 'default', edition });
  const snapshot = async (seed = 2021, edition: Edition = 'internal'): Promise<Snapshot> => {
    const entries = await Promise.all(
      Object.values(steps(seed, edition)).map(
        async (step) => [step.name, { inputs: await step.inputs(), outputs: await step.outputs() }] as const,
      ),
    );
    return Object.fromEntries(entries) as Snapshot;
  };
  /** Which steps see different inputs, and which different outputs, after `change`. */
  const affected = async (change: () => Promise<void>): Promise<{ inputs: StepName[]; outputs: StepName[] }> => {
    const before = await snapshot();
    await change();
    const after = await snapshot();
    const names = Object.keys(before) as StepName[];
    return {
      inputs: names.filter((name) => JSON.stringify(before[name].inputs) !== JSON.stringify(after[name].inputs)),
      outputs: names.filter((name) => before[name].outputs !== after[name].outputs),
    };
  };

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'pipeline-steps-test-'));
    for (const file of FILES) await write(file);
  });

  after(() => rm(root, { recursive: true, force: true }));

  test('run in order, with the project Node, the seed and the scale', () => {
    const all = Object.values(steps(7));
    assert.deepEqual(
      all.map((step) => step.name),
      ['sample', 'data', 'site', 'worksheets', 'compress'],
    );
    assert.deepEqual(all[0]?.command, [process.execPath, 'scripts/generate-sample.ts', '--seed', '7', '--scale', 'default']);
    assert.deepEqual(all[1]?.command, [process.execPath, 'scripts/build-data.ts', '--edition', 'internal']);
    assert.deepEqual(all[2]?.command, [process.execPath, 'scripts/build-site.ts', '--pages-only']);
    assert.deepEqual(all[3]?.command, [process.execPath, 'scripts/build-site.ts', '--worksheets']);
    assert.deepEqual(steps(7, 'public').data.command, [process.execPath, 'scripts/build-data.ts', '--edition', 'public']);
  });

  test('the edition is an input of the data and the site, not of the sample', async () => {
    const [a, b] = [await snapshot(2021, 'internal'), await snapshot(2021, 'public')];
    assert.deepEqual(a.sample.inputs, b.sample.inputs);
    assert.equal(a.data.inputs.edition, 'internal');
    assert.equal(b.data.inputs.edition, 'public');
    assert.equal(b.site.inputs.edition, 'public');
    assert.equal(b.worksheets.inputs.edition, 'public');
    assert.deepEqual({ ...a.data.inputs, edition: 'public' }, b.data.inputs);
  });

  test('a new seed is an input of the sample only', async () => {
    const [a, b] = [await snapshot(2021), await snapshot(7)];
    assert.notDeepEqual(a.sample.inputs, b.sample.inputs);
    assert.deepEqual(a.data.inputs, b.data.inputs);
  });

  test('each change reaches the step that reads it and no step before', async () => {
    assert.deepEqual(await affected(() => write('data/raw/published/provinces.csv')), { inputs: ['data'], outputs: [] });
    assert.deepEqual(await affected(() => write('data/frameworks/sample-2022.csv')), { inputs: ['sample', 'data'], outputs: [] });
    assert.deepEqual(await affected(() => write('src/schema/index.ts')), { inputs: ['sample', 'data', 'site', 'worksheets'], outputs: [] });
    assert.deepEqual(await affected(() => write('src/pages/index.astro')), { inputs: ['site', 'worksheets'], outputs: [] });
    assert.deepEqual(await affected(() => write('package-lock.json')), { inputs: ['data', 'site', 'worksheets'], outputs: [] });
    assert.deepEqual(await affected(() => write('scripts/precompress.ts')), { inputs: ['compress'], outputs: [] });
  });

  test("a step's output is the next step's input", async () => {
    assert.deepEqual(await affected(() => write('data/raw/sample/units.csv')), { inputs: ['data'], outputs: ['sample'] });
    assert.deepEqual(await affected(() => write('data/dist/manifest.json')), { inputs: ['site', 'worksheets'], outputs: ['data'] });
    assert.deepEqual(await affected(() => write('dist/index.html')), { inputs: ['worksheets', 'compress'], outputs: ['site'] });
    // The worksheets are their own step's output, and the compression's input; a new astro build reruns them.
    assert.deepEqual(await affected(() => write('dist/worksheets/a/2024.xlsx')), { inputs: ['compress'], outputs: ['worksheets'] });
  });

  test('compressed files are the compress step’s output only, leftovers included', async () => {
    assert.deepEqual(await affected(() => write('dist/index.html.br')), { inputs: [], outputs: ['compress'] });
    assert.deepEqual(await affected(() => write('dist/index.html.gz.tmp-123')), { inputs: [], outputs: ['compress'] });
    assert.deepEqual(await affected(() => write('data/dist.tmp-1/manifest.json')), { inputs: [], outputs: [] });
  });

  test('a missing output is null', async () => {
    await rm(join(root, 'dist'), { recursive: true });
    const now = await snapshot();
    assert.equal(now.site.outputs, null);
    assert.equal(now.worksheets.outputs, null);
    assert.equal(now.compress.outputs, null);
  });
});
