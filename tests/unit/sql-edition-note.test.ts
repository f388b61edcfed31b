/**
 * The SQL console's note in the public edition: which withheld columns a statement reads (by name, or
 * through `*` over their table; never inside strings or comments), and that an empty result may be
 * internal data the edition does not hold. The internal edition gets no note.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { editionNote } from '../../src/sql-console/edition-note.ts';
import type { ConsoleResult } from '../../src/sql-console/result.ts';
import { translator } from '../../src/i18n/translate.ts';
import { sqlEditionNoteHtml } from '../../src/views/sql-result-view.ts';

const PUBLIC = { edition: 'public', withheld: ['scores.self_score', 'scores.reason_vi', 'scores.reason_category'] } as const;
const result = (rows: number): ConsoleResult => ({
  columns: [{ name: 'x', type: 'INTEGER', kind: 'number' }],
  rows: Array.from({ length: rows }, (_, i) => [i]),
  truncated: false,
  elapsedMs: 1,
});

describe('edition note', () => {
  test('a withheld column read by name, any case, qualified or not', () => {
    assert.deepEqual(editionNote('SELECT s.Self_Score, unit_id FROM scores s', result(3), PUBLIC), {
      withheld: ['scores.self_score'],
      empty: false,
    });
    assert.deepEqual(editionNote('SELECT count(*) FROM scores WHERE reason_category IS NOT NULL', result(0), PUBLIC), {
      withheld: ['scores.reason_category'],
      empty: true,
    });
  });

  test('`*` over a table with withheld columns reads them all; count(*) and a product do not', () => {
    assert.deepEqual(editionNote('SELECT * FROM scores LIMIT 5', result(5), PUBLIC)?.withheld, [...PUBLIC.withheld]);
    assert.deepEqual(editionNote('SELECT s.* FROM scores s', result(5), PUBLIC)?.withheld, [...PUBLIC.withheld]);
    assert.equal(editionNote('SELECT count(*), 2 * max(final_score) FROM scores', result(1), PUBLIC), null);
    assert.equal(editionNote('SELECT * FROM units', result(4), PUBLIC), null);
  });

  test('names in strings and comments are not read', () => {
    assert.equal(editionNote("SELECT 'self_score' AS x -- reason_vi\nFROM units", result(1), PUBLIC), null);
  });

  test('an empty result says the edition holds no internal data; a failed query or no columns say nothing of it', () => {
    assert.deepEqual(editionNote("SELECT * FROM indices WHERE index_id = 'x'", result(0), PUBLIC), { withheld: [], empty: true });
    assert.equal(editionNote('SELECT 1', null, PUBLIC), null);
    assert.equal(editionNote('DESCRIBE units', { ...result(0), columns: [] }, PUBLIC), null);
  });

  test('the internal edition holds everything: no note', () => {
    assert.equal(editionNote('SELECT self_score FROM scores', result(0), { edition: 'internal', withheld: [] }), null);
  });

  test('the note in words, in both languages', () => {
    const note = { withheld: ['scores.self_score', 'scores.reason_vi'], empty: true };
    assert.equal(
      sqlEditionNoteHtml(translator('en'), note),
      '<div class="note sql-edition-note" role="note" data-sql-edition-note><p>The public edition does not publish <code>scores.self_score</code>, <code>scores.reason_vi</code>: here they are empty (NULL).</p><p>No rows: this is the public edition, which holds no internal data (indices before their decision, years still under appraisal, the units only they name, and withheld columns), so a query about those returns no rows here.</p></div>',
    );
    assert.match(
      sqlEditionNoteHtml(translator('vi'), { withheld: ['scores.self_score'], empty: false }),
      /<p>Bản công khai không công bố <code>scores\.self_score<\/code>: /,
    );
    assert.equal(sqlEditionNoteHtml(translator('vi'), null), '');
  });
});
