import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { editionOf, parseEdition, withheldColumns } from '../../src/schema/index.ts';
import { EXAMPLES, examplesFor } from '../../src/sql-console/examples.ts';

describe('editions', () => {
  test('--edition: internal by default, public on request, anything else refused', () => {
    assert.equal(parseEdition(undefined), 'internal');
    assert.equal(parseEdition(''), 'internal');
    assert.equal(parseEdition('public'), 'public');
    assert.throws(() => parseEdition('Public'), { message: '--edition (or PAR_EDITION) must be one of internal, public, not "Public"' });
  });

  test('a withheld reason takes its category with it; the order is the schema list', () => {
    assert.deepEqual(withheldColumns(['explanation_vi', 'reason_vi', 'self_score']), [
      'self_score',
      'reason_vi',
      'reason_category',
      'explanation_vi',
    ]);
    assert.deepEqual(withheldColumns([]), []);
  });

  test('a manifest from before editions is internal', () => {
    assert.equal(editionOf({}), 'internal');
    assert.equal(editionOf({ edition: 'public' }), 'public');
  });

  test('the SQL console offers no example about a withheld column', () => {
    assert.deepEqual(examplesFor(), EXAMPLES);
    assert.deepEqual(
      examplesFor(['scores.self_score', 'scores.reason_vi', 'scores.reason_category']).map((e) => e.id),
      ['criteria', 'rank', 'domains'],
    );
  });
});
