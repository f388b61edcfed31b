/** Progress lines: silent for short builds, then one line per step, row counts throttled. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { Progress } from '../../scripts/data/progress.ts';

function sink(): { lines: string[]; write(text: string): void } {
  const lines: string[] = [];
  return {
    lines,
    write: (text: string) => {
      lines.push(text);
    },
  };
}

test('nothing is printed before the delay, every step after it', async () => {
  const out = sink();
  const progress = new Progress(out, 100);
  progress.step('reading frameworks');
  assert.deepEqual(out.lines, []);
  await sleep(120);
  progress.step('file 1/2 raw/sample/scores/communes-2024.csv');
  progress.step('file 2/2 raw/sample/scores/communes-2025.csv');
  assert.equal(out.lines.length, 2);
  assert.match(out.lines[0]!, /^\[build:data \d+\.\d s\] file 1\/2 raw\/sample\/scores\/communes-2024\.csv\n$/);
});

test('row counts are printed at most once a second', async () => {
  const out = sink();
  const progress = new Progress(out, 0);
  progress.rows('file 1/1 big.csv', 1000);
  progress.rows('file 1/1 big.csv', 2000);
  assert.equal(out.lines.length, 1);
  assert.match(out.lines[0]!, /file 1\/1 big\.csv: 1,000 rows\n$/);
});

test('a null sink prints nothing', () => {
  const progress = new Progress(null, 0);
  assert.doesNotThrow(() => progress.step('anything'));
});
