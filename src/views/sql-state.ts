/**
 * The SQL console's URL state: `?q=<sql>`, so a link reproduces the query (and, once run, its result).
 * The default query is omitted from the URL; an empty or overlong `q` falls back to it.
 */
import { parseState, serialiseState, type ParsedState, type StateSpec } from '../state/url-state.ts';

export interface SqlState {
  readonly q: string;
}

/** What the state depends on: the page's default query. */
export interface SqlConfig {
  readonly defaultQuery: string;
}

/** Longer texts are refused: browsers and servers cut URLs of tens of kilobytes. */
export const MAX_QUERY_LENGTH = 8000;

export const SQL_SPEC: StateSpec<SqlState, SqlConfig> = {
  q: {
    parse(raw) {
      if (raw.trim() === '') return { ok: false, reason: 'empty query' };
      if (raw.length > MAX_QUERY_LENGTH) return { ok: false, reason: `longer than ${MAX_QUERY_LENGTH} characters` };
      return { ok: true, value: raw };
    },
    serialise: (value) => value,
    fallback: (config) => config.defaultQuery,
  },
};

/** Reads the console's state from a query string. */
export function parseSqlState(search: string, config: SqlConfig): ParsedState<SqlState> {
  return parseState(search, SQL_SPEC, config);
}

/** The canonical query string ('' for the default query). */
export function serialiseSqlState(state: SqlState, config: SqlConfig): string {
  return serialiseState(state, SQL_SPEC, config);
}
