/**
 * The one typed schema of the project's data, shared by the data build (scripts/) and the site (src/).
 *
 * Every Parquet file the build writes is described here: its columns, their DuckDB types and whether
 * they may be NULL. The build creates its tables from these definitions (never from guessed types),
 * and the site refuses data whose manifest carries another SCHEMA_VERSION.
 */

/**
 * Bump on any change to a table or column; the site refuses a manifest with another version.
 * 2: scores.source_url (text, several pages joined) became the list scores.source_urls; new table
 *    grade_thresholds (the A/B/C/D groups, formerly hard-coded in the site); scores.reason_category
 *    and the table reason_categories (kinds of deduction, classified by the build).
 * 3: new table crosswalk (which item of one framework continues which of the previous, and how).
 * 4: new tables owners, item_owners and targets (who answers for each framework item, and the points
 *    it must reach); scores.proposed_score (the score a unit asked for in its round-2 explanation).
 */
export const SCHEMA_VERSION = 4;

/** DuckDB column types used by the schema. */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'DATE' | 'VARCHAR[]';

/** One column of a table. */
export interface ColumnDef {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable: boolean;
  /** What the column means, in one sentence (also written to data/README.md). */
  readonly doc: string;
}

/** One table, written to `<name>.parquet` (and `.csv`, `.arrow`). */
export interface TableDef {
  readonly name: TableName;
  readonly doc: string;
  readonly columns: readonly ColumnDef[];
  /** Columns that identify a row; the build rejects duplicates on them. */
  readonly key: readonly string[];
}

const col = (name: string, type: ColumnType, nullable: boolean, doc: string): ColumnDef => ({ name, type, nullable, doc });

