/**
 * An owner's page (the office or department that answers for items): in its latest year, each item's
 * targets met and missed across units, the units short of their target, the items where units lost
 * most with the reason given most often, and the same count of targets met over the years. Rows come
 * from src/queries/owner-targets.ts; this module only turns them into HTML.
 */
import type { Db } from '../db/types.ts';
import { formatNumber, formatSigned } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { nameOf } from '../i18n/names.ts';
import { translator } from '../i18n/translate.ts';
import { ownerLosses, ownerRanks, ownerTargets, type OwnerRankRow, type OwnerTargetRow } from '../queries/owner-targets.ts';
import type { OwnerSummary } from '../queries/owners.ts';
import { cell, esc, table } from '../tables/html.ts';
import { allHtml, unitCell } from './owner-all.ts';
import { groupBy } from '../charts/series.ts';

export interface OwnerView {
  year: number | null;
  /** Per item: targets met, missed and unknown. */
  itemsTable: string;
  /** The province's notes on its explicit targets, once each. */
  targetNotes: string;
  /** Every unit × item of the year: this year's and last year's points, the target, met or not, points lost. */
  allTable: string;
  allCount: number;
  /** Units short of their target, largest gap first; '' when none. */
  shortTable: string;
  shortCount: number;
  lossesTable: string;
  yearsTable: string;
  /** Each unit's overall rank and its ranks on the owner's items against a year earlier; '' without ranks. */
  ranksTable: string;
}

interface Tally {
  met: number;
  missed: number;
  unknown: number;
  lost: number;
}

function tally(rows: readonly OwnerTargetRow[]): Tally {
  const t: Tally = { met: 0, missed: 0, unknown: 0, lost: 0 };
  for (const r of rows) {
    if (!r.applicable) continue;
    if (r.met === true) t.met++;
    else if (r.met === false) t.missed++;
    else t.unknown++;
    t.lost += r.lost_points ?? 0;
  }
  return t;
}

/**
 * An owner's targets of one year, asked once per database: every owner page lists every year's counts,
 * and each page is drawn in two languages, so the build would otherwise repeat the same query ~10 times.
 */
const targetsCache = new WeakMap<Db, Map<string, Promise<OwnerTargetRow[]>>>();
function targetsOf(db: Db, p: { indexId: string; ownerId: string; year: number }): Promise<OwnerTargetRow[]> {
  const cache = targetsCache.get(db) ?? new Map<string, Promise<OwnerTargetRow[]>>();
  targetsCache.set(db, cache);
  const key = `${p.indexId}|${p.ownerId}|${p.year}`;
  let found = cache.get(key);
  if (!found) {
    found = ownerTargets(db, p);
    cache.set(key, found);
  }
  return found;
}

