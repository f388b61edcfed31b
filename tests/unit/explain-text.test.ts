import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExplainTotalRow } from '../../src/queries/rank-change-explain.ts';
import { overtakenNote } from '../../src/views/explain-text.ts';

const row = (unit_id: string, p: Partial<ExplainTotalRow> = {}): ExplainTotalRow => ({
  unit_id,
  name_vi: `Xã ${unit_id}`,
  name_en: `${unit_id} Commune`,
  from_pct: 80,
  to_pct: 81,
  from_score: 80,
  to_score: 81,
  from_max: 100,
  to_max: 100,
  rank: 9,
  rank_of: 10,
  prev_year: 2023,
  prev_rank: 4,
  prev_rank_of: 10,
  rank_change: -5,
  rank_change_reason: null,
  valid_from: null,
  formed_by: null,
  ...p,
});

const others = ['A', 'B', 'C', 'D', 'E'].map((u) => row(u));

test('the overtaken note names three units and counts the rest', () => {
  assert.equal(
    overtakenNote('vi', row('X'), others),
    'Điểm tăng nhưng thứ hạng giảm vì các đơn vị khác tăng nhiều hơn; 5 đơn vị đã vượt lên: Xã A, Xã B, Xã C và 2 đơn vị khác.',
  );
  assert.equal(
    overtakenNote('en', row('X'), others.slice(0, 2)),
    'The score rose but the rank fell because others rose more; overtaken by 2: A Commune, B Commune.',
  );
});

test('no note unless the score rose and the rank fell', () => {
  assert.equal(overtakenNote('vi', row('X', { to_pct: 79 }), others), '', 'score fell');
  assert.equal(overtakenNote('vi', row('X', { rank_change: 0 }), others), '', 'rank held');
  assert.equal(
    overtakenNote('vi', row('X', { rank_change: null, rank_change_reason: 'size_changed' }), others),
    '',
    'ranks not comparable',
  );
  assert.equal(overtakenNote('vi', row('X'), []), '', 'nobody overtook');
});
