/** The hotspot page's state in the URL: `year`, `level` (domain, criterion, sub-criterion) and `domain`. */
import { DETAIL_LEVELS, type DetailLevel } from '../queries/lost-hotspots.ts';
import { choiceParam, integerParam } from '../state/params.ts';
import { parseState, serialiseState, type ParsedState, type StateSpec } from '../state/url-state.ts';

/** What the page embeds for its explorer. */
export interface HotspotsConfig {
  indexId: string;
  locale: string;
  years: number[];
  /** Domain codes with their names, for the domain filter. */
  domains: { code: string; label: string }[];
  labels: { loading: string; error: string };
  /** The manifest's withheld columns: the redrawn view says what this edition does not publish. */
  withheld?: string[];
}

export interface HotspotsState {
  year: number;
  level: DetailLevel;
  /** '' = every domain. */
  domain: string;
}

/** The level shown first: criteria are the level the council reasons about, and 150 × 35 stays readable. */
export const DEFAULT_LEVEL: DetailLevel = 'criterion';

interface Context {
  years: readonly number[];
  domains: readonly string[];
}

const SPEC: StateSpec<{ year: number | null; level: string | null; domain: string | null }, Context> = {
  year: integerParam(
    (c) => c.years,
    (c) => c.years.at(-1) ?? null,
  ),
  level: choiceParam(
    () => DETAIL_LEVELS,
    () => DEFAULT_LEVEL,
  ),
  domain: choiceParam(
    (c) => c.domains,
    () => null,
  ),
};

const context = (config: Pick<HotspotsConfig, 'years' | 'domains'>): Context => ({
  years: config.years,
  domains: config.domains.map((d) => d.code),
});

/** The default state: the latest year, criteria, every domain. */
export function hotspotsDefaults(years: readonly number[]): HotspotsState {
  return { year: years.at(-1) ?? 0, level: DEFAULT_LEVEL, domain: '' };
}

/** Reads the state; what is invalid falls back to the default and is listed in `issues`. */
export function parseHotspotsState(search: string, config: Pick<HotspotsConfig, 'years' | 'domains'>): ParsedState<HotspotsState> {
  const parsed = parseState(search, SPEC, context(config));
  const v = parsed.values;
  const values: HotspotsState = {
    year: v.year ?? config.years.at(-1) ?? 0,
    level: (v.level ?? DEFAULT_LEVEL) as DetailLevel,
    domain: v.domain ?? '',
  };
  return { values, given: parsed.given, issues: parsed.issues };
}

/** The canonical query string ('' for the default view, which the page pre-renders). */
export function serialiseHotspotsState(state: HotspotsState, config: Pick<HotspotsConfig, 'years' | 'domains'>): string {
  return serialiseState({ year: state.year, level: state.level, domain: state.domain || null }, SPEC, context(config));
}
