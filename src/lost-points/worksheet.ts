/**
 * The remediation worksheet: the starting point of the improvement plan every head of unit must
 * issue after the appraisal. One row per sub-criterion that lost points (most first), with the
 * council's reason and the unit's explanation, then empty columns for the plan (cause, action,
 * responsible office, deadline, evidence to prepare). Items lost last year and recovered this year
 * follow, marked as recovered. The same table goes to XLSX and CSV.
 */
import type { CellValue } from '../exports/cells.ts';
import type { Sheet } from '../exports/xlsx.ts';
import type { BreakdownRow } from '../queries/lost-breakdown.ts';
import type { Edition } from '../schema/index.ts';
import { leavesOf } from './tree.ts';
import type { YearOverYear, YoyItem } from './year-over-year.ts';

export interface WorksheetInput {
  readonly unitName: string;
  readonly indexName: string;
  readonly year: number;
  readonly isSample: boolean;
  readonly breakdown: readonly BreakdownRow[];
  readonly yoy: YearOverYear;
  /** Where the figures come from (the site's address of the unit's page). */
  readonly source: string;
  /** The edition of the site it is downloaded from, said on the sheet as the pages say it (src/schema/editions.ts). */
  readonly edition: Edition;
}

/** Translated texts; `t` fills `{placeholders}`. Keys are under `worksheet.`. */
export interface WorksheetText {
  t(key: WorksheetKey, params?: Readonly<Record<string, string | number>>): string;
  points(x: number): string;
  pct(x: number): string;
}

export type WorksheetKey =
  | 'worksheet.title'
  | 'worksheet.subtitle'
  | 'worksheet.totals'
  | 'worksheet.source'
  | 'worksheet.sample'
  | 'edition.public'
  | 'edition.internal'
  | 'worksheet.sheet'
  | 'worksheet.col.no'
  | 'worksheet.col.code'
  | 'worksheet.col.item'
  | 'worksheet.col.domain'
  | 'worksheet.col.max'
  | 'worksheet.col.self'
  | 'worksheet.col.r1'
  | 'worksheet.col.final'
  | 'worksheet.col.lost'
  | 'worksheet.col.reason'
  | 'worksheet.col.explanation'
  | 'worksheet.col.vsPrevious'
  | 'worksheet.col.vsNone'
  | 'worksheet.col.cause'
  | 'worksheet.col.action'
  | 'worksheet.col.owner'
  | 'worksheet.col.deadline'
  | 'worksheet.col.evidence'
  | 'worksheet.col.edition'
  | 'worksheet.status.new'
  | 'worksheet.status.again'
  | 'worksheet.status.recovered'
  | 'worksheet.status.newItem';

const COLUMNS = [
  ['worksheet.col.no', 5],
  ['worksheet.col.code', 9],
  ['worksheet.col.item', 42],
  ['worksheet.col.domain', 24],
  ['worksheet.col.max', 8],
  ['worksheet.col.self', 8],
  ['worksheet.col.r1', 9],
  ['worksheet.col.final', 8],
  ['worksheet.col.lost', 8],
  ['worksheet.col.reason', 42],
  ['worksheet.col.explanation', 36],
  ['worksheet.col.vsPrevious', 22],
  ['worksheet.col.cause', 30],
  ['worksheet.col.action', 36],
  ['worksheet.col.owner', 22],
  ['worksheet.col.deadline', 12],
  ['worksheet.col.evidence', 30],
] as const satisfies readonly (readonly [WorksheetKey, number])[];

/** Columns whose text wraps: the item, domain, reason, explanation and the plan's columns. */
const WRAP = new Set([2, 3, 9, 10, 11, 12, 13, 14, 16]);