export const TABLE_NAMES = [
  'indices',
  'index_years',
  'grade_thresholds',
  'units',
  'lineage',
  'framework_items',
  'scores',
  'aggregates',
  'reason_categories',
  'crosswalk',
  'owners',
  'item_owners',
  'targets',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export const TABLES: Readonly<Record<TableName, TableDef>> = {
  indices: {
    name: 'indices',
    doc: 'Rankings: who publishes them and which level of unit they rank.',
    key: ['index_id'],
    columns: [
      col('index_id', 'VARCHAR', false, 'Stable id, e.g. "vn-provinces", "sample-departments".'),
      col('name_vi', 'VARCHAR', false, 'Vietnamese name.'),
      col('name_en', 'VARCHAR', false, 'English name.'),
      col('publisher_vi', 'VARCHAR', false, 'Who approves and publishes it (Vietnamese).'),
      col('publisher_en', 'VARCHAR', false, 'Who approves and publishes it (English).'),
      col('unit_level', 'VARCHAR', false, 'Level of the ranked units (see UNIT_LEVELS); communes also cover wards and special zones.'),
      col('scope_unit_id', 'VARCHAR', true, 'For a province-internal index, the province; NULL for national indices.'),
      col('is_sample', 'BOOLEAN', false, 'TRUE for the illustrative sample province: never real results.'),
      col('sort_order', 'INTEGER', false, 'Order in menus.'),
    ],
  },
  index_years: {
    name: 'index_years',
    doc: 'One row per index and year: the approving decision, the source and the framework in force.',
    key: ['index_id', 'year'],
    columns: [
      col('index_id', 'VARCHAR', false, 'The index.'),
      col('year', 'INTEGER', false, 'Assessment year (results are approved the following spring).'),
      col('framework_id', 'VARCHAR', false, 'The framework (tree of items) in force that year.'),
      col('decision_vi', 'VARCHAR', true, 'Legal document that approved the results, e.g. "Quyết định 268/QĐ-BNV, 28/3/2025".'),
      col('source_url', 'VARCHAR', true, 'The one page where the decision or announcement was read.'),
      col('units_ranked', 'INTEGER', true, 'How many units the official ranking has (e.g. 63), published or not here.'),
      col('units_in_data', 'INTEGER', false, 'How many units have a total score or rank in this data (computed).'),
      col('is_partial', 'BOOLEAN', false, 'TRUE when the data holds fewer units than were ranked (computed).'),
    ],
  },
  grade_thresholds: {
    name: 'grade_thresholds',
    doc: 'Classification groups where they were published: the lowest score of groups A, B and C (below C is D).',
    key: ['index_id', 'year', 'item_code'],
    columns: [
      col('index_id', 'VARCHAR', false, 'The index.'),
      col('year', 'INTEGER', false, 'Assessment year; a year without a row had no published groups.'),
      col('item_code', 'VARCHAR', false, 'The item grouped, usually TOTAL.'),
      col('a_min_pct', 'DOUBLE', false, 'Lowest percentage of the maximum in group A.'),
      col('b_min_pct', 'DOUBLE', false, 'Lowest percentage in group B (below A).'),
      col('c_min_pct', 'DOUBLE', false, 'Lowest percentage in group C (below B); lower scores are D.'),
      col('source', 'VARCHAR', false, 'Where the thresholds were read.'),
    ],
  },
  units: {
    name: 'units',
    doc: 'Every unit ever ranked, with its level, parent and years of existence.',
    key: ['unit_id'],
    columns: [
      col('unit_id', 'VARCHAR', false, 'Stable slug; a unit formed by a merger gets a new id.'),
      col('name_vi', 'VARCHAR', false, 'Vietnamese name (Unicode NFC).'),
      col('name_en', 'VARCHAR', true, 'English name where known.'),
      col('level', 'VARCHAR', false, 'One of UNIT_LEVELS.'),
      col('parent_id', 'VARCHAR', true, "The unit it belongs to (a department's province, a commune's district)."),
      col('valid_from', 'INTEGER', true, 'First assessment year it exists in; NULL when older than the data.'),
      col('valid_to', 'INTEGER', true, 'Last assessment year it exists in; NULL while it still exists.'),
      col('aliases', 'VARCHAR[]', false, 'Names as written in sources, resolved to this unit.'),
      col('is_sample', 'BOOLEAN', false, 'TRUE for units of the illustrative sample province.'),
    ],
  },
  lineage: {
    name: 'lineage',
    doc: 'Mergers and renames: which units became which. Series are never joined across a lineage edge.',
    key: ['from_unit_id', 'to_unit_id'],
    columns: [
      col('from_unit_id', 'VARCHAR', false, 'Predecessor.'),
      col('to_unit_id', 'VARCHAR', false, 'Successor.'),
      col('effective_date', 'DATE', false, 'When it took effect, e.g. 2025-07-01.'),
      col('event', 'VARCHAR', false, 'merge | rename | split | absorb.'),
      col('source_vi', 'VARCHAR', true, 'The legal basis, e.g. "Nghị quyết 202/2025/QH15".'),
    ],
  },
  framework_items: {
    name: 'framework_items',
    doc: 'The tree of each framework: total → domain → criterion → sub-criterion, plus components by source of points.',
    key: ['framework_id', 'item_code'],
    columns: [
      col('framework_id', 'VARCHAR', false, 'Framework, e.g. "vn-provinces-2022".'),
      col('item_code', 'VARCHAR', false, 'Code, unique in its framework: "TOTAL", "D3", "D3.2", "D3.2.1", "C-SIPAS".'),
      col('parent_code', 'VARCHAR', true, 'Parent item; NULL for TOTAL.'),
      col('item_level', 'VARCHAR', false, 'One of ITEM_LEVELS.'),
      col('name_vi', 'VARCHAR', false, 'Vietnamese name.'),
      col('name_en', 'VARCHAR', false, 'English name.'),
      col('max_points', 'DOUBLE', true, 'Maximum points; NULL where the methodology was not found.'),
      col('kind', 'VARCHAR', false, 'One of ITEM_KINDS: how the points are earned.'),
      col('domain_code', 'VARCHAR', true, 'The domain it belongs to (itself for a domain); NULL for TOTAL and components.'),
      col('sort_order', 'INTEGER', false, 'Order within its parent.'),
    ],
  },
  scores: {
    name: 'scores',
    doc: 'One row per index, year, unit and item, with every stage of the score. Missing is NULL, never 0.',
    key: ['index_id', 'year', 'unit_id', 'item_code'],
    columns: [
      col('index_id', 'VARCHAR', false, 'The index.'),
      col('year', 'INTEGER', false, 'Assessment year.'),
      col('unit_id', 'VARCHAR', false, 'The unit.'),
      col('item_code', 'VARCHAR', false, "Item of that year's framework."),
      col('item_level', 'VARCHAR', false, 'Copied from the framework for convenient filtering.'),
      col('domain_code', 'VARCHAR', true, 'Copied from the framework.'),
      col('applicable', 'BOOLEAN', false, 'FALSE when the item does not apply to the unit; it is then excluded from the maximum.'),
      col('max_points', 'DOUBLE', true, "The unit's applicable maximum for this item."),
      col('self_score', 'DOUBLE', true, 'Self-assessed score (điểm tự chấm).'),
      col('appraisal_r1', 'DOUBLE', true, "Appraisal council's round-1 score (điểm thẩm định lần 1)."),
      col(
        'proposed_score',
        'DOUBLE',
        true,
        'Score the unit proposed in its round-2 explanation (điểm đề nghị điều chỉnh); NULL where it proposed none or did not explain.',
      ),
      col('appraisal_final', 'DOUBLE', true, 'Final appraisal score (after explanation, round 2); NULL for survey items.'),
      col('final_score', 'DOUBLE', true, 'Score that counts (appraisal final, or survey result).'),
      col('lost_points', 'DOUBLE', true, 'max_points − final_score, where both are known.'),
      col('pct_of_max', 'DOUBLE', true, 'final_score as a percentage of max_points, or as published.'),
      col('reason_vi', 'VARCHAR', true, "The appraisal council's reason for the deduction (lý do trừ điểm)."),
      col('explanation_vi', 'VARCHAR', true, "The unit's explanation in round 2 (giải trình)."),
      col(
        'reason_category',
        'VARCHAR',
        true,
        'Kind of deduction (reason_categories.category_id), set by the build from the reason; NULL where no reason.',
      ),
      col('published_rank', 'INTEGER', true, 'Rank as published.'),
      col('published_rank_of', 'INTEGER', true, 'Number of units in the published ranking.'),
      col('computed_rank', 'INTEGER', true, 'Rank by pct_of_max among units with a score in this data (ties share a rank).'),
      col('computed_rank_of', 'INTEGER', true, 'Number of units ranked by computed_rank.'),
      col('source_urls', 'VARCHAR[]', false, "Pages the figure was read from, in the source's order (a sum: its parts'); [] if none."),
      col('source_file', 'VARCHAR', false, 'Raw file (under data/) the row came from.'),
      col('is_sample', 'BOOLEAN', false, 'TRUE for the illustrative sample province.'),
    ],
  },
  aggregates: {
    name: 'aggregates',
    doc: 'Published national and regional figures (means, counts by group) that no unit row carries.',
    key: ['year', 'scope', 'metric'],
    columns: [
      col('year', 'INTEGER', false, 'Assessment year.'),
      col('scope', 'VARCHAR', false, '"provinces", "ministries", "region:<name>", "provinces:domain".'),
      col('metric', 'VARCHAR', false, 'e.g. mean_score_pct, count_score_ge_80, count_units_ranked.'),
      col('value', 'DOUBLE', false, 'The published value.'),
      col('value_unit', 'VARCHAR', false, 'count | pct | pct_points.'),
      col('source_url', 'VARCHAR', false, 'The one page where it was read.'),
      col('note', 'VARCHAR', true, 'What the source adds (names, conflicts between sources).'),
    ],
  },
  reason_categories: {
    name: 'reason_categories',
    doc: 'Kinds of deduction, from the reviewed rules in data/reference/reason-categories.csv; the first rule whose phrase a reason contains wins.',
    key: ['category_id'],
    columns: [
      col('category_id', 'VARCHAR', false, 'Stable id, e.g. "evidence", "overdue"; "other" takes what no rule matches.'),
      col('name_vi', 'VARCHAR', false, 'Vietnamese name.'),
      col('name_en', 'VARCHAR', false, 'English name.'),
      col('sort_order', 'INTEGER', false, 'Priority of the rule (file order), also the display order.'),
      col('patterns', 'VARCHAR[]', false, 'Phrases that put a reason in this category (compared without case or diacritics).'),
    ],
  },
  crosswalk: {
    name: 'crosswalk',
    doc: 'Which item of a framework continues which item of the framework before it, from data/reference/crosswalk.csv.',
    key: ['from_framework', 'to_framework', 'from_item', 'to_item'],
    columns: [
      col('from_framework', 'VARCHAR', false, 'The earlier framework.'),
      col('from_item', 'VARCHAR', true, 'Its item; NULL for an item that is new in the later framework.'),
      col('to_framework', 'VARCHAR', false, 'The framework that followed it in an index.'),
      col('to_item', 'VARCHAR', true, 'The item that continues it; NULL for an item that ended.'),
      col('relation', 'VARCHAR', false, 'One of CROSSWALK_RELATIONS; only "same" and "renamed" can be joined by a line.'),
      col('note_vi', 'VARCHAR', true, 'What changed, and whether the relation is inferred (Vietnamese).'),
      col('note_en', 'VARCHAR', true, 'What changed, and whether the relation is inferred (English).'),
    ],
  },
  owners: {
    name: 'owners',
    doc: "Who answers for an index's items inside each unit: a department leading a domain, an office or a post.",
    key: ['index_id', 'owner_id'],
    columns: [
      col('index_id', 'VARCHAR', false, 'The index whose items it answers for.'),
      col('owner_id', 'VARCHAR', false, 'Stable id within the index, e.g. "noi-vu", "van-phong".'),
      col('name_vi', 'VARCHAR', false, 'Vietnamese name, as a unit of the index calls it (e.g. "Phòng Nội vụ").'),
      col('name_en', 'VARCHAR', false, 'English name.'),
      col('kind', 'VARCHAR', false, 'One of OWNER_KINDS.'),
      col('note_vi', 'VARCHAR', true, 'Where the assignment comes from, and how far it holds (e.g. typical, varies by province).'),
      col('sort_order', 'INTEGER', false, 'Order in lists (file order).'),
    ],
  },
  item_owners: {
    name: 'item_owners',
    doc: 'The owner of every framework item of an index that has owners, as assigned or inherited from the nearest assigned parent.',
    key: ['index_id', 'framework_id', 'item_code'],
    columns: [
      col('index_id', 'VARCHAR', false, 'The index.'),
      col('framework_id', 'VARCHAR', false, 'A framework the index used.'),
      col('item_code', 'VARCHAR', false, 'The item.'),
      col('owner_id', 'VARCHAR', false, 'Its owner (owners.owner_id of the index).'),
      col('is_inherited', 'BOOLEAN', false, 'TRUE where the owner comes from a parent item rather than a row of its own.'),
    ],
  },
  targets: {
    name: 'targets',
    doc: "Explicit targets: the points a unit (or every unit) must reach on an item in a year; elsewhere the target is last year's points.",
    key: ['index_id', 'year', 'unit_id', 'item_code'],
    columns: [
      col('index_id', 'VARCHAR', false, 'The index.'),
      col('year', 'INTEGER', false, 'The year the target is for.'),
      col('unit_id', 'VARCHAR', true, 'The unit; NULL for every unit of the index.'),
      col('item_code', 'VARCHAR', false, "Item of that year's framework."),
      col('target_points', 'DOUBLE', false, 'Points to reach (at most the maximum).'),
      col('note_vi', 'VARCHAR', true, 'Where the target comes from (a plan, a letter).'),
    ],
  },
};

/** Column names of a table, in schema order. */
export function columnNames(table: TableName): string[] {
  return TABLES[table].columns.map((c) => c.name);
}

/** `CREATE TABLE` statement for a table, types and NOT NULL taken from the schema. */
export function createTableSql(table: TableName): string {
  const cols = TABLES[table].columns.map((c) => `"${c.name}" ${c.type}${c.nullable ? '' : ' NOT NULL'}`);
  return `CREATE TABLE "${table}" (${cols.join(', ')})`;
}
