import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Fingerprinter } from '../../scripts/pipeline/fingerprint.ts';
import { runStep, type Pipeline } from '../../scripts/pipeline/run.ts';
import { StampFile } from '../../scripts/pipeline/stamps.ts';
import type { Step } from '../../scripts/pipeline/steps.ts';

/** A real step: a child Node that upper-cases input.txt into output.txt and counts its runs in runs.txt. */
function upperCaseStep(fp: Fingerprinter, script = UPPER_CASE): Step {
  return {
    name: 'data',
    title: 'upper-case input.txt',
    command: [process.execPath, '-e', script],
    inputs: async () => ({ input: (await fp.of(['input.txt'])) ?? 'none' }),
    outputs: () => fp.of(['output.txt']),
  };
}

const UPPER_CASE = `
const fs = require('node:fs');
fs.writeFileSync('output.txt', fs.readFileSync('input.txt', 'utf8').toUpperCase());
fs.appendFileSync('runs.txt', 'x');
if (process.env.PAR_PIPELINE !== '1') process.exit(3);
`;

describe('runStep', () => {
  let root: string;
  let pipeline: Pipeline;
  let lines: string[];
  const stampsPath = (): string => join(root, 'cache', 'stamps.json');
  const runs = async (): Promise<number> => (await readFile(join(root, 'runs.txt'), 'utf8')).length;
  const run = async (force?: string): Promise<boolean> => runStep(pipeline, upperCaseStep(new Fingerprinter(root)), force);

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'pipeline-run-test-'));
    await writeFile(join(root, 'input.txt'), 'chỉ số cải cách\n');
    lines = [];
    pipeline = { root, stamps: await new StampFile(join(root, 'cache', 'stamps.json')).load(), log: (line) => lines.push(line) };
  });

  after(() => rm(root, { recursive: true, force: true }));

  test('runs the first time, in the project root, and records a stamp', async () => {
    assert.equal(await run(), true);
    assert.equal(await readFile(join(root, 'output.txt'), 'utf8'), 'CHỈ SỐ CẢI CÁCH\n');
    assert.match(lines.join('\n'), /▶ data: upper-case input.txt \(no record of a finished build\)\n✔ data in \d+\.\d s/);
    const saved = await new StampFile(stampsPath()).load();
    assert.equal(typeof saved.get('data')?.outputs, 'string');
  });

  test('skips when nothing changed, and says so', async () => {
    lines.length = 0;
    assert.equal(await run(), false);
    assert.equal(await runs(), 1);
    assert.deepEqual(lines, ['○ data: unchanged since it last ran, skipped']);
  });

  test('runs again when an input changes, when its output is gone or edited, or when forced', async () => {
    await writeFile(join(root, 'input.txt'), 'xếp hạng\n');
    lines.length = 0;
    assert.equal(await run(), true);
    assert.match(lines[0] ?? '', /\(changed: input\)$/);
    await rm(join(root, 'output.txt'));
    assert.equal(await run(), true);
    await writeFile(join(root, 'output.txt'), 'edited by hand');
    assert.equal(await run(), true);
    assert.equal(await run('npm run build runs every step'), true);
    assert.equal(await runs(), 5);
    assert.equal(await run(), false);
  });

  test('a failing command throws, leaves no stamp, and the step runs next time', async () => {
    const fp = new Fingerprinter(root);
    await assert.rejects(runStep(pipeline, upperCaseStep(fp, 'process.exit(4)'), 'forced'), /data: `.*` failed \(exit 4\)/);
    assert.equal((await new StampFile(stampsPath()).load()).get('data'), undefined);
    assert.equal(await run(), true, 'no stamp: it runs although nothing changed');
  });

  test('a command that cannot start throws', async () => {
    const step: Step = { ...upperCaseStep(new Fingerprinter(root)), command: [join(root, 'no-such-program')] };
    await assert.rejects(runStep(pipeline, step, 'forced'), /data: cannot run/);
  });
});
