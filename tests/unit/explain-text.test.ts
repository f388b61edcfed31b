import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExplainTotalRow } from '../../src/queries/rank-change-explain.ts';
import { explainSentence, overtakenNote } from '../../src/views/explain-text.ts';

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
  from_rank_kind: 'computed',
  to_rank_kind: 'computed',
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

test('the ranks say which they are when the two years differ: published or computed, among how many', () => {
  const published = row('X', { from_rank_kind: 'published', prev_rank: 20, prev_rank_of: 20, rank: 14, rank_of: 14 });
  const changed = { ...published, rank_change: null, rank_change_reason: 'size_changed' as const };
  assert.equal(
    explainSentence('vi', changed, 2024, 2025),
    'Điểm 80,00% → 81,00% (+1,00 điểm %); thứ hạng của hai năm không so sánh được: năm 2024 hạng 20/20 theo công bố, năm 2025 hạng 14 trong 14 đơn vị có điểm (tính từ điểm).',
  );
  const kinds = row('X', { from_rank_kind: 'published', prev_rank: 4, rank: 3, rank_change: 1 });
  assert.equal(
    explainSentence('en', kinds, 2023, 2024),
    'Score 80.00% → 81.00% (+1.00 percentage points); rank up from 4 to 3 (+1) (4 of 10 as published in 2023; 3 among the 10 units scored in 2024 (computed from the scores)).',
  );
  assert.equal(
    explainSentence('en', row('X'), 2023, 2024),
    'Score 80.00% → 81.00% (+1.00 percentage points); rank down from 4 to 9 (−5).',
    'same kind, same number: no word on it',
  );
});