function statusText(item: YoyItem | undefined, prevYear: number | null, x: WorksheetText): string | null {
  if (item === undefined || prevYear === null) return null;
  switch (item.status) {
    case 'new':
      return x.t('worksheet.status.new', { year: prevYear });
    case 'again':
      return x.t('worksheet.status.again', { years: item.streak });
    case 'recovered':
      return x.t('worksheet.status.recovered', { year: prevYear, lost: x.points(item.prevLost ?? 0) });
    case 'not_comparable':
      return x.t('worksheet.status.newItem');
    default:
      return null;
  }
}

/** The rows of the plan: lost items by points lost, then last year's losses recovered this year. */
export function worksheetItems(input: WorksheetInput): { item: BreakdownRow; recovered: boolean }[] {
  const leaves = leavesOf(input.breakdown).filter((r) => r.applicable);
  const lost = leaves
    .filter((r) => (r.lost_points ?? 0) > 0)
    .sort(
      (a, b) =>
        (b.lost_points ?? 0) - (a.lost_points ?? 0) ||
        a.tree_order.join('.').localeCompare(b.tree_order.join('.'), 'en', { numeric: true }),
    );
  const recovered = leaves.filter((r) => input.yoy.items.get(r.item_code)?.status === 'recovered');
  return [...lost.map((item) => ({ item, recovered: false })), ...recovered.map((item) => ({ item, recovered: true }))];
}

/** The worksheet as a sheet (title, header, rows) in the language of `text`. */
export function worksheetSheet(
  input: WorksheetInput,
  text: WorksheetText,
  nameOf: (r: { name_vi: string; name_en: string }) => string,
): Sheet {
  const total = input.breakdown.find((r) => r.item_level === 'total');
  const domains = new Map(input.breakdown.filter((r) => r.item_level === 'domain').map((r) => [r.item_code, nameOf(r)]));
  const prev = input.yoy.previousYear;
  const header: string[] = COLUMNS.map(([key]) => text.t(key, { year: prev ?? '' }));
  if (prev === null) header[11] = text.t('worksheet.col.vsNone');
  const rows = worksheetItems(input).map(({ item }, i): CellValue[] => [
    i + 1,
    item.item_code,
    nameOf(item),
    (item.domain_code && domains.get(item.domain_code)) ?? null,
    item.max_points,
    item.self_score,
    item.appraisal_r1,
    item.final_score,
    item.lost_points,
    item.reason_vi,
    item.explanation_vi,
    statusText(input.yoy.items.get(item.item_code), prev, text),
    null,
    null,
    // The responsible office, pre-filled from the owners of the framework's items where they are known.
    item.owner_name_vi === null ? null : nameOf({ name_vi: item.owner_name_vi, name_en: item.owner_name_en ?? item.owner_name_vi }),
    null,
    null,
  ]);
  const title = [
    text.t('worksheet.title'),
    text.t('worksheet.subtitle', { unit: input.unitName, index: input.indexName, year: input.year }),
    text.t('worksheet.totals', {
      final: text.points(total?.final_score ?? 0),
      max: text.points(total?.max_points ?? 0),
      pct: text.pct(total?.pct_of_max ?? 0),
      lost: text.points(total?.lost_points ?? 0),
    }),
    text.t('worksheet.source', { source: input.source }),
    ...(input.isSample ? [text.t('worksheet.sample')] : []),
    text.t(input.edition === 'public' ? 'edition.public' : 'edition.internal'),
  ];
  return { name: text.t('worksheet.sheet'), title, header, rows, widths: COLUMNS.map(([, w]) => w), wrap: WRAP };
}

/**
 * The same table for CSV: the header and rows only (a title above a CSV header breaks machine reading),
 * with the edition (`edition`, as the pages say it) in a last column of its own, so a CSV that travels
 * alone still says which edition it comes from, as the sheet's title does.
 */
export function worksheetCsvRows(sheet: Sheet, edition: { header: string; value: string }): CellValue[][] {
  return [[...sheet.header, edition.header], ...sheet.rows.map((r) => [...r, edition.value])];
}
