/** The ranking table: rank, unit, score %, change in rank and score, group. Same HTML at build time and in the browser. */
import type { Locale } from '../i18n/locales.ts';
import { nameOf } from '../i18n/names.ts';
import { gradeOf, type GradeThresholds } from '../ranking/grades.ts';
import { cell, esc, table } from './html.ts';

export interface RankingTableRow {
  unit_id: string;
  name_vi: string;
  name_en: string | null;
  rank: number | null;
  rank_of: number | null;
  score_pct: number | null;
  rank_change: number | null;
  score_change: number | null;
  /** Pages the figure was read from; the table links the first. */
  source_urls: readonly string[];
}

export interface RankingTableOptions<T extends RankingTableRow = RankingTableRow> {
  locale: Locale;
  /** The groups of the index, year and item the rows rank; null where none were published (no letter). */
  grades: GradeThresholds | null;
  caption: string;
  labels: { rank: string; unit: string; score: string; rankChange: string; scoreChange: string; group: string; source: string };
  format: { pct(x: number): string; signed(x: number, digits?: number): string; int(x: number): string };
  unitHref(unitId: string): string;
  /** Show a source link per row (published data). */
  showSource: boolean;
  /** The current order, marked with aria-sort on its column (the explorer makes headers sort buttons). */
  sort?: string;
  /** Why a row's change in rank is not shown, in a few words ('' for none): the rule's words (views/rank-change-text.ts). */
  rankChangeNote?(row: T): string;
  /** Sentences under the table: what the changes compare, and how many the rule does not show. */
  note?: string;
}

const dash = '<span aria-label="—">–</span>';

function change(value: number | null, text: (x: number) => string, why = ''): string {
  if (value === null || value === undefined) return why === '' ? dash : `<span class="why">${esc(why)}</span>`;
  const cls = value > 0 ? 'up' : value < 0 ? 'down' : '';
  return `<span class="${cls}">${esc(text(value))}</span>`;
}

/** HTML of the ranking table; missing values show as a dash, never as 0. */
export function rankingTable<T extends RankingTableRow>(rows: readonly T[], o: RankingTableOptions<T>): string {
  const sorted = (key: string) => ({ sortKey: key, ...(o.sort === key ? { ariaSort: key === 'rank' ? 'ascending' : 'descending' } : {}) });
  const headers = [
    { label: o.labels.rank, num: true, ...sorted('rank') },
    { label: o.labels.unit },
    { label: o.labels.score, num: true, ...sorted('score') },
    { label: o.labels.rankChange, num: true, ...sorted('rankChange') },
    { label: o.labels.scoreChange, num: true, ...sorted('scoreChange') },
    { label: o.labels.group },
    ...(o.showSource ? [{ label: o.labels.source }] : []),
  ];
  const body = rows.map((r) => {
    const name = nameOf(o.locale, r);
    const grade = gradeOf(r.score_pct, o.grades);
    const source = r.source_urls[0];
    return [
      cell(r.rank === null ? dash : esc(o.format.int(r.rank)), { num: true, sortValue: r.rank }),
      cell(`<a href="${esc(o.unitHref(r.unit_id))}">${esc(name)}</a>`, { header: true, sortValue: name }),
      cell(r.score_pct === null ? dash : esc(o.format.pct(r.score_pct)), { num: true, sortValue: r.score_pct }),
      cell(
        change(r.rank_change, (x) => o.format.signed(x, 0), o.rankChangeNote?.(r)),
        { num: true, sortValue: r.rank_change },
      ),
      cell(
        change(r.score_change, (x) => o.format.signed(x, 2)),
        { num: true, sortValue: r.score_change },
      ),
      cell(grade ? `<span class="grade">${grade}</span>` : dash),
      ...(o.showSource ? [cell(source ? `<a href="${esc(source)}" rel="external noreferrer">${esc(o.labels.source)}</a>` : dash)] : []),
    ];
  });
  const note = o.note ? `<p class="note" data-rank-change-note>${esc(o.note)}</p>` : '';
  return table(o.caption, headers, body, 'data-ranking-table') + note;
}
