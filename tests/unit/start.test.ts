/**
 * `npm start` refuses what it cannot do before building anything: a busy port, bad options. (Building
 * and serving are covered by the browser tests, which run against the same build and server code.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';

const ROOT = resolve(import.meta.dirname, '..', '..');

function start(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm start, before building', () => {
  let holder: Server;
  let busy: number;

  before(async () => {
    holder = createServer();
    await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
    busy = (holder.address() as { port: number }).port;
  });

  after(() => new Promise<void>((done) => holder.close(() => done())));

  test('a busy port stops it at once, with a free --port to use, and nothing is built', () => {
    const result = start('--port', String(busy));
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, new RegExp(`127\\.0\\.0\\.1:${busy} \\(EADDRINUSE\\).*Try: npm start -- --port \\d+`));
    assert.doesNotMatch(result.stdout, /▶|○/, 'no step was checked or run');
  });

  test('bad options are refused with the usage', () => {
    for (const args of [['--port', 'eighty'], ['--seed', '-1'], ['--colour']]) {
      const result = start(...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /usage: npm start \[-- --port 4321\] \[--host 127\.0\.0\.1\] \[--seed N\]/);
    }
  });
});
