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
  index_id: req,
  name_vi: req,
  name_en: req,
  publisher_vi: req,
  publisher_en: req,
  unit_level: req,
  scope_unit_id: opt,
  sort_order: req,
};

export const INDEX_YEARS_HEADER: HeaderSpec = {
  index_id: req,
  year: req,
  framework_id: req,
  decision_vi: opt,
  source_url: opt,
  units_ranked: opt,
};

export const GRADE_THRESHOLDS_HEADER: HeaderSpec = {
  index_id: req,
  year: req,
  item_code: opt,
  A: req,
  B: req,
  C: req,
  source: req,
};

export const UNITS_HEADER: HeaderSpec = {
  unit_id: req,
  name_vi: req,
  name_en: opt,
  level: req,
  parent_id: opt,
  valid_from: opt,
  valid_to: opt,
  aliases: opt,
};

export const LINEAGE_HEADER: HeaderSpec = {
  from_unit_id: req,
  to_unit_id: req,
  effective_date: req,
  event: req,
  source_vi: opt,
};

export const FRAMEWORK_HEADER: HeaderSpec = {
  item_code: req,
  parent_code: req,
  item_level: req,
  name_vi: req,
  name_en: req,
  max_points: req,
  kind: req,
  aliases: opt,
};

export const RANKING_HEADER: HeaderSpec = {
  year: req,
  unit_name: req,
  unit_level: opt,
  score_pct: req,
  rank: req,
  rank_of: opt,
  source_url: opt,
};

export const DOMAINS_HEADER: HeaderSpec = {
  year: req,
  unit_name: req,
  domain_name_vi: req,
  score: req,
  max_score: req,
  score_pct: req,
  rank_in_domain: opt,
  source_url: opt,
};

export const AGGREGATES_HEADER: HeaderSpec = {
  year: req,
  scope: req,
  metric: req,
  value: req,
  unit: req,
  source_url: req,
  note: opt,
};

/**
 * The Vietnamese header of each scores-detail column, as scoring-software exports write it
 * (data/README.md): the build accepts it, and the sample generator writes it.
 */
export const DETAIL_HEADER_VI = {
  year: 'Năm',
  unit_name: 'Đơn vị',
  item_code: 'Mã tiêu chí',
  item_name: 'Tiêu chí',
  max_points: 'Điểm tối đa',
  applicable: 'Áp dụng',
  self_score: 'Điểm tự chấm',
  appraisal_r1: 'Điểm thẩm định lần 1',
  final_score: 'Điểm thẩm định',
  reason: 'Lý do trừ điểm',
  explanation: 'Giải trình',
  proposed_score: 'Điểm đề nghị điều chỉnh',
  source_url: 'Nguồn',
} as const;

export type DetailColumn = keyof typeof DETAIL_HEADER_VI;

/** A scores-detail column: its Vietnamese header, then other spellings exports use. */
const detail = (column: DetailColumn, required: boolean, ...others: string[]): HeaderColumn => ({
  required,
  aliases: [DETAIL_HEADER_VI[column], ...others],
});

/** scores-detail: one row per unit and item, English or Vietnamese headers (data/README.md). */
export const DETAIL_HEADER: HeaderSpec = {
  year: detail('year', true),
  unit_name: detail('unit_name', true, 'Tên đơn vị'),
  item_code: detail('item_code', true, 'Mã'),
  item_name: detail('item_name', false, 'Tên tiêu chí'),
  max_points: detail('max_points', false),
  applicable: detail('applicable', false),
  self_score: detail('self_score', false, 'Điểm tự đánh giá'),
  appraisal_r1: detail('appraisal_r1', false),
  final_score: detail('final_score', true, 'Điểm thẩm định lần 2', 'Điểm đạt được'),
  reason: detail('reason', false),
  explanation: detail('explanation', false),
  // The round-2 appendix's column (seeds/003); headers are compared with their diacritics, so the plain spelling is listed too.
  proposed_score: detail(
    'proposed_score',
    false,
    'Điểm đề nghị',
    'diem de nghi dieu chinh',
    'diem de nghi',
    'Proposed score',
    'Proposed adjusted score',
  ),
  source_url: detail('source_url', false),
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
/** Columns any table may have and the build never reads: row numbers and notes. */
const IGNORED_COLUMNS: ReadonlySet<string> = new Set(
  ['STT', 'TT', 'Số thứ tự', 'So thu tu', 'Ghi chú', 'Ghi chu', 'Note', 'Notes'].map(foldName),
);

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
    if (name === undefined) {
      // A column the build does not read would be dropped without a word (a renamed "Điểm tự chấm" loses every
      // self-assessed score). Row numbers and notes ("STT", "Ghi chú") and empty header cells (Excel's trailing
      // columns) are left alone.
      if (text !== '' && !IGNORED_COLUMNS.has(foldName(text)))
        problems.push({
          column: text,
          value: text,
          why: `unknown column: the build would not read it (expected ${Object.keys(spec).join(', ')})`,
        });
      return;
    }
    if (name in index) problems.push({ column: text, value: text, why: `duplicate column (also "${header[name]}")` });
    else {
      index[name] = i;
      header[name] = text;
    }
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

/**
 * Score files must hold rows: a header alone is most likely a file cut short or exported empty, and would
 * silently drop every figure it should carry. Reference files (lineage, thresholds…) may be empty.
 */
export const ROWS_REQUIRED: ReadonlySet<HeaderSpec> = new Set([RANKING_HEADER, DOMAINS_HEADER, DETAIL_HEADER]);
