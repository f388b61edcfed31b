import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { assertSnapshot, serialise, testDocument } from './snapshot.ts';

const DIR = new URL('./__snapshots__/', import.meta.url);
const NAME = 'harness-self-test';
const files = ['.svg', '.html', '-changed.svg', '-changed.html'].map((s) => new URL(`${NAME}${s}`, DIR));

function figure(x: string): Element {
  const doc = testDocument();
  const el = doc.createElement('figure');
  el.innerHTML = `<svg class="chart-svg"><clipPath id="plot-clip-42"></clipPath><path clip-path="url(#plot-clip-42)" d="M${x},1.23456L3,4"></path></svg><table></table>`;
  return el;
}

function withoutUpdate<T>(fn: () => T): T {
  const saved = process.env.UPDATE_SNAPSHOTS;
  delete process.env.UPDATE_SNAPSHOTS;
  try {
    return fn();
  } finally {
    if (saved !== undefined) process.env.UPDATE_SNAPSHOTS = saved;
  }
}

describe('snapshot harness', () => {
  after(() => files.forEach((f) => rmSync(f, { force: true })));

  test('rounds numbers to 2 decimals and reindexes ids', () => {
    const { svg, html } = serialise(figure('0.333333'), NAME);
    assert.match(svg, /d="M0\.33,1\.23L3,4"/);
    assert.match(svg, /id="id-1"/);
    assert.match(svg, /clip-path="url\(#id-1\)"/);
    assert.match(svg, /xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(html, /<!-- harness-self-test\.svg -->/);
  });

  test('a missing golden file fails unless UPDATE_SNAPSHOTS=1', () => {
    files.forEach((f) => rmSync(f, { force: true }));
    withoutUpdate(() => assert.throws(() => assertSnapshot(NAME, figure('1')), /missing snapshot/));
    assert.equal(existsSync(files[0] as URL), false);
  });

  test('a mismatch writes <name>-changed.svg beside the golden file and fails', () => {
    const { svg, html } = serialise(figure('1'), NAME);
    writeFileSync(files[0] as URL, svg);
    writeFileSync(files[1] as URL, html);
    withoutUpdate(() => assertSnapshot(NAME, figure('1')));
    withoutUpdate(() => assert.throws(() => assertSnapshot(NAME, figure('2')), /changed/));
    assert.match(readFileSync(files[2] as URL, 'utf8'), /d="M2,1\.23L3,4"/);
  });
});
