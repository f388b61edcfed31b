/**
 * The rankings page's URL state (`domain`, `year`, `from`, `to`, `level`, `units`, `sort`), built from the
 * shared view-state spec so parameter names and parsing rules are the same on every page.
 *
 * What each year applies to: `year` is the ranking table's year (its Δ columns compare it with the year
 * before); `from` and `to` are the two years of the slope chart; the bump chart always shows every year.
 * Links written before `year` existed used `to` for the table's year too, so a link that gives `to`
 * without `year` still shows the table of `to`, and one that gives `from` alone still ends at the latest year.
 */
import type { IndexSummary } from '../queries/indices.ts';
import { TOTAL_CODE } from '../schema/vocabulary.ts';
import { choiceParam, integerParam } from '../state/params.ts';
import { parseState, serialiseState, type ParsedState, type StateSpec } from '../state/url-state.ts';
import { RANKING_SORTS, type RankingSort } from '../queries/ranking.ts';
import { orderYears, VIEW_SPEC, yearBefore, type ViewContext } from '../state/view-state.ts';

/** Two years of the slope chart. */
export interface YearPair {
  from: number;
  to: number;
}

/** What the page embeds for its explorer: the valid choices and the translated labels. */
export interface RankingsConfig {
  index: IndexSummary;
  locale: string;
  years: number[];
  /** The slope chart's default years: the latest two whose ranks can be compared (comparable-years.ts); null: the last two. */
  pair: YearPair | null;
  domains: { code: string; label: string; years: number[] }[];
  /** Levels of the ranked units; the level filter shows only when there is more than one. */
  levels: string[];
  /** Units to choose from; `years` when another unit has the name (views/unit-choices.ts). */
  units: { id: string; label: string; years?: string }[];
  labels: Record<string, string>;
}

type Choices = Pick<RankingsConfig, 'years' | 'domains' | 'units' | 'levels'> & { pair?: YearPair | null };

export interface RankingsState {
  /** "TOTAL" or a domain code. */
  item: string;
  /** The ranking table's year. */
  year: number;
  /** The slope chart's two years. */
  from: number;
  to: number;
  /** Units drawn in colour; empty = the default highlight (the top of the table's year). */
  units: string[];
  /** '' = every level. */
  level: string;
  sort: RankingSort;
}

interface RankingsParams {
  domain: string | null;
  year: number | null;
  from: number | null;
  to: number | null;
  level: string | null;
  units: string[];
  sort: string | null;
}

/** The shared context plus what a missing year falls back to (the defaults when reading, what may be left out when writing). */
interface RankingsContext extends ViewContext {
  readonly fallbackYear: number | null;
  readonly fallbackFrom: number | null;
  readonly fallbackTo: number | null;
}

const SORTS = Object.keys(RANKING_SORTS) as RankingSort[];
const SPEC: StateSpec<RankingsParams, RankingsContext> = {
  domain: VIEW_SPEC.domain,
  year: integerParam(
    (c) => c.years,
    (c) => c.fallbackYear,
  ),
  from: integerParam(
    (c) => c.years,
    (c) => c.fallbackFrom,
  ),
  to: integerParam(
    (c) => c.years,
    (c) => c.fallbackTo,
  ),
  // Unlike other pages, no level is the default here: the whole index.
  level: choiceParam(
    (c) => c.levels,
    () => null,
  ),
  units: VIEW_SPEC.units,
  sort: choiceParam(
    () => SORTS,
    () => 'rank',
  ),
};

const latestOf = (years: readonly number[]): number => Math.max(0, ...years);

function context(config: Choices, fallbacks: Pick<RankingsContext, 'fallbackYear' | 'fallbackFrom' | 'fallbackTo'>): RankingsContext {
  return {
    indices: [],
    levels: config.levels,
    years: config.years,
    domains: [TOTAL_CODE, ...config.domains.map((d) => d.code)],
    unitIds: new Set(config.units.map((u) => u.id)),
    ...fallbacks,
  };
}

/**
 * The default state: the total score, the table of the latest year, the slope chart between `pair`
 * (the latest two comparable years; the last two years when not given), no selection, by rank.
 */
export function rankingsDefaults(years: readonly number[], pair: YearPair | null = null): RankingsState {
  const sorted = [...years].sort((a, b) => a - b);
  const year = sorted.at(-1) ?? 0;
  const to = pair?.to ?? year;
  const from = pair?.from ?? sorted.at(-2) ?? to;
  return { item: TOTAL_CODE, year, from, to, units: [], level: '', sort: 'rank' };
}

/** Reads the state from a query string; invalid or unknown parameters fall back to defaults (and are listed). */
export function parseRankingsState(search: string, config: Choices): ParsedState<RankingsState> {
  const defaults = rankingsDefaults(config.years, config.pair);
  const ctx = context(config, { fallbackYear: defaults.year, fallbackFrom: defaults.from, fallbackTo: defaults.to });
  const raw = parseState(search, SPEC, ctx);
  const given = raw.given as ReadonlySet<string>;
  const values = { ...raw.values };
  // One year given: the other follows as it always did (`to` alone: the year before it; `from` alone: up to the latest).
  if (given.has('to') && !given.has('from')) values.from = yearBefore(ctx, values.to);
  if (given.has('from') && !given.has('to')) values.to = defaults.year;
  const parsed = orderYears({ ...raw, values }, ctx);
  const v = parsed.values;
  const to = v.to ?? defaults.to;
  const state: RankingsState = {
    item: v.domain ?? TOTAL_CODE,
    year: given.has('year') ? (v.year ?? defaults.year) : given.has('to') ? to : defaults.year,
    from: v.from ?? to,
    to,
    units: v.units,
    level: v.level ?? '',
    sort: (v.sort ?? 'rank') as RankingSort,
  };
  const givenState = new Set([...parsed.given].map((key) => (key === 'domain' ? 'item' : key)) as (keyof RankingsState)[]);
  return { values: state, given: givenState, issues: parsed.issues };
}

/**
 * The canonical query string of a state ('' for the default view): the default pair is left out; any
 * other pair writes `from`, and `to` unless it is the latest year; `year` is written unless it is what
 * a link without it would mean (`to` when `to` is written, else the latest year).
 */
export function serialiseRankingsState(state: RankingsState, config: Choices): string {
  const defaults = rankingsDefaults(config.years, config.pair);
  const latest = latestOf(config.years);
  const defaultPair = state.from === defaults.from && state.to === defaults.to;
  const fallbacks = defaultPair
    ? { fallbackYear: latest, fallbackFrom: state.from, fallbackTo: state.to }
    : { fallbackYear: state.to, fallbackFrom: null, fallbackTo: latest };
  const params = {
    domain: state.item,
    year: state.year,
    from: state.from,
    to: state.to,
    level: state.level || null,
    units: state.units,
    sort: state.sort,
  };
  return serialiseState(params, SPEC, context(config, fallbacks));
}
