/** Ready-made parameter specs: a year among the available ones, a choice in a list, a list of ids. */
import type { ParamSpec, ParseResult } from './url-state.ts';

const invalid = (reason: string): ParseResult<never> => ({ ok: false, reason });

/** An integer that must be one of `allowed(context)`, e.g. a year with data. Null only when nothing is allowed. */
export function integerParam<C>(
  allowed: (context: C) => readonly number[],
  fallback: (context: C) => number | null,
): ParamSpec<number | null, C> {
  return {
    parse(raw, context) {
      if (!/^-?[0-9]{1,9}$/.test(raw.trim())) return invalid('not an integer');
      const value = Number(raw.trim());
      return allowed(context).includes(value) ? { ok: true, value } : invalid('not an available value');
    },
    serialise: (value) => (value === null ? '' : String(value)),
    fallback,
  };
}

/**
 * One value of `allowed(context)`, e.g. a domain code or a level. Matching ignores case and returns
 * the canonical spelling (`d3` → `D3`), since people retype links.
 */
export function choiceParam<C>(
  allowed: (context: C) => readonly string[],
  fallback: (context: C) => string | null,
): ParamSpec<string | null, C> {
  return {
    parse(raw, context) {
      const options = allowed(context);
      const wanted = raw.trim();
      const value = options.find((o) => o === wanted) ?? options.find((o) => o.toLowerCase() === wanted.toLowerCase());
      return value === undefined ? invalid('not an available value') : { ok: true, value };
    },
    serialise: (value) => value ?? '',
    fallback,
  };
}

/**
 * A comma-separated list of ids, kept in the given order, without duplicates, reduced to the ids
 * `known(context)` holds and to at most `max` of them. Unknown ids are dropped and reported, the rest kept.
 */
export function idListParam<C>(known: (context: C) => ReadonlySet<string>, max: number): ParamSpec<string[], C> {
  return {
    parse(raw, context) {
      const ids = [
        ...new Set(
          raw
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== ''),
        ),
      ];
      const knownIds = known(context);
      const value = ids.filter((id) => knownIds.has(id));
      const dropped = ids.filter((id) => !knownIds.has(id));
      const notes: string[] = [];
      if (dropped.length > 0) notes.push(`unknown ids dropped: ${dropped.join(', ')}`);
      if (value.length > max) notes.push(`only the first ${max} kept`);
      const note = notes.length > 0 ? notes.join('; ') : undefined;
      return { ok: true, value: value.slice(0, max), ...(note === undefined ? {} : { note }) };
    },
    serialise: (value) => value.join(','),
    fallback: () => [],
  };
}
