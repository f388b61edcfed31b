/**
 * The round-2 appendix in the layout of the letter that asks for it (seeds/003: "Phụ lục tổng hợp các tiêu
 * chí/tiêu chí thành phần giải trình, bổ sung tài liệu kiểm chứng"): one row per sub-criterion the council
 * scored below the self-assessment in round 1, with the reason, then the unit's explanation and proposed
 * score where the data has them, else empty cells to fill in; a totals row. XLSX only: it is a form.
 */
import type { CellValue } from '../exports/cells.ts';
import type { Sheet } from '../exports/xlsx.ts';
import type { BreakdownRow } from '../queries/lost-breakdown.ts';
import { appendixItems } from './round-two.ts';

export interface AppendixInput {
  readonly unitName: string;
  readonly indexName: string;
  readonly year: number;
  readonly isSample: boolean;
  readonly breakdown: readonly BreakdownRow[];
  /** Where the figures come from (the site's address of the unit's page). */
  readonly source: string;
}

export type AppendixKey =
  | 'appendix.title'
  | 'appendix.heading'
  | 'appendix.subtitle'
  | 'appendix.source'
  | 'appendix.none'
  | 'appendix.sheet'
  | 'appendix.total'
  | 'appendix.col.no'
  | 'appendix.col.item'
  | 'appendix.col.self'
  | 'appendix.col.r1'
  | 'appendix.col.reason'
  | 'appendix.col.explanation'
  | 'appendix.col.proposed'
  | 'worksheet.sample';

/** Translated texts; `t` fills `{placeholders}`. */
export interface AppendixText {
  t(key: AppendixKey, params?: Readonly<Record<string, string | number>>): string;
}

const COLUMNS = [
  ['appendix.col.no', 5],
  ['appendix.col.item', 48],
  ['appendix.col.self', 10],
  ['appendix.col.r1', 10],
  ['appendix.col.reason', 40],
  ['appendix.col.explanation', 48],
  ['appendix.col.proposed', 12],
] as const satisfies readonly (readonly [AppendixKey, number])[];

/** The item, the reason and the explanation wrap. */
const WRAP = new Set([1, 4, 5]);

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Sum of the non-null values; null when there is none (an empty cell, never 0). */
function total(values: readonly (number | null)[]): number | null {
  const given = values.filter((v): v is number => v !== null);
  return given.length === 0 ? null : round6(given.reduce((s, v) => s + v, 0));
}

/** The appendix as a sheet (title block, the letter's header, rows, totals) in the language of `text`. */
export function appendixSheet(input: AppendixInput, text: AppendixText, nameOf: (r: BreakdownRow) => string): Sheet {
  const items = appendixItems(input.breakdown);
  const rows = items.map((r, i): CellValue[] => [
    i + 1,
    `${r.item_code} ${nameOf(r)}`,
    r.self_score,
    r.appraisal_r1,
    r.reason_vi,
    r.explanation_vi,
    r.explanation_vi === null ? null : r.proposed_score,
  ]);
  const totals: CellValue[] = [
    null,
    text.t('appendix.total'),
    total(items.map((r) => r.self_score)),
    total(items.map((r) => r.appraisal_r1)),
    null,
    null,
    total(items.map((r) => (r.explanation_vi === null ? null : r.proposed_score))),
  ];
  const title = [
    text.t('appendix.title'),
    text.t('appendix.heading'),
    text.t('appendix.subtitle', { unit: input.unitName, index: input.indexName, year: input.year }),
    text.t('appendix.source', { source: input.source }),
    ...(items.length === 0 ? [text.t('appendix.none', { year: input.year })] : []),
    ...(input.isSample ? [text.t('worksheet.sample')] : []),
  ];
  return {
    name: text.t('appendix.sheet'),
    title,
    header: COLUMNS.map(([key]) => text.t(key)),
    rows: [...rows, totals],
    widths: COLUMNS.map(([, w]) => w),
    wrap: WRAP,
  };
}