/** The owner's tables for a year (by default its latest with scores). */
export async function ownerView(db: Db, locale: Locale, owner: OwnerSummary, chosen?: number): Promise<OwnerView> {
  const k = translator(locale);
  const pts = (x: number | null) => formatNumber(locale, x, 2);
  const year = chosen ?? owner.years.at(-1) ?? null;
  const empty: OwnerView = {
    year,
    allTable: '',
    allCount: 0,
    itemsTable: '',
    targetNotes: '',
    shortTable: '',
    shortCount: 0,
    lossesTable: '',
    yearsTable: '',
    ranksTable: '',
  };
  if (year === null) return empty;
  const base = { indexId: owner.index_id, ownerId: owner.owner_id };
  const rows = await targetsOf(db, { ...base, year });
  const itemName = (r: { item_code: string; item_name_vi: string; item_name_en: string }) =>
    `${esc(r.item_code)} ${esc(nameOf(locale, { name_vi: r.item_name_vi, name_en: r.item_name_en }))}`;

  const byItem = groupBy(rows, (r) => r.item_code);
  const itemRows = [...byItem.values()].map((items) => {
    const t = tally(items);
    const kinds = new Set(items.map((r) => r.target_kind).filter((x) => x !== null));
    const basis = kinds.has('explicit')
      ? k('owner.basis.explicit')
      : kinds.has('last_year')
        ? k('owner.basis.lastYear', { year: year - 1 })
        : k('owner.basis.none');
    return [
      cell(itemName(items[0]!), { header: true }),
      cell(formatNumber(locale, t.met), { num: true }),
      cell(formatNumber(locale, t.missed), { num: true }),
      cell(formatNumber(locale, t.unknown), { num: true }),
      cell(pts(t.lost), { num: true }),
      cell(esc(basis)),
    ];
  });
  const itemsTable = table(
    k('owner.itemsCaption', { year }),
    [
      { label: k('owner.col.item') },
      { label: k('owner.col.met'), num: true },
      { label: k('owner.col.missed'), num: true },
      { label: k('owner.col.unknown'), num: true },
      { label: k('owner.col.lost'), num: true },
      { label: k('owner.col.basis') },
    ],
    itemRows,
    'class="owner-table"',
  );
  // The province's notes on its targets, once each (Vietnamese, as written).
  const notes = [...new Set(rows.flatMap((r) => (r.target_kind === 'explicit' && r.target_note_vi ? [r.target_note_vi] : [])))];
  const targetNotes = notes.map((n) => `<p class="note">${esc(k('owner.targetNote'))} <span lang="vi">${esc(n)}</span></p>`).join('');

  const short = rows.filter((r) => r.met === false).sort((a, b) => (a.vs_target ?? 0) - (b.vs_target ?? 0));
  const shortTable =
    short.length === 0
      ? ''
      : table(
          k('owner.shortCaption', { year }),
          [
            { label: k('table.unit') },
            { label: k('owner.col.item') },
            { label: k('owner.col.points'), num: true },
            { label: k('owner.col.target'), num: true },
            { label: k('owner.col.gap'), num: true },
          ],
          short.map((r) => [
            unitCell(locale, r),
            // The code only: the page lists the owner's items by name above, and phones have no room to repeat them.
            cell(`<abbr title="${esc(nameOf(locale, { name_vi: r.item_name_vi, name_en: r.item_name_en }))}">${esc(r.item_code)}</abbr>`),
            cell(pts(r.points), { num: true }),
            cell(pts(r.target_points), { num: true }),
            cell(formatSigned(locale, r.vs_target, 2), { num: true }),
          ]),
          'class="owner-table"',
        );

  const losses = await ownerLosses(db, { ...base, year, limit: 10 });
  const lang = locale === 'vi' ? '' : ' lang="vi"';
  const lossesTable =
    losses.length === 0
      ? ''
      : table(
          k('owner.lossesCaption', { year }),
          [
            { label: k('owner.col.item') },
            { label: k('owner.col.unitsLost'), num: true },
            { label: k('owner.col.lost'), num: true },
            { label: k('owner.col.reason') },
          ],
          losses.map((l) => [
            cell(
              `${esc(l.item_code)} ${esc(nameOf(locale, l))}${l.kind === 'survey' ? ` <span class="badge">${esc(k('owner.survey'))}</span>` : ''}`,
              { header: true },
            ),
            cell(k('owner.unitsOf', { n: formatNumber(locale, l.units_lost), of: formatNumber(locale, l.units_scored) }), { num: true }),
            cell(pts(l.lost_total), { num: true }),
            cell(
              l.top_reason_vi === null
                ? '–'
                : `<span${lang}>${esc(l.top_reason_vi)}</span> (${esc(k('owner.reasonUnits', { n: formatNumber(locale, l.top_reason_units) }))})`,
            ),
          ]),
          'class="owner-table owner-losses"',
        );

  const yearRows: string[][] = [];
  for (const y of [...owner.years].reverse()) {
    const t = tally(y === year ? rows : await targetsOf(db, { ...base, year: y }));
    yearRows.push([
      cell(String(y), { header: true }),
      cell(formatNumber(locale, t.met), { num: true }),
      cell(formatNumber(locale, t.missed), { num: true }),
      cell(formatNumber(locale, t.unknown), { num: true }),
      cell(pts(t.lost), { num: true }),
    ]);
  }
  const yearsTable = table(
    k('owner.yearsCaption'),
    [
      { label: k('owner.col.year') },
      { label: k('owner.col.met'), num: true },
      { label: k('owner.col.missed'), num: true },
      { label: k('owner.col.unknown'), num: true },
      { label: k('owner.col.lost'), num: true },
    ],
    yearRows,
  );
  const ranksTable = ranksHtml(locale, year, await ownerRanks(db, { ...base, year }), owner);
  return {
    year,
    allTable: allHtml(locale, year, rows),
    allCount: rows.length,
    itemsTable,
    targetNotes,
    shortTable,
    shortCount: short.length,
    lossesTable,
    yearsTable,
    ranksTable,
  };
}

/** "5 (+2)": the rank and its change since last year (up is positive); "–" where unranked. */
function rankCell(locale: Locale, r: OwnerRankRow | undefined): string {
  if (!r || r.rank === null) return cell('–', { num: true });
  const change =
    r.rank_change === null
      ? ''
      : ` <span class="${r.rank_change > 0 ? 'up' : r.rank_change < 0 ? 'down' : ''}">(${esc(formatSigned(locale, r.rank_change))})</span>`;
  return cell(`${esc(formatNumber(locale, r.rank))}${change}`, { num: true, sortValue: r.rank });
}

/** One row per ranked unit, best overall rank first; one column per item the owner answers for. */
function ranksHtml(locale: Locale, year: number, rows: readonly OwnerRankRow[], owner: OwnerSummary): string {
  const k = translator(locale);
  const codes = [...new Set(rows.filter((r) => r.item_code !== 'TOTAL').map((r) => r.item_code))];
  if (codes.length === 0) return '';
  const byUnit = groupBy(rows, (r) => r.unit_id);
  const units = [...byUnit.values()].sort(
    (a, b) => (a.find((r) => r.item_code === 'TOTAL')?.rank ?? Infinity) - (b.find((r) => r.item_code === 'TOTAL')?.rank ?? Infinity),
  );
  const names = new Map(owner.items.map((i) => [i.item_code, nameOf(locale, i)]));
  return table(
    k('owner.ranksCaption', { from: year - 1, to: year }),
    [
      { label: k('table.unit') },
      { label: k('owner.col.totalRank'), num: true },
      ...codes.map((c) => ({ label: names.has(c) ? `${c} ${names.get(c)}` : c, num: true })),
    ],
    units.map((unit) => {
      const first = unit[0]!;
      return [
        unitCell(locale, first),
        rankCell(
          locale,
          unit.find((r) => r.item_code === 'TOTAL'),
        ),
        ...codes.map((c) =>
          rankCell(
            locale,
            unit.find((r) => r.item_code === c),
          ),
        ),
      ];
    }),
    'class="owner-ranks"',
  );
}
