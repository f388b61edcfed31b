/**
 * The rankings page's URL state (`domain`, `from`, `to`, `units`), built from the shared view-state spec
 * so parameter names and parsing rules are the same on every page.
 */
import type { IndexSummary } from '../queries/indices.ts';
import { TOTAL_CODE } from '../schema/vocabulary.ts';
import { choiceParam } from '../state/params.ts';
import { parseState, serialiseState, type ParsedState, type StateSpec } from '../state/url-state.ts';
import { RANKING_SORTS, type RankingSort } from '../queries/ranking.ts';
import { orderYears, VIEW_SPEC, type ViewContext } from '../state/view-state.ts';

/** What the page embeds for its explorer: the valid choices and the translated labels. */
export interface RankingsConfig {
  index: IndexSummary;
  locale: string;
  years: number[];
  domains: { code: string; label: string; years: number[] }[];
  /** Levels of the ranked units; the level filter shows only when there is more than one. */
  levels: string[];
  units: { id: string; label: string }[];
  labels: Record<string, string>;
}

type Choices = Pick<RankingsConfig, 'years' | 'domains' | 'units' | 'levels'>;

export interface RankingsState {
  /** "TOTAL" or a domain code. */
  item: string;
  from: number;
  to: number;
  /** Units drawn in colour; empty = the default highlight (the top of the `to` year). */
  units: string[];
  /** '' = every level. */
  level: string;
  sort: RankingSort;
}

interface RankingsParams {
  domain: string | null;
  from: number | null;
  to: number | null;
  level: string | null;
  units: string[];
  sort: string | null;
}

const SORTS = Object.keys(RANKING_SORTS) as RankingSort[];
const SPEC: StateSpec<RankingsParams, ViewContext> = {
  domain: VIEW_SPEC.domain,
  from: VIEW_SPEC.from,
  to: VIEW_SPEC.to,
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

function context(config: Choices): ViewContext {
  return {
    indices: [],
    levels: config.levels,
    years: config.years,
    domains: [TOTAL_CODE, ...config.domains.map((d) => d.code)],
    unitIds: new Set(config.units.map((u) => u.id)),
  };
}

/** The default state for an index's years: total score, the last two years, no selection. */
export function rankingsDefaults(years: readonly number[]): RankingsState {
  const to = years.at(-1) ?? 0;
  return { item: TOTAL_CODE, from: years.at(-2) ?? to, to, units: [], level: '', sort: 'rank' };
}

/** Reads the state from a query string; invalid or unknown parameters fall back to defaults (and are listed). */
export function parseRankingsState(search: string, config: Choices): ParsedState<RankingsState> {
  const ctx = context(config);
  // `from` must come before `to`: swapped when given the wrong way round, else the year before `to`.
  const parsed = orderYears(parseState(search, SPEC, ctx), ctx);
  const v = parsed.values;
  const defaults = rankingsDefaults(config.years);
  const to = v.to ?? defaults.to;
  const sort = (v.sort ?? 'rank') as RankingSort;
  const state: RankingsState = { item: v.domain ?? TOTAL_CODE, from: v.from ?? to, to, units: v.units, level: v.level ?? '', sort };
  const given = new Set([...parsed.given].map((key) => (key === 'domain' ? 'item' : key)) as (keyof RankingsState)[]);
  return { values: state, given, issues: parsed.issues };
}

/** The canonical query string of a state ('' for the default view). */
export function serialiseRankingsState(state: RankingsState, config: Choices): string {
  const params = { domain: state.item, from: state.from, to: state.to, level: state.level || null, units: state.units, sort: state.sort };
  return serialiseState(params, SPEC, context(config));
}
