/**
 * Extra rows for the query fixture (fixture.ts): an index `exp` of the sample's departments, for
 * explaining rank changes:
 * - 2023 and 2024 under framework `fe` (D1 with sub-criteria D1.1.1 and D1.1.2, the latter a survey
 *   item; D2 with D2.1.1 and D2.1.2), 2025 under `ff` (D1 the same, fe's D2 split into D2 and D3);
 * - d1: score rose 80 → 82.5 (D1 +3, D2 −0.5) but rank fell 1 → 2: d2 rose 75 → 90 and overtook it;
 * - d3: 70 → 72 (D1 +2, D2 0); its 2025 domains add up to 74 of a total of 75 (a residual of 1);
 * - d4 (new here): a total of 60 in 2023, NULL in 2024, never ranked;
 * - groups of 2024: A from 85, B from 80, C from 70.
 */

const SETUP = `
INSERT INTO framework_items VALUES
  ('fe', 'TOTAL', NULL, 'total', 'Tổng', 'Total', 100, 'mixed', NULL, 0),
  ('fe', 'D1', 'TOTAL', 'domain', 'Chỉ đạo', 'Direction', 40, 'mixed', 'D1', 1),
  ('fe', 'D1.1.1', 'D1', 'sub_criterion', 'Kế hoạch', 'Plan', 20, 'appraisal', 'D1', 1),
  ('fe', 'D1.1.2', 'D1', 'sub_criterion', 'Hài lòng', 'Satisfaction', 20, 'survey', 'D1', 2),
  ('fe', 'D2', 'TOTAL', 'domain', 'Thể chế', 'Institutions', 60, 'appraisal', 'D2', 2),
  ('fe', 'D2.1.1', 'D2', 'sub_criterion', 'Rà soát', 'Review', 30, 'appraisal', 'D2', 1),
  ('fe', 'D2.1.2', 'D2', 'sub_criterion', 'Ban hành', 'Issuing', 30, 'appraisal', 'D2', 2),
  ('ff', 'TOTAL', NULL, 'total', 'Tổng', 'Total', 100, 'mixed', NULL, 0),
  ('ff', 'D1', 'TOTAL', 'domain', 'Chỉ đạo', 'Direction', 40, 'appraisal', 'D1', 1),
  ('ff', 'D2', 'TOTAL', 'domain', 'Văn bản', 'Documents', 30, 'appraisal', 'D2', 2),
  ('ff', 'D3', 'TOTAL', 'domain', 'Kiểm tra', 'Inspection', 30, 'appraisal', 'D3', 3);
INSERT INTO crosswalk VALUES
  ('fe', 'D1', 'ff', 'D1', 'same', NULL, NULL),
  ('fe', 'D2', 'ff', 'D2', 'split', 'Tách', 'Split'),
  ('fe', 'D2', 'ff', 'D3', 'split', 'Tách', 'Split');
INSERT INTO indices VALUES ('exp', 'Giải thích (mẫu)', 'Explain (sample)', 'UBND tỉnh Mẫu', 'Sample PC', 'department', 'sp', true, 4);
INSERT INTO index_years VALUES
  ('exp', 2023, 'fe', NULL, NULL, 3, 4, false),
  ('exp', 2024, 'fe', NULL, NULL, 3, 3, false),
  ('exp', 2025, 'ff', NULL, NULL, 3, 3, false);
INSERT INTO grade_thresholds VALUES ('exp', 2024, 'TOTAL', 85, 80, 70, 'Minh họa');
INSERT INTO units VALUES ('d4', 'Sở Bốn', 'Four', 'department', 'sp', NULL, NULL, [], true);
`;

const LEVELS: Record<string, string> = { TOTAL: 'total', D1: 'domain', D2: 'domain', D3: 'domain' };
const MAX: Record<string, number> = { TOTAL: 100, D1: 40, D2: 60, 'D1.1.1': 20, 'D1.1.2': 20, 'D2.1.1': 30, 'D2.1.2': 30 };
const MAX_FF: Record<string, number> = { TOTAL: 100, D1: 40, D2: 30, D3: 30 };
const RANKS: Record<string, number> = {
  '2023:d1': 1,
  '2023:d2': 2,
  '2023:d3': 3,
  '2024:d2': 1,
  '2024:d1': 2,
  '2024:d3': 3,
  '2025:d2': 1,
  '2025:d1': 2,
  '2025:d3': 3,
};
const REASONS: Record<string, string> = { '2024:d1:D2.1.2': 'Chậm ban hành', '2024:d1:D2.1.1': 'Thiếu báo cáo' };

// year, unit, item, final score (null: missing)
const SCORES: [number, string, string, number | null][] = [
  ...(
    [
      ['d1', [80, 35, 45, 18, 17, 25, 20]],
      ['d2', [75, 30, 45, 15, 15, 25, 20]],
      ['d3', [70, 20, 50, 10, 10, 25, 25]],
    ] as const
  ).flatMap(([unit, v]) => itemsOf(2023, unit, v)),
  ...(
    [
      ['d1', [82.5, 38, 44.5, 19, 19, 24, 20.5]],
      ['d2', [90, 37, 53, 19, 18, 28, 25]],
      ['d3', [72, 22, 50, 10, 12, 26, 24]],
    ] as const
  ).flatMap(([unit, v]) => itemsOf(2024, unit, v)),
  [2023, 'd4', 'TOTAL', 60],
  [2023, 'd4', 'D1', 25],
  [2023, 'd4', 'D2', 35],
  [2024, 'd4', 'TOTAL', null],
  ...(
    [
      ['d1', [87, 36, 27, 24]],
      ['d2', [88, 38, 25, 25]],
      ['d3', [75, 30, 20, 24]],
    ] as const
  ).flatMap(([unit, v]) =>
    ['TOTAL', 'D1', 'D2', 'D3'].map((item, i): [number, string, string, number | null] => [2025, unit, item, v[i] ?? null]),
  ),
];

function itemsOf(year: number, unit: string, values: readonly number[]): [number, string, string, number | null][] {
  return ['TOTAL', 'D1', 'D2', 'D1.1.1', 'D1.1.2', 'D2.1.1', 'D2.1.2'].map((item, i) => [year, unit, item, values[i] ?? null]);
}

function scoreSql([year, unit, item, final]: (typeof SCORES)[number]): string {
  const max = (year === 2025 ? MAX_FF : MAX)[item] ?? 0;
  const level = LEVELS[item] ?? 'sub_criterion';
  const domain = item === 'TOTAL' ? 'NULL' : `'${item.slice(0, 2)}'`;
  const v = (x: number | null) => (x === null ? 'NULL' : String(x));
  const lost = final === null ? null : max - final;
  const pct = final === null ? null : (final / max) * 100;
  const rank = item === 'TOTAL' ? (RANKS[`${year}:${unit}`] ?? null) : null;
  const reason = REASONS[`${year}:${unit}:${item}`];
  return `('exp', ${year}, '${unit}', '${item}', '${level}', ${domain}, true, ${max}, NULL, NULL, NULL, ${v(final)}, ${v(final)}, ${v(lost)}, ${v(pct)}, ${reason ? `'${reason}'` : 'NULL'}, NULL, NULL, NULL, NULL, ${v(rank)}, ${rank === null ? 'NULL' : 3}, []::VARCHAR[], 'raw/x.csv', true)`;
}

/** SQL to pass to writeQueryFixture. */
export const EXPLAIN_SQL = `${SETUP}\nINSERT INTO scores VALUES ${SCORES.map(scoreSql).join(',\n')};`;
