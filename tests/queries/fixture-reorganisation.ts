/**
 * Extra rows for the query fixture (fixture.ts): an index `reo` of departments through a reorganisation,
 * with one case of every reason of the rank-change rule (src/queries/rank-change.ts):
 * - 2022: r1 has a published rank among an unknown number of units (`size_unknown` in 2023);
 * - 2023: r1–r4, ranked of 4; r2–r4 have no 2022 rank (`not_ranked`);
 * - 2024: ranked of 4 again: r1, r2 and r4 change places (compared); r7 is new that year, formed by no
 *   lineage event (`new_unit`); r3 has a score but no rank (`not_ranked`);
 * - 2025: ranked of 3: r1 (`size_changed`: 2nd of 4 → 1st of 3), which absorbed r7 and kept its id;
 *   r5 formed by merging r2 and r3 (`new_unit`, merge); r6, r4 renamed with a new id (`new_unit`, rename).
 * The first year, 2022, has `no_earlier_year`. The index is one of the scope `sp`'s, beside `smp`.
 */

const units = [
  ['r1', 'Sở Một', 'One', null, null],
  ['r2', 'Sở Hai', 'Two', null, 2024],
  ['r3', 'Sở Ba', 'Three', null, 2024],
  ['r4', 'Sở Bốn', 'Four', null, 2024],
  ['r5', 'Sở Năm', 'Five', 2025, null],
  ['r6', 'Sở Sáu', 'Six', 2025, null],
  ['r7', 'Sở Bảy', 'Seven', 2024, 2024],
] as const;

// year, unit, pct, published rank, published rank_of, computed rank, computed rank_of
const scores: [number, string, number, number | null, number | null, number | null, number | null][] = [
  [2022, 'r1', 91, 1, null, null, null],
  [2023, 'r1', 90, null, null, 1, 4],
  [2023, 'r2', 85, null, null, 2, 4],
  [2023, 'r3', 80, null, null, 3, 4],
  [2023, 'r4', 75, null, null, 4, 4],
  [2024, 'r2', 92, null, null, 1, 4],
  [2024, 'r1', 88, null, null, 2, 4],
  [2024, 'r4', 84, null, null, 3, 4],
  [2024, 'r7', 70, null, null, 4, 4],
  [2024, 'r3', 60, null, null, null, null],
  [2025, 'r1', 95, null, null, 1, 3],
  [2025, 'r5', 90, null, null, 2, 3],
  [2025, 'r6', 85, null, null, 3, 3],
];

const v = (x: string | number | null) => (x === null ? 'NULL' : typeof x === 'string' ? `'${x}'` : String(x));

/** SQL adding the `reo` index, its units, lineage and total scores. */
export const REORGANISATION_SQL = `
INSERT INTO indices VALUES ('reo', 'Sở (sắp xếp)', 'Departments (reorganised)', 'UBND', 'PC', 'department', 'sp', false, 3);
INSERT INTO index_years VALUES
  ('reo', 2022, 'fw', NULL, NULL, NULL, 1, true),
  ('reo', 2023, 'fw', NULL, NULL, 4, 4, false),
  ('reo', 2024, 'fw', NULL, NULL, 4, 5, false),
  ('reo', 2025, 'fw', NULL, NULL, 3, 3, false);
INSERT INTO units VALUES ${units.map(([id, vi, en, from, to]) => `(${v(id)}, ${v(vi)}, ${v(en)}, 'department', NULL, ${v(from)}, ${v(to)}, [], false)`).join(', ')};
INSERT INTO lineage VALUES
  ('r2', 'r5', DATE '2025-03-01', 'merge', NULL),
  ('r3', 'r5', DATE '2025-03-01', 'merge', NULL),
  ('r4', 'r6', DATE '2025-03-01', 'rename', NULL),
  ('r7', 'r1', DATE '2025-03-01', 'absorb', NULL);
INSERT INTO scores BY NAME SELECT * FROM (VALUES ${scores
  .map(
    ([year, unit, pct, pub, pubOf, comp, compOf]) =>
      `('reo', ${year}, '${unit}', ${pct}, ${v(pub)}, ${v(pubOf)}, ${v(comp)}, ${v(compOf)})`,
  )
  .join(', ')}) AS t(index_id, year, unit_id, pct_of_max, published_rank, published_rank_of, computed_rank, computed_rank_of),
  LATERAL (SELECT 'TOTAL' AS item_code, 'total' AS item_level, true AS applicable, 100.0 AS max_points, pct_of_max AS final_score,
                  []::VARCHAR[] AS source_urls, 'raw/reo.csv' AS source_file, false AS is_sample);
`;
