/**
 * Example queries of the SQL console, for the questions analysts ask most. The SQL is the same in
 * every language (a shared link runs the same query whatever the page's language); the labels are
 * i18n keys `sql.example.<id>`. The first one is the page's default, pre-rendered at build time.
 */

export interface ConsoleExample {
  readonly id: string;
  readonly sql: string;
  /** Columns (`table.column`) it is about: an edition that withholds one does not offer it. */
  readonly needs?: readonly string[];
}

export const EXAMPLES: readonly ConsoleExample[] = [
  {
    id: 'claims',
    needs: ['scores.self_score'],
    sql: `SELECT s.index_id, s.year, u.name_vi AS unit,
  s.self_score, s.appraisal_final,
  round(s.self_score - s.appraisal_final, 2) AS gap
FROM scores s
JOIN units u USING (unit_id)
WHERE s.item_code = 'TOTAL'
  AND s.self_score - s.appraisal_final > 0
ORDER BY gap DESC, s.year, unit
LIMIT 20`,
  },
  {
    id: 'criteria',
    sql: `SELECT s.index_id, s.item_code, any_value(f.name_vi) AS criterion,
  count(DISTINCT s.unit_id) AS units_losing,
  round(sum(s.lost_points), 2) AS points_lost
FROM scores s
JOIN index_years y USING (index_id, year)
JOIN framework_items f
  ON f.framework_id = y.framework_id AND f.item_code = s.item_code
WHERE s.item_level = 'criterion' AND s.lost_points > 0
  AND s.year = (SELECT max(year) FROM scores x WHERE x.index_id = s.index_id)
GROUP BY s.index_id, s.item_code
ORDER BY units_losing DESC, points_lost DESC, s.item_code
LIMIT 20`,
  },
  {
    id: 'rank',
    sql: `SELECT year, published_rank, published_rank_of,
  round(pct_of_max, 2) AS pct_of_max
FROM scores
WHERE index_id = 'vn-provinces' AND unit_id = 'ha-noi'
  AND item_code = 'TOTAL'
ORDER BY year`,
  },
  {
    id: 'domains',
    sql: `SELECT index_id, year, domain_code,
  count(*) AS units, round(avg(pct_of_max), 2) AS mean_pct
FROM scores
WHERE item_level = 'domain' AND pct_of_max IS NOT NULL
GROUP BY ALL
ORDER BY ALL`,
  },
  {
    id: 'reasons',
    needs: ['scores.reason_category'],
    sql: `SELECT r.name_vi AS reason, r.name_en,
  count(*) AS deductions, round(sum(s.lost_points), 2) AS points_lost
FROM scores s
JOIN reason_categories r ON r.category_id = s.reason_category
GROUP BY ALL
ORDER BY points_lost DESC`,
  },
];

/** The query the page opens with (and whose result is pre-rendered). */
export const DEFAULT_QUERY = EXAMPLES[0]!.sql;

/**
 * The examples an edition offers: none about a column it withholds (the manifest's `withheld`), which
 * would answer with no rows. The first is the page's default query.
 */
export function examplesFor(withheld: readonly string[] = []): ConsoleExample[] {
  return EXAMPLES.filter((e) => !(e.needs ?? []).some((c) => withheld.includes(c)));
}
