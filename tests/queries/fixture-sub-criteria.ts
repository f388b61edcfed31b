/**
 * Sub-criteria for the `trn` index of fixture-trends.ts (add after TRENDS_SQL), for the sub-criterion
 * movers of the trends page:
 * - fa (2021–2022): D1.1.1, D1.1.2 under D1; D2.1.1 under D2. fb (2023, 2025): D1.1.1 under D1; D2.1.1
 *   and a new D2.1.2 under D2 (D2 is `renamed` fa → fb: joined; D1 `reweighted`: a break);
 * - d3's D2.1.1 of 2023 is not applicable (left out), d2's D1.1.2 of 2022 is missing (NULL);
 * - d1 absorbed d9 in 2023 (fixture-trends.ts): its own break between 2022 and 2023.
 */

const ITEMS = `
INSERT INTO framework_items VALUES
  ('fa', 'D1.1.1', 'D1', 'sub_criterion', 'Kế hoạch', 'Plan', 20, 'appraisal', 'D1', 1),
  ('fa', 'D1.1.2', 'D1', 'sub_criterion', 'Báo cáo', 'Report', 20, 'appraisal', 'D1', 2),
  ('fa', 'D2.1.1', 'D2', 'sub_criterion', 'Ban hành văn bản', 'Issuing documents', 30, 'appraisal', 'D2', 1),
  ('fb', 'D1.1.1', 'D1', 'sub_criterion', 'Kế hoạch năm', 'Annual plan', 30, 'appraisal', 'D1', 1),
  ('fb', 'D2.1.1', 'D2', 'sub_criterion', 'Ban hành văn bản', 'Issuing documents', 20, 'appraisal', 'D2', 1),
  ('fb', 'D2.1.2', 'D2', 'sub_criterion', 'Kiểm tra văn bản', 'Reviewing documents', 10, 'appraisal', 'D2', 2);`;

// year, unit, item, pct (null: missing; 'na': not applicable)
const SCORES: [number, string, string, number | null | 'na'][] = [
  [2021, 'd1', 'D1.1.1', 50],
  [2021, 'd2', 'D1.1.1', 70],
  [2021, 'd3', 'D1.1.1', 90],
  [2021, 'd1', 'D1.1.2', 40],
  [2021, 'd2', 'D1.1.2', 60],
  [2021, 'd3', 'D1.1.2', 80],
  [2022, 'd1', 'D1.1.1', 75],
  [2022, 'd2', 'D1.1.1', 65],
  [2022, 'd3', 'D1.1.1', 90],
  [2022, 'd1', 'D1.1.2', 30],
  [2022, 'd2', 'D1.1.2', null],
  [2022, 'd3', 'D1.1.2', 85],
  [2022, 'd1', 'D2.1.1', 50],
  [2022, 'd2', 'D2.1.1', 80],
  [2022, 'd3', 'D2.1.1', 60],
  [2023, 'd1', 'D1.1.1', 70],
  [2023, 'd1', 'D2.1.1', 75],
  [2023, 'd2', 'D2.1.1', 60],
  [2023, 'd3', 'D2.1.1', 'na'],
  [2023, 'd1', 'D2.1.2', 90],
  [2023, 'd2', 'D2.1.2', 100],
];

function scoreSql([year, unit, item, pct]: (typeof SCORES)[number]): string {
  const applicable = pct !== 'na';
  const value = pct === null || pct === 'na' ? 'NULL' : String(pct);
  const max = applicable ? '100' : 'NULL';
  return `('trn', ${year}, '${unit}', '${item}', 'sub_criterion', '${item.slice(0, 2)}', ${applicable}, ${max}, NULL, NULL, NULL, ${value}, ${value}, NULL, ${value}, NULL, NULL, NULL, NULL, NULL, NULL, NULL, []::VARCHAR[], 'raw/x.csv', true)`;
}

/** SQL to pass to writeQueryFixture after TRENDS_SQL. */
export const SUB_CRITERIA_SQL = `${ITEMS}\nINSERT INTO scores VALUES ${SCORES.map(scoreSql).join(',\n')};`;
