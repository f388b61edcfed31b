import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EVERY_PAGE, inShard, parseShard } from '../../src/routing/build-shard.ts';
import { mergeOutput } from '../../scripts/pipeline/merge-output.ts';

describe('pages shared between two build processes', () => {
  test('a shard is "i/n"; unset is every page; anything else is refused by name', () => {
    assert.deepEqual(parseShard(undefined), EVERY_PAGE);
    assert.deepEqual(parseShard(''), EVERY_PAGE);
    assert.deepEqual(parseShard('1/2'), { index: 1, count: 2 });
    for (const bad of ['2/2', '1', 'a/b', '0/0', '-1/2']) assert.throws(() => parseShard(bad), /PAR_BUILD_SHARD must be "i\/n"/);
  });

  test('the shards of a route are disjoint and together are every page', () => {
    const pages = ['a', 'b', 'c', 'd', 'e'];
    const first = inShard(pages, { index: 0, count: 2 });
    const second = inShard(pages, { index: 1, count: 2 });
    assert.deepEqual(first, ['a', 'c', 'e']);
    assert.deepEqual(second, ['b', 'd']);
    assert.deepEqual(inShard(pages, EVERY_PAGE), pages);
  });

  test('merging moves what only the second build wrote and accepts identical shared files', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'merge-'));
    try {
      const [a, b] = [path.join(root, 'a'), path.join(root, 'b')];
      for (const dir of [a, b]) mkdirSync(path.join(dir, '_astro'), { recursive: true });
      writeFileSync(path.join(a, '_astro', 'x.js'), 'same');
      writeFileSync(path.join(b, '_astro', 'x.js'), 'same');
      mkdirSync(path.join(b, 'units', 'u2'), { recursive: true });
      writeFileSync(path.join(b, 'units', 'u2', 'index.html'), '<p>u2</p>');
      assert.deepEqual(mergeOutput(b, a), { moved: 1, same: 1 });
      assert.equal(readFileSync(path.join(a, 'units', 'u2', 'index.html'), 'utf8'), '<p>u2</p>');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('a shared file that differs stops the merge and names the file', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'merge-'));
    try {
      const [a, b] = [path.join(root, 'a'), path.join(root, 'b')];
      for (const dir of [a, b]) mkdirSync(path.join(dir, '_astro'), { recursive: true });
      writeFileSync(path.join(a, '_astro', 'x.js'), 'one');
      writeFileSync(path.join(b, '_astro', 'x.js'), 'two');
      assert.throws(() => mergeOutput(b, a), /different files at _astro\/x\.js/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
