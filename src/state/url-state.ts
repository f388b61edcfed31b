/**
 * Typed URL state: a declarative spec of query parameters, parsed leniently (an unknown or invalid
 * parameter is reported and falls back to its default, never throws) and serialised canonically
 * (spec order, defaults omitted), so reload, back/forward and shared links restore the same view.
 */
import { currentVersion, migrate, MIGRATIONS, VERSION_PARAM, type Migration } from './migrations.ts';

/** The outcome of parsing one raw value. `note` reports a partial repair (e.g. unknown ids dropped). */
export type ParseResult<T> =
  { readonly ok: true; readonly value: T; readonly note?: string } | { readonly ok: false; readonly reason: string };

/** One query parameter: how to read it, write it, and what it is when absent or invalid. */
export interface ParamSpec<T, C> {
  readonly parse: (raw: string, context: C) => ParseResult<T>;
  readonly serialise: (value: T) => string;
  readonly fallback: (context: C) => T;
}

/** A spec per state field; the field name is the parameter name, the key order is the URL order. */
export type StateSpec<S, C> = { readonly [K in keyof S & string]: ParamSpec<S[K], C> };

/**
 * What happened to a parameter, for a note to readers: not used on this page, an invalid value
 * (the default is shown), repeated (the first value is used), partly kept (e.g. unknown ids dropped),
 * adjusted to agree with another parameter (e.g. two years swapped), or an unreadable link version.
 */
export type IssueKind = 'unknown' | 'invalid' | 'repeated' | 'partial' | 'adjusted' | 'version';

/**
 * A sentence a view writes itself about an issue, when the kind alone cannot say why (a unit refused
 * because it is of another level): a message key and its values; a value `{ key }` is itself a
 * message key, translated too (a level's name).
 */
export interface IssueMessage {
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number | { readonly key: string }>>;
}

/** A parameter that was ignored or repaired. `reason` is for developers; `kind` (or `message`) is what a note is written from. */
export interface StateIssue {
  readonly param: string;
  readonly value: string;
  readonly reason: string;
  readonly kind: IssueKind;
  readonly message?: IssueMessage;
}

/** Parsed values, which parameters the URL actually gave, and what was ignored. */
export interface ParsedState<S> {
  readonly values: S;
  /** Fields whose value came from the URL (the others are defaults). */
  readonly given: ReadonlySet<keyof S & string>;
  readonly issues: readonly StateIssue[];
}

function toParams(search: string | URLSearchParams): URLSearchParams {
  return typeof search === 'string' ? new URLSearchParams(search) : new URLSearchParams(search);
}

/** Parameters that are in the URL but in no spec (the version parameter excepted). */
function unknownIssues<S, C>(params: URLSearchParams, spec: StateSpec<S, C>): StateIssue[] {
  const issues: StateIssue[] = [];
  for (const [param, value] of params) {
    if (!Object.hasOwn(spec, param)) issues.push({ param, value, reason: 'unknown parameter', kind: 'unknown' });
  }
  return issues;
}

/**
 * Reads state from a query string (`?year=2024&units=a,b` or without `?`). Old links are migrated
 * first. Every field ends up with a valid value: what is missing, invalid or unknown falls back to
 * the default and is listed in `issues`. A repeated parameter uses its first value.
 */
export function parseState<S, C>(
  search: string | URLSearchParams,
  spec: StateSpec<S, C>,
  context: C,
  migrations: readonly Migration[] = MIGRATIONS,
): ParsedState<S> {
  const migrated = migrate(toParams(search), migrations);
  const issues: StateIssue[] = [];
  if (migrated.problem !== null) {
    issues.push({ param: VERSION_PARAM, value: toParams(search).get(VERSION_PARAM) ?? '', reason: migrated.problem, kind: 'version' });
  }
  issues.push(...unknownIssues(migrated.params, spec));
  const values = {} as S;
  const given = new Set<keyof S & string>();
  for (const key of Object.keys(spec) as (keyof S & string)[]) {
    const param = spec[key];
    const all = migrated.params.getAll(key);
    const raw = all[0];
    if (all.length > 1) issues.push({ param: key, value: all.slice(1).join(','), reason: 'repeated; first value used', kind: 'repeated' });
    const result = raw === undefined ? null : param.parse(raw, context);
    if (result?.ok) {
      values[key] = result.value;
      given.add(key);
      if (result.note !== undefined) issues.push({ param: key, value: raw ?? '', reason: result.note, kind: 'partial' });
    } else {
      values[key] = param.fallback(context);
      if (result) issues.push({ param: key, value: raw ?? '', reason: result.reason, kind: 'invalid' });
    }
  }
  return { values, given, issues };
}

/** Encodes a value for a query string, keeping commas readable (`units=a,b`, not `a%2Cb`). */
function encodeValue(value: string): string {
  return value.split(',').map(encodeURIComponent).join(',');
}

/**
 * The canonical query string of a state, without `?` ('' when everything is at its default): fields in
 * spec order, defaults omitted, the version first when links have ever been migrated.
 */
export function serialiseState<S, C>(values: S, spec: StateSpec<S, C>, context: C, migrations: readonly Migration[] = MIGRATIONS): string {
  const parts: string[] = [];
  for (const key of Object.keys(spec) as (keyof S & string)[]) {
    const param = spec[key];
    const text = param.serialise(values[key]);
    if (text !== param.serialise(param.fallback(context))) parts.push(`${key}=${encodeValue(text)}`);
  }
  const version = currentVersion(migrations);
  if (parts.length > 0 && version > 1) parts.unshift(`${VERSION_PARAM}=${version}`);
  return parts.join('&');
}
