/**
 * An import's files are written all or nothing (scripts/import/commit.ts): when the second of three
 * renames fails, the first file is back as it was, the new files and folders are gone, and no staged
 * file is left behind.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { commitFiles } from '../../scripts/import/commit.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'import-commit-'));
  writeFileSync(path.join(root, 'sources.json'), 'old sources\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const FILES = new Map([
  ['sources.json', 'new sources\n'],
  ['raw/imported/x/2025-detail.csv', 'year\n2025\n'],
  ['raw/imported/x/2024-detail.csv', 'year\n2024\n'],
]);

describe('commitFiles', () => {
  test('writes every file', () => {
    commitFiles(root, FILES);
    assert.equal(readFileSync(path.join(root, 'sources.json'), 'utf8'), 'new sources\n');
    assert.deepEqual(readdirSync(path.join(root, 'raw/imported/x')).sort(), ['2024-detail.csv', '2025-detail.csv']);
    assert.deepEqual(readdirSync(root).sort(), ['raw', 'sources.json']);
  });

  test('a failed second write leaves everything as before', () => {
    let renames = 0;
    const failing = {
      write: (f: string, t: string) => writeFileSync(f, t),
      rename: (a: string, b: string) => {
        // The first file is moved aside and in (2 renames); the second file's move in fails.
        if (++renames === 3) throw new Error('disk full');
        renameSync(a, b);
      },
    };
    assert.throws(() => commitFiles(root, FILES, failing), /disk full/);
    assert.equal(readFileSync(path.join(root, 'sources.json'), 'utf8'), 'old sources\n');
    assert.deepEqual(readdirSync(root), ['sources.json']);
    assert.equal(existsSync(path.join(root, 'raw')), false);
  });

  test('a failed staging write leaves everything as before', () => {
    let writes = 0;
    const failing = {
      write: (f: string, t: string) => {
        if (++writes === 2) throw new Error('no space');
        writeFileSync(f, t);
      },
      rename: (a: string, b: string) => renameSync(a, b),
    };
    assert.throws(() => commitFiles(root, FILES, failing), /no space/);
    assert.deepEqual(readdirSync(root), ['sources.json']);
    assert.equal(readFileSync(path.join(root, 'sources.json'), 'utf8'), 'old sources\n');
  });
});
