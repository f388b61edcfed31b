/**
 * The comparison page's URL state: `units` (2–5 unit ids of the page's index, in the order chosen) and
 * `year` (the year of the domain profiles and of the items where the units differ; the latest by
 * default). Links are a public API: `/compare/<index>/?units=a,b,c&year=2024`.
 *
 * A link's ids that cannot be compared are refused, each with its reason in the page's note: unknown,
 * a unit ranked in another index of the same level, a unit of another level (the note says which level
 * the index ranks and which the unit is), a repeat, or more than five. No `units` parameter is the
 * pre-rendered default choice; `units=` (none) is a choice too: the page then asks for two units.
 */
import type { IndexSummary } from '../queries/indices.ts';
import { integerParam } from '../state/params.ts';
import { parseState, serialiseState, type ParamSpec, type ParsedState, type StateIssue, type StateSpec } from '../state/url-state.ts';
import type { UnitChoice } from './unit-choices.ts';

/** At most this many units are compared (more lines and dots are unreadable). */
export const MAX_COMPARED = 5;
/** At least this many: one unit is no comparison. */
export const MIN_COMPARED = 2;

/** What the page embeds for its explorer. */
export interface CompareConfig {
  index: IndexSummary;
  locale: string;
  years: number[];
  /** Years the index has item detail (criteria, sub-criteria) in. */
  detailYears: number[];
  /** The pre-rendered choice. */
  defaultUnits: string[];
  /** Units of the index, for the search. */
  units: UnitChoice[];
  /** Levels of the units the index ranks (a communes index ranks wards and special zones too). */
  levels: string[];
  /** Every other unit's id by its level, to say why a link's id is refused. */
  others: Record<string, string[]>;
  labels: Record<string, string>;
}

export interface CompareState {
  units: string[];
  year: number;
}

type Choices = Pick<CompareConfig, 'years' | 'defaultUnits' | 'units' | 'levels' | 'others' | 'index'>;

interface Context {
  readonly known: ReadonlySet<string>;
  readonly years: readonly number[];
  readonly defaultUnits: readonly string[];
}

const splitIds = (raw: string): string[] =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The ids of the index, first appearance, at most MAX_COMPARED; what else the link held is explained by refusals(). */
const unitsParam: ParamSpec<string[], Context> = {
  parse(raw, context) {
    const ids = [...new Set(splitIds(raw))].filter((id) => context.known.has(id));
    return { ok: true, value: ids.slice(0, MAX_COMPARED) };
  },
  serialise: (value) => value.join(','),
  fallback: (context) => [...context.defaultUnits],
};

const SPEC: StateSpec<CompareState, Context> = {
  units: unitsParam,
  year: {
    ...integerParam<Context>(
      (c) => c.years,
      (c) => Math.max(...c.years),
    ),
    fallback: (c) => Math.max(...c.years),
  } as ParamSpec<number, Context>,
};

function context(config: Choices): Context {
  return { known: new Set(config.units.map((u) => u.id)), years: config.years, defaultUnits: config.defaultUnits };
}

/** The level of each unit that is not in the index. */
function levelsOf(config: Choices): Map<string, string> {
  return new Map(Object.entries(config.others).flatMap(([level, ids]) => ids.map((id) => [id, level] as const)));
}

const refused = (id: string, reason: string, key: string, values: NonNullable<StateIssue['message']>['values'] = {}): StateIssue => ({
  param: 'units',
  value: id,
  reason,
  kind: 'partial',
  message: { key, values: { id, ...values } },
});

/** One issue per id of `raw` that is not compared, with the reason in words. */
export function refusals(raw: string, config: Choices): StateIssue[] {
  const known = new Set(config.units.map((u) => u.id));
  const others = levelsOf(config);
  const issues: StateIssue[] = [];
  const seen = new Set<string>();
  const extra: string[] = [];
  for (const id of splitIds(raw)) {
    if (seen.has(id)) issues.push(refused(id, 'repeated', 'compare.issue.repeated'));
    else if (known.has(id)) {
      if ([...seen].filter((s) => known.has(s)).length >= MAX_COMPARED) extra.push(id);
    } else if (!others.has(id)) issues.push(refused(id, 'unknown unit', 'compare.issue.unknown'));
    else if (config.levels.includes(others.get(id)!)) issues.push(refused(id, 'not in this index', 'compare.issue.otherIndex'));
    else {
      const indexLevel = { key: `level.plural.${config.index.unit_level}` };
      issues.push(
        refused(id, 'another level', 'compare.issue.otherLevel', { unitLevel: { key: `level.plural.${others.get(id)!}` }, indexLevel }),
      );
    }
    seen.add(id);
  }
  if (extra.length > 0) issues.push(refused(extra.join(', '), `more than ${MAX_COMPARED}`, 'compare.issue.tooMany', { max: MAX_COMPARED }));
  return issues;
}

