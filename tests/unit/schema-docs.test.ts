/** The schema's Vietnamese descriptions: exactly one per table and per column of tables.ts, none left over. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DOCS_VI, schemaDoc } from '../../src/schema/docs-vi.ts';
import { TABLE_NAMES, TABLES } from '../../src/schema/index.ts';

describe('schema docs in Vietnamese', () => {
  test('every table and column has a Vietnamese description, and nothing else does', () => {
    const expected = TABLE_NAMES.flatMap((t) => [t, ...TABLES[t].columns.map((c) => `${t}.${c.name}`)]).sort();
    assert.deepEqual(Object.keys(DOCS_VI).sort(), expected);
    for (const [key, text] of Object.entries(DOCS_VI)) assert.ok(text.trim().length > 0, key);
  });

  test('Vietnamese pages read the Vietnamese text, English pages the schema module’s own', () => {
    assert.equal(schemaDoc('vi', 'scores', 'self_score'), 'Điểm tự chấm.');
    assert.equal(schemaDoc('en', 'scores', 'self_score'), 'Self-assessed score (điểm tự chấm).');
    assert.equal(schemaDoc('vi', 'crosswalk'), DOCS_VI.crosswalk);
    assert.equal(schemaDoc('en', 'crosswalk'), TABLES.crosswalk.doc);
  });
});
