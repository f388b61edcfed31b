/**
 * What explaining a rank change between two years of an index needs, for every unit at once (the build
 * writes every unit's page from one read; a test or the browser slices the same rows): each unit's
 * total and rank in both years with the change by the one rule (rank-change.ts), its domain scores in
 * both years, and, when the framework changed between them, the crosswalk rows linking their domains.
 */
import { named } from '../db/bind.ts';
import type { Db } from '../db/types.ts';
import { TOTAL_CODE } from '../schema/vocabulary.ts';
import { formedBySql, RANK_CHANGE_REASON_SQL, RANK_CHANGE_SQL, type RankChangeFields } from './rank-change.ts';
import { SHOWN_RANK, SHOWN_RANK_OF } from './shown-rank.ts';

/** One unit's totals in the two years (`prev_*` and `from_*`: the earlier year). */
export interface ExplainTotalRow extends RankChangeFields {
  unit_id: string;
  name_vi: string;
  name_en: string | null;
  from_pct: number | null;
  to_pct: number | null;
  from_score: number | null;
  to_score: number | null;
  from_max: number | null;
  to_max: number | null;
  /** Whether each year's rank is the published one or computed from the data (NULL: no rank). */
  from_rank_kind: RankKind | null;
  to_rank_kind: RankKind | null;
}

/** A rank as published, or computed from the scores in the data (ties share a rank). */
export type RankKind = 'published' | 'computed';

/** A unit's domain in one of the two years. */
export interface ExplainDomainRow {
  unit_id: string;
  year: number;
  item_code: string;
  name_vi: string;
  name_en: string;
  sort_order: number;
  final_score: number | null;
  max_points: number | null;
}

/** A crosswalk row from the earlier year's framework to the later one's. */
export interface ExplainLink {
  from_item: string | null;
  to_item: string | null;
  relation: string;
  note_vi: string | null;
  note_en: string | null;
}

/** The two years' frameworks, and the data of every unit. */
export interface ExplainData {
  from_framework: string | null;
  to_framework: string | null;
  totals: ExplainTotalRow[];
  domains: ExplainDomainRow[];
  links: ExplainLink[];
}

/** Every unit scored or ranked in either year; `prev_year` is `$from` (the rule's columns). */
const TOTALS = `
  WITH t AS (
    SELECT s.unit_id, s.year, s.pct_of_max, s.final_score, s.max_points, ${SHOWN_RANK} AS rank, ${SHOWN_RANK_OF} AS rank_of,
           CASE WHEN s.published_rank IS NOT NULL THEN 'published' WHEN s.computed_rank IS NOT NULL THEN 'computed' END AS rank_kind
    FROM scores s JOIN index_years y ON y.index_id = s.index_id AND y.year = s.year
    WHERE s.index_id = $index AND s.year IN ($from, $to) AND s.item_code = $total),
  pair AS (
    SELECT u.unit_id, u.name_vi, u.name_en, a.pct_of_max AS from_pct, b.pct_of_max AS to_pct,
           a.final_score AS from_score, b.final_score AS to_score, a.max_points AS from_max, b.max_points AS to_max,
           a.rank_kind AS from_rank_kind, b.rank_kind AS to_rank_kind,
           b.rank, b.rank_of, $from::INTEGER AS prev_year, a.rank AS prev_rank, a.rank_of AS prev_rank_of,
           u.valid_from, ${formedBySql('u.unit_id')} AS formed_by
    FROM (SELECT DISTINCT unit_id FROM t) k
    JOIN units u USING (unit_id)
    LEFT JOIN t a ON a.unit_id = k.unit_id AND a.year = $from
    LEFT JOIN t b ON b.unit_id = k.unit_id AND b.year = $to)
  SELECT *, ${RANK_CHANGE_SQL} AS rank_change, ${RANK_CHANGE_REASON_SQL} AS rank_change_reason
  FROM pair ORDER BY unit_id`;

const DOMAINS = `
  SELECT s.unit_id, s.year, s.item_code, f.name_vi, f.name_en, f.sort_order, s.final_score, s.max_points
  FROM scores s
  JOIN index_years y ON y.index_id = s.index_id AND y.year = s.year
  JOIN framework_items f ON f.framework_id = y.framework_id AND f.item_code = s.item_code
  WHERE s.index_id = $index AND s.year IN ($from, $to) AND s.item_level = 'domain'
  ORDER BY s.unit_id, s.year, f.sort_order`;

const FRAMEWORKS = `
  SELECT (SELECT framework_id FROM index_years WHERE index_id = $index AND year = $from) AS from_framework,
         (SELECT framework_id FROM index_years WHERE index_id = $index AND year = $to) AS to_framework`;

const LINKS = `
  SELECT from_item, to_item, relation, note_vi, note_en FROM crosswalk
  WHERE from_framework = $a AND to_framework = $b ORDER BY to_item NULLS LAST, from_item NULLS FIRST`;

/** Every unit's totals and domains in the years `from` and `to` of the index, and the crosswalk between them. */
export async function rankChangeExplain(db: Db, p: { indexId: string; from: number; to: number }): Promise<ExplainData> {
  const values = { index: p.indexId, from: p.from, to: p.to };
  const [fw] = await db.all<{ from_framework: string | null; to_framework: string | null }>(...named(FRAMEWORKS, values));
  const from_framework = fw?.from_framework ?? null;
  const to_framework = fw?.to_framework ?? null;
  const [totals, domains, links] = await Promise.all([
    db.all<ExplainTotalRow>(...named(TOTALS, { ...values, total: TOTAL_CODE })),
    db.all<ExplainDomainRow>(...named(DOMAINS, values)),
    from_framework !== null && to_framework !== null && from_framework !== to_framework
      ? db.all<ExplainLink>(...named(LINKS, { a: from_framework, b: to_framework }))
      : Promise.resolve([]),
  ]);
  return { from_framework, to_framework, totals, domains, links };
}
