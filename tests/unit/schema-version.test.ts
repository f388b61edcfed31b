import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeDb } from '../../src/db/node.ts';
import { checkSchemaVersion } from '../../src/db/schema-version.ts';
import { SCHEMA_VERSION } from '../../src/schema/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'schema-version-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('schema version', () => {
  test("data of this site's schema passes", () => {
    assert.doesNotThrow(() => checkSchemaVersion({ schema_version: SCHEMA_VERSION }, 'manifest.json'));
  });

  test('another version, or none, is refused with what was found and what to do', () => {
    assert.throws(
      () => checkSchemaVersion({ schema_version: SCHEMA_VERSION + 1 }, 'data/manifest.json'),
      new Error(
        `data/manifest.json has schema version ${SCHEMA_VERSION + 1}, this site expects ${SCHEMA_VERSION}: rebuild the data (npm run build:data).`,
      ),
    );
    assert.throws(() => checkSchemaVersion({}, 'm.json'), /m\.json has schema version undefined/);
  });

  test('the Node client refuses a build of another schema before opening any table', async () => {
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ schema_version: 0 }));
    await assert.rejects(openNodeDb(dir), new RegExp(`manifest\\.json has schema version 0, this site expects ${SCHEMA_VERSION}`));
  });
});
