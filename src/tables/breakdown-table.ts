/**
 * A unit's lost-points breakdown as HTML that works without JavaScript: one `<details>` per domain
 * and per criterion (open where points were lost), each criterion's sub-criteria in a table sorted by
 * points lost. N/A items say so and never show 0 or a loss. The same HTML at build time and in the browser.
 */
import type { PeerView } from '../lost-points/peer-status.ts';
import type { YoyItem } from '../lost-points/year-over-year.ts';
import type { BreakdownRow } from '../queries/lost-breakdown.ts';
import { esc } from './html.ts';

/** Texts and formats of the page's locale. */
export interface BreakdownText {
  name(row: BreakdownRow): string;
  points(x: number | null): string;
  pct(x: number | null): string;
  /** Column headers and fixed texts, already translated. */
  labels: {
    item: string;
    max: string;
    self: string;
    r1: string;
    final: string;
    lost: string;
    pct: string;
    vsPrevious: string;
    peers: string;
    reason: string;
    na: string;
    naLong: string;
    explanation: string;
    noLoss: string;
    /** The tag of survey-scored items ("điều tra XHH"): a different kind of points from appraised ones. */
    survey: string;
  };
  domainSummary(lost: string, max: string): string;
  /** "Lead: Phòng Nội vụ" for an item's owner in the page's language. */
  owner(row: BreakdownRow): string;
  recovered(points: string): string;
  status(item: YoyItem): string | null;
  peers(view: PeerView): { text: string; best: string | null };
}

export interface BreakdownContext {
  /** Year-over-year status by item code; empty when there is no previous year. */
  yoy: ReadonlyMap<string, YoyItem>;
  peers: ReadonlyMap<string, PeerView>;
  /** Show the year-over-year column (false when the unit has no previous year). */
  showYoy: boolean;
  /** The manifest's withheld columns (`scores.self_score`…): their table columns are left out, not left empty. */
  withheld?: readonly string[];
}

/** Which optional columns the table shows: none that this edition withholds (src/schema/editions.ts). */
function shownColumns(ctx: BreakdownContext): { self: boolean; r1: boolean; reason: boolean } {
  const w = new Set(ctx.withheld ?? []);
  // The reason column also holds the explanation: it goes only when both are withheld.
  return {
    self: !w.has('scores.self_score'),
    r1: !w.has('scores.appraisal_r1'),
    reason: !(w.has('scores.reason_vi') && w.has('scores.explanation_vi')),
  };
}

const lostOf = (r: BreakdownRow): number => (r.applicable ? (r.lost_points ?? 0) : -1);

/** Children sorted by points lost, most first; N/A last; ties in framework order. */
function sortByLoss(rows: readonly BreakdownRow[]): BreakdownRow[] {
  return [...rows].sort(
    (a, b) => lostOf(b) - lostOf(a) || a.tree_order.join('.').localeCompare(b.tree_order.join('.'), 'en', { numeric: true }),
  );
}

function figuresText(r: BreakdownRow, x: BreakdownText): string {
  if (!r.applicable) return x.labels.na;
  if (r.lost_points === null) return x.points(null);
  if (r.lost_points <= 0) return `${x.labels.noLoss} · ${x.pct(r.pct_of_max)}`;
  return `${x.domainSummary(x.points(r.lost_points), x.points(r.max_points))} · ${x.pct(r.pct_of_max)}`;
}

/** The owner, where the item has one and it is not the parent's (a domain's owner covers its items). */
function ownerHtml(r: BreakdownRow, parentOwner: string | null, x: BreakdownText): string {
  return r.owner_id !== null && r.owner_id !== parentOwner ? ` <span class="bd-owner">${esc(x.owner(r))}</span>` : '';
}

const ownerAttr = (r: BreakdownRow): string => (r.owner_id === null ? '' : ` data-owner="${esc(r.owner_id)}"`);

function summary(r: BreakdownRow, parentOwner: string | null, x: BreakdownText): string {
  const loss = r.applicable && (r.lost_points ?? 0) > 0 ? ' bd-loss' : '';
  return `<summary><span class="bd-code">${esc(r.item_code)}</span> <span class="bd-name">${esc(x.name(r))}</span>${ownerHtml(r, parentOwner, x)} <span class="bd-figures${loss}">${esc(figuresText(r, x))}</span></summary>`;
}

function num(x: BreakdownText, value: number | null, label: string, cls = ''): string {
  return `<td class="num${cls}" data-label="${esc(label)}">${esc(x.points(value))}</td>`;
}

function reasonCell(r: BreakdownRow, x: BreakdownText): string {
  const parts: string[] = [];
  if (r.reason_vi) parts.push(`<p class="bd-reason">${esc(r.reason_vi)}</p>`);
  if (r.explanation_vi) {
    const recovered = r.recovered_points ? ` <span class="bd-recovered">(${esc(x.recovered(x.points(r.recovered_points)))})</span>` : '';
    parts.push(
      `<p class="bd-explanation"><span class="bd-label">${esc(x.labels.explanation)}:</span> ${esc(r.explanation_vi)}${recovered}</p>`,
    );
  }
  return `<td class="bd-text" data-label="${esc(x.labels.reason)}">${parts.join('')}</td>`;
}

function yoyCell(r: BreakdownRow, x: BreakdownText, ctx: BreakdownContext): string {
  const item = ctx.yoy.get(r.item_code);
  const text = item ? x.status(item) : null;
  const cls = item ? ` bd-status bd-status--${item.status}` : '';
  return `<td class="bd-text${cls}" data-label="${esc(x.labels.vsPrevious)}">${text ? esc(text) : ''}</td>`;
}

