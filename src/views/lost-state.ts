/** The unit page's lost-points state in the URL: `year`, one of the years the unit has detail in. */
import { integerParam } from '../state/params.ts';
import { parseState, serialiseState, type ParsedState, type StateSpec } from '../state/url-state.ts';
import type { LostUnit } from './lost-view.ts';

/** What the page embeds for the explorer. */
export interface LostConfig {
  indexId: string;
  locale: string;
  years: number[];
  unit: LostUnit;
  /** The manifest's withheld columns: the redrawn table leaves them out as the pre-rendered one does. */
  withheld?: string[];
}

export interface LostState {
  year: number;
}

interface Context {
  years: readonly number[];
}

const SPEC: StateSpec<{ year: number | null }, Context> = {
  year: integerParam(
    (c) => c.years,
    (c) => c.years.at(-1) ?? null,
  ),
};

/** Reads the state; an unknown year falls back to the latest (and is listed in `issues`). */
export function parseLostState(search: string, config: Pick<LostConfig, 'years'>): ParsedState<LostState> {
  const parsed = parseState(search, SPEC, { years: config.years });
  return { values: { year: parsed.values.year ?? config.years.at(-1) ?? 0 }, given: parsed.given, issues: parsed.issues };
}

/** The canonical query string ('' for the latest year, which the page pre-renders). */
export function serialiseLostState(state: LostState, config: Pick<LostConfig, 'years'>): string {
  return serialiseState({ year: state.year }, SPEC, { years: config.years });
}