/** The refused ids that name a unit elsewhere (another index or level): the ones worth naming in the note. */
export function refusedUnitIds(issues: readonly StateIssue[]): string[] {
  const keys = new Set(['compare.issue.otherIndex', 'compare.issue.otherLevel']);
  return issues.filter((i) => i.param === 'units' && keys.has(i.message?.key ?? '')).map((i) => i.value);
}

/** The issues with each refused unit named ("Hà Nội (ha-noi)") where `names` (id → name) knows it. */
export function nameRefusals(issues: readonly StateIssue[], names: ReadonlyMap<string, string>): StateIssue[] {
  return issues.map((i) => {
    const name = i.param === 'units' && i.message ? names.get(i.value) : undefined;
    if (name === undefined || !i.message) return i;
    return { ...i, message: { ...i.message, values: { ...i.message.values, id: `${name} (${i.value})` } } };
  });
}

/** Reads the state; ids that cannot be compared are left out and explained in `issues`. */
export function parseCompareState(search: string, config: Choices): ParsedState<CompareState> {
  const parsed = parseState(search, SPEC, context(config));
  const raw = new URLSearchParams(search).get('units');
  if (raw === null) return parsed;
  return { ...parsed, issues: [...parsed.issues, ...refusals(raw, config)] };
}

/** The canonical query string ('' for the pre-rendered view). */
export function serialiseCompareState(state: CompareState, config: Choices): string {
  return serialiseState(state, SPEC, context(config));
}

/**
 * The pre-rendered choice: the first `count` units by rank in the latest year with ranks (by id when
 * ranks tie), from rows of (unit, year, rank, total score); and that year. Only units with a total
 * score in at least two years are chosen (a unit of one year draws a dot, not a line to compare), unless
 * fewer than two have that.
 */
export function defaultUnits(
  rows: readonly { unit_id: string; year: number; rank: number | null; score_pct: number | null }[],
  count = 3,
): { units: string[]; year: number } {
  const ranked = rows.filter((r) => r.rank !== null);
  const year = Math.max(...ranked.map((r) => r.year));
  const scoredYears = new Map<string, number>();
  for (const r of rows) if (r.score_pct !== null) scoredYears.set(r.unit_id, (scoredYears.get(r.unit_id) ?? 0) + 1);
  const inYear = ranked.filter((r) => r.year === year).sort((a, b) => a.rank! - b.rank! || a.unit_id.localeCompare(b.unit_id));
  const lasting = inYear.filter((r) => (scoredYears.get(r.unit_id) ?? 0) >= 2);
  const units = (lasting.length >= MIN_COMPARED ? lasting : inYear).slice(0, count).map((r) => r.unit_id);
  return { units, year };
}

/**
 * The unit and its nearest peers in rank (`count` of them) in the latest year it has a rank: the
 * one just above and the one just below first, then further out; [] when it has no rank.
 */
export function nearestPeers(rows: readonly { unit_id: string; year: number; rank: number | null }[], unitId: string, count = 2): string[] {
  const own = rows.filter((r) => r.unit_id === unitId && r.rank !== null);
  const year = Math.max(...own.map((r) => r.year));
  const rank = own.find((r) => r.year === year)?.rank;
  if (rank === undefined || rank === null) return [];
  const others = rows
    .filter((r) => r.year === year && r.rank !== null && r.unit_id !== unitId)
    .sort((a, b) => Math.abs(a.rank! - rank) - Math.abs(b.rank! - rank) || a.rank! - b.rank! || a.unit_id.localeCompare(b.unit_id));
  return [unitId, ...others.slice(0, count).map((r) => r.unit_id)];
}
