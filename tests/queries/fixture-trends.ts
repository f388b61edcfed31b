/**
 * Extra rows for the query fixture (fixture.ts): an index `trn` of the sample's departments d1–d3 under
 * two frameworks and a crosswalk, for the domain-trend queries:
 * - 2021–2022 framework `fa` (D1, D2, D3), 2023 and 2025 framework `fb` (D1, D2, D3, D4, D5), no 2024;
 * - crosswalk fa → fb: D1 `reweighted` (a break), D2 `renamed` (joined), D3 `split` into D3 and D4
 *   (a break; fa's D3 continues as series D3), D5 `new` (begins in 2023);
 * - 2025 follows a gap (2024 missing): every series breaks;
 * - d1 absorbed a unit `d9` in 2023 (keeps its id: its own break, 'merger');
 * - d2's D2 of 2021 is missing (NULL), its D3 of 2021 not applicable (left out of the distribution).
 */

const FRAMEWORKS = `
INSERT INTO framework_items VALUES
  ('fa', 'TOTAL', NULL, 'total', 'Tổng', 'Total', 100, 'mixed', NULL, 0),
  ('fa', 'D1', 'TOTAL', 'domain', 'Chỉ đạo', 'Direction', 40, 'appraisal', 'D1', 1),
  ('fa', 'D2', 'TOTAL', 'domain', 'Văn bản QPPL', 'Legal documents', 30, 'appraisal', 'D2', 2),
  ('fa', 'D3', 'TOTAL', 'domain', 'Hiện đại hóa', 'Modernisation', 30, 'appraisal', 'D3', 3),
  ('fb', 'TOTAL', NULL, 'total', 'Tổng', 'Total', 100, 'mixed', NULL, 0),
  ('fb', 'D1', 'TOTAL', 'domain', 'Chỉ đạo', 'Direction', 30, 'appraisal', 'D1', 1),
  ('fb', 'D2', 'TOTAL', 'domain', 'Thể chế', 'Institutions', 30, 'appraisal', 'D2', 2),
  ('fb', 'D3', 'TOTAL', 'domain', 'Chính quyền số', 'Digital government', 15, 'appraisal', 'D3', 3),
  ('fb', 'D4', 'TOTAL', 'domain', 'Chuyển đổi số', 'Digital transformation', 15, 'appraisal', 'D4', 4),
  ('fb', 'D5', 'TOTAL', 'domain', 'Tài chính', 'Finance', 10, 'appraisal', 'D5', 5);
INSERT INTO crosswalk VALUES
  ('fa', 'D1', 'fb', 'D1', 'reweighted', 'Tối đa 40 → 30', 'Maximum 40 → 30'),
  ('fa', 'D2', 'fb', 'D2', 'renamed', 'Đổi tên', 'Renamed'),
  ('fa', 'D3', 'fb', 'D3', 'split', 'Tách', 'Split'),
  ('fa', 'D3', 'fb', 'D4', 'split', 'Tách', 'Split'),
  ('fa', NULL, 'fb', 'D5', 'new', 'Mới', 'New');
INSERT INTO indices VALUES ('trn', 'Xu hướng (mẫu)', 'Trends (sample)', 'UBND tỉnh Mẫu', 'Sample PC', 'department', 'sp', true, 3);
INSERT INTO index_years VALUES
  ('trn', 2021, 'fa', NULL, NULL, 3, 3, false),
  ('trn', 2022, 'fa', NULL, NULL, 3, 3, false),
  ('trn', 2023, 'fb', NULL, NULL, 3, 3, false),
  ('trn', 2025, 'fb', NULL, NULL, 3, 1, true);
INSERT INTO units VALUES ('d9', 'Sở Chín', 'Nine', 'department', 'sp', NULL, 2022, [], true);
INSERT INTO lineage VALUES ('d9', 'd1', DATE '2023-03-01', 'absorb', 'Minh họa');
`;

// year, unit, item, pct (null: missing; 'na': not applicable)
const SCORES: [number, string, string, number | null | 'na'][] = [
  [2021, 'd1', 'D1', 50],
  [2021, 'd2', 'D1', 60],
  [2021, 'd3', 'D1', 70],
  [2021, 'd1', 'D2', 80],
  [2021, 'd2', 'D2', null],
  [2021, 'd3', 'D2', 90],
  [2021, 'd1', 'D3', 40],
  [2021, 'd2', 'D3', 'na'],
  [2021, 'd3', 'D3', 60],
  [2022, 'd1', 'D1', 55],
  [2022, 'd2', 'D1', 65],
  [2022, 'd3', 'D1', 75],
  [2022, 'd1', 'D2', 85],
  [2022, 'd2', 'D2', 70],
  [2022, 'd3', 'D2', 95],
  [2023, 'd1', 'D1', 60],
  [2023, 'd2', 'D1', 70],
  [2023, 'd3', 'D1', 80],
  [2023, 'd1', 'D2', 90],
  [2023, 'd2', 'D2', 75],
  [2023, 'd3', 'D2', 100],
  [2023, 'd1', 'D4', 30],
  [2023, 'd2', 'D4', 40],
  [2023, 'd3', 'D4', 50],
  [2025, 'd1', 'D1', 62],
];

function scoreSql([year, unit, item, pct]: (typeof SCORES)[number]): string {
  const applicable = pct !== 'na';
  const value = pct === null || pct === 'na' ? 'NULL' : String(pct);
  const max = applicable ? '100' : 'NULL';
  return `('trn', ${year}, '${unit}', '${item}', 'domain', '${item}', ${applicable}, ${max}, NULL, NULL, NULL, ${value}, ${value}, NULL, ${value}, NULL, NULL, NULL, NULL, NULL, NULL, NULL, []::VARCHAR[], 'raw/x.csv', true)`;
}

/** SQL to pass to writeQueryFixture. */
export const TRENDS_SQL = `${FRAMEWORKS}\nINSERT INTO scores VALUES ${SCORES.map(scoreSql).join(',\n')};`;
