import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Fingerprinter } from '../../scripts/pipeline/fingerprint.ts';

describe('Fingerprinter', () => {
  let root: string;
  const fresh = (): Fingerprinter => new Fingerprinter(root);

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'fingerprint-test-'));
    await mkdir(join(root, 'src', 'pages'), { recursive: true });
    await writeFile(join(root, 'src', 'pages', 'index.astro'), '<h1>Chỉ số CCHC</h1>\n');
    await writeFile(join(root, 'src', 'schema.ts'), 'export const SCHEMA_VERSION = 1;\n');
    await writeFile(join(root, 'astro.config.mjs'), 'export default {};\n');
  });

  after(() => rm(root, { recursive: true, force: true }));

  test('depends on content, not on modification times', async () => {
    const first = await fresh().of(['src', 'astro.config.mjs']);
    await utimes(join(root, 'src', 'schema.ts'), new Date(2001, 0, 1), new Date(2001, 0, 1));
    assert.equal(await fresh().of(['src', 'astro.config.mjs']), first);
    assert.equal(await fresh().of(['astro.config.mjs', 'src']), first, 'the order of the paths does not matter');
  });

  test('changes when a byte, a name or the set of files changes', async () => {
    const fp = fresh();
    const base = await fp.of(['src']);
    await writeFile(join(root, 'src', 'schema.ts'), 'export const SCHEMA_VERSION = 2;\n');
    const edited = await fp.of(['src']);
    assert.notEqual(edited, base, 'an edit, seen by the same fingerprinter');
    await rename(join(root, 'src', 'schema.ts'), join(root, 'src', 'schema-v2.ts'));
    const renamed = await fresh().of(['src']);
    assert.notEqual(renamed, edited);
    await writeFile(join(root, 'src', 'extra.ts'), '');
    assert.notEqual(await fresh().of(['src']), renamed, 'an empty new file counts');
    await rm(join(root, 'src', 'extra.ts'));
    await rename(join(root, 'src', 'schema-v2.ts'), join(root, 'src', 'schema.ts'));
    await writeFile(join(root, 'src', 'schema.ts'), 'export const SCHEMA_VERSION = 1;\n');
    assert.equal(await fresh().of(['src']), base, 'back to the same bytes, back to the same fingerprint');
  });

  test('a missing path counts as missing; nothing at all is null', async () => {
    const without = await fresh().of(['src', 'public']);
    assert.notEqual(without, null);
    await mkdir(join(root, 'public'));
    await writeFile(join(root, 'public', 'favicon.svg'), '<svg/>');
    assert.notEqual(await fresh().of(['src', 'public']), without);
    assert.equal(await fresh().of(['nowhere', 'nothing.txt']), null);
  });

  test('a filter leaves files out', async () => {
    const plain = await fresh().of(['src']);
    await writeFile(join(root, 'src', 'pages', 'index.astro.br'), 'compressed');
    const notBr = (path: string): boolean => !path.endsWith('.br');
    assert.equal(await fresh().of(['src'], notBr), plain);
    assert.notEqual(await fresh().of(['src']), plain);
    assert.equal(await fresh().of(['src'], () => false), null);
    await rm(join(root, 'src', 'pages', 'index.astro.br'));
  });
});
