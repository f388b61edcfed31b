/**
 * The header of every input format: canonical column names, which are required, and the other
 * ways files write them (the Vietnamese headers of scoring-software exports).
 */
import { foldName, normText } from './normalise.ts';

/** One column of an input format. */
export interface HeaderColumn {
  required: boolean;
  /** Other headers accepted for the column (matched after NFC, case- and space-folding). */
  aliases?: readonly string[];
}

export type HeaderSpec = Readonly<Record<string, HeaderColumn>>;

const req: HeaderColumn = { required: true };
const opt: HeaderColumn = { required: false };

export const INDICES_HEADER: HeaderSpec = {
  index_id: req, name_vi: req, name_en: req, publisher_vi: req, publisher_en: req, unit_level: req,
  scope_unit_id: opt, sort_order: req,
};

export const INDEX_YEARS_HEADER: HeaderSpec = {
  index_id: req, year: req, framework_id: req, decision_vi: opt, source_url: opt, units_ranked: opt,
};

export const UNITS_HEADER: HeaderSpec = {
  unit_id: req, name_vi: req, name_en: opt, level: req, parent_id: opt, valid_from: opt, valid_to: opt, aliases: opt,
};

export const LINEAGE_HEADER: HeaderSpec = {
  from_unit_id: req, to_unit_id: req, effective_date: req, event: req, source_vi: opt,
};

export const FRAMEWORK_HEADER: HeaderSpec = {
  item_code: req, parent_code: req, item_level: req, name_vi: req, name_en: req, max_points: req, kind: req, aliases: opt,
};

export const RANKING_HEADER: HeaderSpec = {
  year: req, unit_name: req, unit_level: opt, score_pct: req, rank: req, rank_of: opt, source_url: opt,
};

export const DOMAINS_HEADER: HeaderSpec = {
  year: req, unit_name: req, domain_name_vi: req, score: req, max_score: req, score_pct: req,
  rank_in_domain: opt, source_url: opt,
};

export const AGGREGATES_HEADER: HeaderSpec = {
  year: req, scope: req, metric: req, value: req, unit: req, source_url: req, note: opt,
};

/** scores-detail: one row per unit and item, English or Vietnamese headers (data/README.md). */
export const DETAIL_HEADER: HeaderSpec = {
  year: { required: true, aliases: ['Năm'] },
  unit_name: { required: true, aliases: ['Đơn vị', 'Tên đơn vị'] },
  item_code: { required: true, aliases: ['Mã tiêu chí', 'Mã'] },
  item_name: { required: false, aliases: ['Tiêu chí', 'Tên tiêu chí'] },
  max_points: { required: false, aliases: ['Điểm tối đa'] },
  applicable: { required: false, aliases: ['Áp dụng'] },
  self_score: { required: false, aliases: ['Điểm tự chấm', 'Điểm tự đánh giá'] },
  appraisal_r1: { required: false, aliases: ['Điểm thẩm định lần 1'] },
  final_score: { required: true, aliases: ['Điểm thẩm định', 'Điểm thẩm định lần 2', 'Điểm đạt được'] },
  reason: { required: false, aliases: ['Lý do trừ điểm'] },
  explanation: { required: false, aliases: ['Giải trình'] },
  source_url: { required: false, aliases: ['Nguồn'] },
};

/** Where each canonical column sits in a file, and how the file's header writes it. */
export interface ColumnMap {
  index: Readonly<Record<string, number>>;
  /** The header as written in the file (for error messages). */
  header: Readonly<Record<string, string>>;
}

/** A header problem: the column (canonical or as written) and why. */
export interface HeaderProblem {
  column: string;
  value: string;
  why: string;
}

/** Maps a file's header cells to canonical columns; unknown headers are ignored. */
export function mapHeader(cells: readonly string[], spec: HeaderSpec): { map: ColumnMap; problems: HeaderProblem[] } {
  const lookup = new Map<string, string>();
  for (const [name, col] of Object.entries(spec)) {
    for (const h of [name, ...(col.aliases ?? [])]) lookup.set(foldName(h), name);
  }
  const index: Record<string, number> = {};
  const header: Record<string, string> = {};
  const problems: HeaderProblem[] = [];
  cells.forEach((cell, i) => {
    const text = normText(cell) ?? '';
    const name = lookup.get(foldName(text));
    if (name === undefined) return;
    if (name in index) problems.push({ column: text, value: text, why: `duplicate column (also "${header[name]}")` });
    else { index[name] = i; header[name] = text; }
  });
  for (const [name, col] of Object.entries(spec)) {
    if (col.required && !(name in index)) problems.push({ column: name, value: '(missing)', why: missingWhy(name, col) });
  }
  return { map: { index, header }, problems };
}

function missingWhy(name: string, col: HeaderColumn): string {
  const others = (col.aliases ?? []).map((a) => ` or "${a}"`).join('');
  return `missing required column "${name}"${others}`;
}
