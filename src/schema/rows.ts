/**
 * Typed rows of each table, as the data build writes them (INTEGER → number, VARCHAR[] → string[],
 * DATE → "YYYY-MM-DD"). Read back, a DATE does not arrive as that string (DuckDB in Node gives a JS
 * Date, DuckDB-WASM an Arrow date), so a query that returns a date formats it itself with strftime,
 * as queries/unit-lineage.ts does.
 */
import type { CrosswalkRelation, ItemKind, ItemLevel, LineageEvent, OwnerKind, UnitLevel } from './vocabulary.ts';

export interface IndexRow {
  index_id: string;
  name_vi: string;
  name_en: string;
  publisher_vi: string;
  publisher_en: string;
  unit_level: UnitLevel;
  scope_unit_id: string | null;
  is_sample: boolean;
  sort_order: number;
}

export interface IndexYearRow {
  index_id: string;
  year: number;
  framework_id: string;
  decision_vi: string | null;
  source_url: string | null;
  units_ranked: number | null;
  units_in_data: number;
  is_partial: boolean;
}

export interface GradeThresholdRow {
  index_id: string;
  year: number;
  item_code: string;
  a_min_pct: number;
  b_min_pct: number;
  c_min_pct: number;
  source: string;
}

export interface UnitRow {
  unit_id: string;
  name_vi: string;
  name_en: string | null;
  level: UnitLevel;
  parent_id: string | null;
  valid_from: number | null;
  valid_to: number | null;
  aliases: string[];
  is_sample: boolean;
}

export interface LineageRow {
  from_unit_id: string;
  to_unit_id: string;
  effective_date: string;
  event: LineageEvent;
  source_vi: string | null;
}

export interface FrameworkItemRow {
  framework_id: string;
  item_code: string;
  parent_code: string | null;
  item_level: ItemLevel;
  name_vi: string;
  name_en: string;
  max_points: number | null;
  kind: ItemKind;
  domain_code: string | null;
  sort_order: number;
}

export interface ScoreRow {
  index_id: string;
  year: number;
  unit_id: string;
  item_code: string;
  item_level: ItemLevel;
  domain_code: string | null;
  applicable: boolean;
  max_points: number | null;
  self_score: number | null;
  appraisal_r1: number | null;
  proposed_score: number | null;
  appraisal_final: number | null;
  final_score: number | null;
  lost_points: number | null;
  pct_of_max: number | null;
  reason_vi: string | null;
  explanation_vi: string | null;
  reason_category: string | null;
  published_rank: number | null;
  published_rank_of: number | null;
  computed_rank: number | null;
  computed_rank_of: number | null;
  source_urls: string[];
  source_file: string;
  is_sample: boolean;
}

export interface ReasonCategoryRow {
  category_id: string;
  name_vi: string;
  name_en: string;
  sort_order: number;
  patterns: string[];
}

export interface CrosswalkRow {
  from_framework: string;
  from_item: string | null;
  to_framework: string;
  to_item: string | null;
  relation: CrosswalkRelation;
  note_vi: string | null;
  note_en: string | null;
}

export interface OwnerRow {
  index_id: string;
  owner_id: string;
  name_vi: string;
  name_en: string;
  kind: OwnerKind;
  note_vi: string | null;
  sort_order: number;
}

export interface ItemOwnerRow {
  index_id: string;
  framework_id: string;
  item_code: string;
  owner_id: string;
  is_inherited: boolean;
}

export interface TargetRow {
  index_id: string;
  year: number;
  unit_id: string | null;
  item_code: string;
  target_points: number;
  note_vi: string | null;
}