function peersCell(r: BreakdownRow, x: BreakdownText, ctx: BreakdownContext): string {
  const view = (r.lost_points ?? 0) > 0 ? ctx.peers.get(r.item_code) : undefined;
  if (!view) return `<td class="bd-text" data-label="${esc(x.labels.peers)}"></td>`;
  const { text, best } = x.peers(view);
  const bestHtml = best ? `<span class="bd-best">${esc(best)}</span>` : '';
  return `<td class="bd-text bd-peers bd-peers--${view.status}" data-label="${esc(x.labels.peers)}"><span>${esc(text)}</span>${bestHtml}</td>`;
}

function leafRow(r: BreakdownRow, parentOwner: string | null, x: BreakdownText, ctx: BreakdownContext): string {
  const survey = r.kind === 'survey' ? ` <span class="badge">${esc(x.labels.survey)}</span>` : '';
  const head = `<th scope="row"><span class="bd-code">${esc(r.item_code)}</span> ${esc(x.name(r))}${survey}${ownerHtml(r, parentOwner, x)}</th>`;
  const show = shownColumns(ctx);
  if (!r.applicable) {
    const span = 5 + [ctx.showYoy, show.self, show.r1, show.reason].filter(Boolean).length;
    return `<tr class="bd-na" data-item="${esc(r.item_code)}"${ownerAttr(r)}>${head}<td colspan="${span}" data-label="${esc(x.labels.na)}"><abbr title="${esc(x.labels.naLong)}">${esc(x.labels.na)}</abbr></td></tr>`;
  }
  const lost = (r.lost_points ?? 0) > 0 ? ' bd-loss' : '';
  return [
    `<tr data-item="${esc(r.item_code)}"${ownerAttr(r)}${lost ? ' class="bd-lost-row"' : ''}>`,
    head,
    num(x, r.max_points, x.labels.max),
    show.self ? num(x, r.self_score, x.labels.self) : '',
    show.r1 ? num(x, r.appraisal_r1, x.labels.r1) : '',
    num(x, r.final_score, x.labels.final),
    num(x, r.lost_points, x.labels.lost, lost),
    `<td class="num" data-label="${esc(x.labels.pct)}">${esc(x.pct(r.pct_of_max))}</td>`,
    ctx.showYoy ? yoyCell(r, x, ctx) : '',
    peersCell(r, x, ctx),
    show.reason ? reasonCell(r, x) : '',
    '</tr>',
  ].join('');
}

function leafTable(
  caption: string,
  rows: readonly BreakdownRow[],
  parentOwner: string | null,
  x: BreakdownText,
  ctx: BreakdownContext,
): string {
  const l = x.labels;
  const show = shownColumns(ctx);
  const numeric = [l.max, ...(show.self ? [l.self] : []), ...(show.r1 ? [l.r1] : []), l.final, l.lost, l.pct];
  const text = [...(ctx.showYoy ? [l.vsPrevious] : []), l.peers, ...(show.reason ? [l.reason] : [])];
  const head = [
    `<th scope="col">${esc(l.item)}</th>`,
    ...numeric.map((h) => `<th scope="col" class="num">${esc(h)}</th>`),
    ...text.map((h) => `<th scope="col">${esc(h)}</th>`),
  ].join('');
  const body = sortByLoss(rows)
    .map((r) => leafRow(r, parentOwner, x, ctx))
    .join('');
  return `<div class="table-wrap"><table class="bd-table"><caption class="visually-hidden">${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function group(
  r: BreakdownRow,
  parentOwner: string | null,
  children: Map<string, BreakdownRow[]>,
  x: BreakdownText,
  ctx: BreakdownContext,
): string {
  const kids = children.get(r.item_code) ?? [];
  const leaves = kids.filter((k) => !children.has(k.item_code));
  const inner = kids.filter((k) => children.has(k.item_code));
  const open = r.applicable && (r.lost_points ?? 0) > 0 ? ' open' : '';
  const parts = [
    ...sortByLoss(inner).map((k) => group(k, r.owner_id, children, x, ctx)),
    ...(leaves.length > 0 ? [leafTable(`${r.item_code} ${x.name(r)}`, leaves, r.owner_id, x, ctx)] : []),
  ];
  // Every owner inside, so a filter by owner can keep the domain open when one of its items is theirs.
  const owners = [...new Set([r, ...descendants(r, children)].flatMap((d) => (d.owner_id === null ? [] : [d.owner_id])))];
  const ownersAttr = owners.length > 0 ? ` data-owners="${esc(owners.join(' '))}"` : '';
  return `<details class="bd-${r.item_level}" data-item="${esc(r.item_code)}"${ownersAttr}${open}>${summary(r, parentOwner, x)}${parts.join('')}</details>`;
}

function descendants(r: BreakdownRow, children: Map<string, BreakdownRow[]>): BreakdownRow[] {
  return (children.get(r.item_code) ?? []).flatMap((k) => [k, ...descendants(k, children)]);
}

/** The whole breakdown: domains by points lost, each opening onto its criteria and sub-criteria. */
export function breakdownHtml(rows: readonly BreakdownRow[], x: BreakdownText, ctx: BreakdownContext): string {
  const children = new Map<string, BreakdownRow[]>();
  for (const r of rows) {
    if (r.parent_code === null) continue;
    children.set(r.parent_code, [...(children.get(r.parent_code) ?? []), r]);
  }
  const domains = sortByLoss(rows.filter((r) => r.item_level === 'domain'));
  return `<div class="breakdown" data-breakdown>${domains.map((d) => group(d, null, children, x, ctx)).join('')}</div>`;
}
