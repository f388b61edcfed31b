/**
 * The URL parameters the site's views share: `index`, `year`, `from`/`to` (slope chart), `domain`,
 * `level` and `units`, so that a parameter means the same on every page. Each page builds its own
 * spec from these (src/views/rankings-state.ts). The context says what is valid (the years, domains,
 * levels and units of the data on the page); anything else falls back to a default.
 */
import { TOTAL_CODE } from '../schema/vocabulary.ts';
import { choiceParam, idListParam, integerParam } from './params.ts';
import type { ParsedState, StateIssue, StateSpec } from './url-state.ts';

/** At most this many units can be selected (more lines are unreadable, and links stay short). */
export const MAX_UNITS = 12;

/** What is valid on a page. */
export interface ViewContext {
  /** Index ids, default first unless `defaults.index` says otherwise. */
  readonly indices: readonly string[];
  /** Years with data, any order; the default year is the latest. */
  readonly years: readonly number[];
  /** Item codes that can be chosen, e.g. ['TOTAL', 'D1', …]; default 'TOTAL' when listed, else the first. */
  readonly domains: readonly string[];
  /** Unit levels that can be chosen; default the first. */
  readonly levels: readonly string[];
  /** Unit ids that can be selected. */
  readonly unitIds: ReadonlySet<string>;
  readonly defaults?: { readonly index?: string; readonly domain?: string; readonly level?: string };
}

/** The values of the shared parameters. A field is null only when the context offers nothing to choose from. */
export interface ViewState {
  index: string | null;
  year: number | null;
  from: number | null;
  to: number | null;
  domain: string | null;
  level: string | null;
  units: string[];
}

const sortedYears = (c: ViewContext): number[] => [...c.years].sort((a, b) => a - b);
const latestYear = (c: ViewContext): number | null => sortedYears(c).at(-1) ?? null;

/** The available year just before `year`, or null. */
export function yearBefore(c: ViewContext, year: number | null): number | null {
  if (year === null) return null;
  return (
    sortedYears(c)
      .filter((y) => y < year)
      .at(-1) ?? null
  );
}

const withDefault = (list: readonly string[], wanted: string | undefined): string | null =>
  wanted !== undefined && list.includes(wanted) ? wanted : (list[0] ?? null);

/** The spec of the view state, in the order parameters appear in links. */
export const VIEW_SPEC: StateSpec<ViewState, ViewContext> = {
  index: choiceParam(
    (c) => c.indices,
    (c) => withDefault(c.indices, c.defaults?.index),
  ),
  year: integerParam((c) => c.years, latestYear),
  from: integerParam(
    (c) => c.years,
    (c) => yearBefore(c, latestYear(c)),
  ),
  to: integerParam((c) => c.years, latestYear),
  domain: choiceParam(
    (c) => c.domains,
    (c) => withDefault(c.domains, c.defaults?.domain ?? TOTAL_CODE),
  ),
  level: choiceParam(
    (c) => c.levels,
    (c) => withDefault(c.levels, c.defaults?.level),
  ),
  units: idListParam((c) => c.unitIds, MAX_UNITS),
};

/** A state holding a pair of years, `from` meant to be earlier than `to`. */
export interface YearRange {
  from: number | null;
  to: number | null;
}

/**
 * Makes `from` earlier than `to`: two years given the wrong way round are swapped; otherwise `from`
 * becomes the year before `to`. For any state built from VIEW_SPEC's `from` and `to`.
 */
export function orderYears<S extends YearRange>(parsed: ParsedState<S>, context: ViewContext): ParsedState<S> {
  const { from, to } = parsed.values;
  if (from === null || to === null || from < to) return parsed;
  const values = { ...parsed.values };
  const issues: StateIssue[] = [...parsed.issues];
  const given = parsed.given as ReadonlySet<string>;
  if (given.has('from') && given.has('to') && from > to) {
    values.from = to;
    values.to = from;
    issues.push({ param: 'from', value: String(from), reason: 'after `to`; the two years were swapped', kind: 'adjusted' });
  } else {
    values.from = yearBefore(context, to);
    if (given.has('from')) issues.push({ param: 'from', value: String(from), reason: 'not before `to`', kind: 'adjusted' });
  }
  return { ...parsed, values, issues };
}
