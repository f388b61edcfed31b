/**
 * The forecast from self-assessment, worked by hand on two units: item X (max 10, appraised) and a
 * survey item S (max 5), 2021–2022 in the past, 2023 forecast, then 2023's actual results as the
 * error the method made (the residuals that give later years their range).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { estimate, forecast, pastResiduals, quantile, type ForecastRow } from '../../src/forecast/model.ts';

const row = (
  unit_id: string,
  year: number,
  item_code: string,
  self: number | null,
  final: number | null,
  reason: string | null = null,
): ForecastRow => ({
  unit_id,
  year,
  item_code,
  kind: item_code === 'S' ? 'survey' : 'appraisal',
  applicable: true,
  max_points: item_code === 'S' ? 5 : 10,
  self_score: self,
  final_score: final,
  reason_vi: reason,
});

const PAST = [
  row('A', 2021, 'X', 10, 8, 'thiếu TLKC'),
  row('B', 2021, 'X', 10, 10),
  row('A', 2021, 'S', null, 4),
  row('B', 2021, 'S', null, 3),
  row('A', 2022, 'X', 10, 9, 'chậm'),
  row('B', 2022, 'X', 8, 6, 'thiếu TLKC'),
  row('A', 2022, 'S', null, 5),
  row('B', 2022, 'S', null, 2),
];
const YEAR_2023 = [
  row('A', 2023, 'X', 10, null),
  row('B', 2023, 'X', 9, null),
  row('A', 2023, 'S', null, null),
  row('B', 2023, 'S', null, null),
];

const close = (actual: number | null, expected: number, what: string) =>
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-4, `${what}: ${actual} ≠ ${expected}`);

describe('forecast from self-assessment', () => {
  test("own cut share pulled towards the peers' (3 years' weight); survey items at the last result", () => {
    const [a, b] = estimate([...PAST, ...YEAR_2023], 2023);
    // A: own 3/20 = 0.15 over 2 years, peers 5/38; (2 × 0.15 + 3 × 5/38) / 5 = 0.138947.
    close(a!.at_risk[0]!.cut_share, 0.138947, 'A share');
    close(a!.expected_total, 10 * (1 - 0.138947) + 5, 'A total');
    close(a!.expected_pct, ((10 * (1 - 0.138947) + 5) / 15) * 100, 'A pct');
    // B: own 2/18 over 2 years; survey last 2 of 5.
    close(b!.expected_total, 9 * (1 - (2 * (2 / 18) + 3 * (5 / 38)) / 5) + 2, 'B total');
    assert.equal(a!.self_total, 10);
    close(a!.expected_cut, 10 * 0.138947, 'A cut');
    assert.equal(a!.survey_expected, 5);
    assert.deepEqual([a!.rank_expected, b!.rank_expected, a!.units], [1, 2, 2]);
    // The reason past cuts carried most often: A's own tie goes to the first alphabetically; B's own.
    assert.equal(a!.at_risk[0]!.past_reason, 'chậm');
    assert.equal(b!.at_risk[0]!.past_reason, 'thiếu TLKC');
    assert.equal(a!.missing_items, 0);
  });

  test('no range without enough past errors; a missing self-assessment is left out and counted, never 0', () => {
    const [a] = forecast([...PAST, ...YEAR_2023], 2023);
    assert.equal(a!.low_pct, null);
    assert.equal(a!.rank_best, null);
    const [withGap] = estimate([...PAST, row('A', 2023, 'X', null, null), row('A', 2023, 'S', null, null)], 2023);
    assert.equal(withGap!.missing_items, 1);
    assert.equal(withGap!.expected_total, 5);
  });

  test('the errors of earlier years: actual − expected for each unit of each year with two years before it', () => {
    const actual2023 = [row('A', 2023, 'X', 10, 9), row('B', 2023, 'X', 9, 9), row('A', 2023, 'S', null, 5), row('B', 2023, 'S', null, 2)];
    const residuals = pastResiduals([...PAST, ...actual2023], 2024);
    assert.equal(residuals.length, 2);
    close(residuals[0]!, (14 / 15) * 100 - ((10 * (1 - 0.138947) + 5) / 15) * 100, 'A error');
    close(residuals[1]!, (11 / 15) * 100 - ((9 * (1 - (2 * (2 / 18) + 3 * (5 / 38)) / 5) + 2) / 15) * 100, 'B error');
  });

  test('quantiles interpolate', () => {
    assert.equal(quantile([0, 10], 0.1), 1);
    assert.equal(quantile([1, 2, 3, 4, 5], 0.5), 3);
  });
});
