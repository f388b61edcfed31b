import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { clearSampleRecord, readSampleRecord, RECORD_FILE, writeSampleRecord } from '../../scripts/sample/record.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sample-record-test-'));
});
after(() => rm(dir, { recursive: true, force: true }));

test('the seed and scale a sample was generated with are read back', () => {
  assert.equal(readSampleRecord(dir), null, 'no record yet');
  writeSampleRecord(dir, { seed: 7, scale: 'mini' });
  assert.deepEqual(readSampleRecord(dir), { seed: 7, scale: 'mini' });
  clearSampleRecord(dir);
  assert.equal(readSampleRecord(dir), null);
  clearSampleRecord(dir);
});

test('a record that is not one reads as none', async () => {
  for (const text of ['{"seed": 7', '{"seed": 7.5, "scale": "default"}', '{"seed": 7, "scale": "huge"}', 'null']) {
    await writeFile(join(dir, RECORD_FILE), text);
    assert.equal(readSampleRecord(dir), null, text);
  }
});
