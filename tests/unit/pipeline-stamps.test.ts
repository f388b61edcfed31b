import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { StampFile, staleReason, type Stamp } from '../../scripts/pipeline/stamps.ts';

const stamp: Stamp = { inputs: { code: 'c1', seed: '2021' }, outputs: 'o1', at: '2026-11-30T12:00:00.000Z' };

describe('StampFile', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stamps-test-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('no file means no stamps; a recorded stamp survives a reload', async () => {
    const path = join(dir, 'cache', 'stamps.json');
    const stamps = await new StampFile(path).load();
    assert.equal(stamps.get('sample'), undefined);
    await stamps.set('sample', stamp);
    assert.deepEqual((await new StampFile(path).load()).get('sample'), stamp);
  });

  test('forgetting a step before it runs is written at once', async () => {
    const path = join(dir, 'forget.json');
    const stamps = await new StampFile(path).load();
    await stamps.set('sample', stamp);
    await stamps.set('data', { ...stamp, outputs: 'o2' });
    await stamps.forget('sample');
    const reloaded = await new StampFile(path).load();
    assert.equal(reloaded.get('sample'), undefined);
    assert.equal(reloaded.get('data')?.outputs, 'o2');
    assert.deepEqual(Object.keys(JSON.parse(await readFile(path, 'utf8')) as object), ['data']);
  });

  test('an unreadable or foreign file counts as no stamps', async () => {
    for (const [name, text] of [
      ['broken.json', '{"sample": '],
      ['foreign.json', '{"sample": {"outputs": 3}}'],
      ['array.json', '[1, 2]'],
    ] as const) {
      await writeFile(join(dir, name), text);
      assert.equal((await new StampFile(join(dir, name)).load()).get('sample'), undefined, name);
    }
  });
});

describe('staleReason', () => {
  test('null when inputs and outputs match the stamp', () => {
    assert.equal(staleReason(stamp, { seed: '2021', code: 'c1' }, 'o1'), null);
  });

  test('names what changed', () => {
    assert.equal(staleReason(undefined, stamp.inputs, 'o1'), 'no record of a finished build');
    assert.equal(staleReason(stamp, { code: 'c2', seed: '7' }, 'o1'), 'changed: code, seed');
    assert.equal(staleReason(stamp, { code: 'c1' }, 'o1'), 'changed: seed', 'an input that is gone');
    assert.equal(staleReason(stamp, { ...stamp.inputs, scale: 'mini' }, 'o1'), 'changed: scale', 'a new input');
    assert.equal(staleReason(stamp, stamp.inputs, null), 'output missing');
    assert.equal(staleReason(stamp, stamp.inputs, 'o9'), 'output changed since the last build');
  });
});
