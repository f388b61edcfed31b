/**
 * The unit page's "why the rank changed" state in the URL: `explain=2023-2025`, the pair of years
 * explained, both years the unit has a total in, the first before the second. Absent, invalid or
 * unavailable: the pre-rendered pair (the index's latest comparable years). The lost-points view of
 * the same page owns `year` (unit-page-params.ts), so the two share the URL.
 */
import type { ParamSpec, ParsedState, StateSpec } from '../state/url-state.ts';
import { parseState, serialiseState } from '../state/url-state.ts';
import { ownParams } from './unit-page-params.ts';

/** What the page embeds for the explorer of one index's block. */
export interface ExplainConfig {
  indexId: string;
  locale: string;
  unitId: string;
  unitName: string;
  /** The years the unit has a total in, oldest first. */
  years: number[];
  /** The pre-rendered pair. */
  from: number;
  to: number;
  /** The engine's status words. */
  labels: { loading: string; error: string };
}

export interface ExplainState {
  from: number;
  to: number;
}

type Context = Pick<ExplainConfig, 'years' | 'from' | 'to'>;

const PAIR = /^([0-9]{4})-([0-9]{4})$/;

const pairParam: ParamSpec<ExplainState, Context> = {
  parse(raw, c) {
    const m = PAIR.exec(raw.trim());
    if (!m) return { ok: false, reason: 'not a pair of years like 2023-2025' };
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (from >= to) return { ok: false, reason: 'the first year must come before the second' };
    if (!c.years.includes(from) || !c.years.includes(to)) return { ok: false, reason: 'no total of the unit in one of the years' };
    return { ok: true, value: { from, to } };
  },
  serialise: (v) => `${v.from}-${v.to}`,
  fallback: (c) => ({ from: c.from, to: c.to }),
};

const SPEC: StateSpec<{ explain: ExplainState }, Context> = { explain: pairParam };

/** Reads the state; anything else than an available pair falls back to the pre-rendered one (listed in `issues`). */
export function parseExplainState(search: string, config: Context): ParsedState<ExplainState> {
  const parsed = parseState(ownParams(search, 'explain'), SPEC, config);
  return { values: parsed.values.explain, given: new Set(), issues: parsed.issues };
}

/** The canonical query string ('' for the pre-rendered pair). */
export function serialiseExplainState(state: ExplainState, config: Context): string {
  return serialiseState({ explain: state }, SPEC, config);
}

/**
 * The pair a from/to choice stands for: as chosen when the first year is before the second; else the
 * year not just changed moves next to the one kept (after it, or before it when there is none after).
 */
export function pairOf(years: readonly number[], from: number, to: number, changed: 'from' | 'to'): ExplainState {
  if (from < to) return { from, to };
  const kept = changed === 'from' ? from : to;
  const after = years.find((y) => y > kept);
  const before = years.filter((y) => y < kept).at(-1);
  if (changed === 'from') return after !== undefined ? { from: kept, to: after } : { from: before ?? kept, to: kept };
  return before !== undefined ? { from: before, to: kept } : { from: kept, to: after ?? kept };
}
