/**
 * The domain-trends page's URL state: `unit` (the unit drawn in colour in every panel; none by default),
 * `from` and `to` (the two years of the most-improved and most-deteriorated tables, and `to` the year
 * the trend marks end in) and `domain` (the domain series whose sub-criteria's movers are listed, for an
 * index with item detail; its first domain by default). By default the latest two years that can be
 * compared: no series breaks between them (trendsDefaultPair). `from` after `to` is swapped, as on the
 * rankings page. Links: `/trends/<index>/?unit=d1&from=2023&to=2024&domain=D3`.
 */
import type { IndexSummary } from '../queries/indices.ts';
import { choiceParam, integerParam } from '../state/params.ts';
import { parseState, serialiseState, type ParsedState, type StateSpec } from '../state/url-state.ts';
import { orderYears, type ViewContext } from '../state/view-state.ts';

/** What the page embeds for its explorer. */
export interface TrendsConfig {
  index: IndexSummary;
  locale: string;
  years: number[];
  pair: { from: number; to: number };
  units: { id: string; label: string }[];
  /** Domain series with sub-criteria to choose from; [] for an index without item detail. */
  domains: { id: string; label: string }[];
  /** Years with item detail (sub-criteria). */
  detailYears: number[];
  labels: Record<string, string>;
}

export interface TrendsState {
  /** '' = no unit chosen. */
  unit: string;
  from: number;
  to: number;
  /** The domain series of the sub-criteria table; '' for an index without detail. */
  domain: string;
}

type Choices = Pick<TrendsConfig, 'years' | 'pair' | 'units' | 'domains'>;

interface Params {
  unit: string | null;
  from: number | null;
  to: number | null;
  domain: string | null;
}

interface Context extends ViewContext {
  readonly unitList: readonly string[];
  readonly domainList: readonly string[];
  readonly pair: { from: number; to: number };
}

const SPEC: StateSpec<Params, Context> = {
  unit: choiceParam(
    (c) => c.unitList,
    () => null,
  ),
  from: integerParam(
    (c) => c.years,
    (c) => c.pair.from,
  ),
  to: integerParam(
    (c) => c.years,
    (c) => c.pair.to,
  ),
  domain: choiceParam(
    (c) => c.domainList,
    (c) => c.domainList[0] ?? null,
  ),
};

function context(config: Choices): Context {
  const unitList = config.units.map((u) => u.id);
  const domainList = config.domains.map((d) => d.id);
  return { indices: [], levels: [], domains: [], years: config.years, unitIds: new Set(unitList), unitList, domainList, pair: config.pair };
}

/**
 * The latest two consecutive years of the index between which no series breaks, given the years the
 * series break in (any series); the last two years when every pair breaks.
 */
export function trendsDefaultPair(years: readonly number[], breakYears: ReadonlySet<number>): { from: number; to: number } {
  const sorted = [...years].sort((a, b) => a - b);
  for (let i = sorted.length - 1; i > 0; i -= 1) {
    const to = sorted[i]!;
    if (!breakYears.has(to)) return { from: sorted[i - 1]!, to };
  }
  const to = sorted.at(-1) ?? 0;
  return { from: sorted.at(-2) ?? to, to };
}

/** Reads the state; unknown or invalid values fall back to the defaults (and are listed in `issues`). */
export function parseTrendsState(search: string, config: Choices): ParsedState<TrendsState> {
  const ctx = context(config);
  const parsed = orderYears(parseState(search, SPEC, ctx), ctx);
  const v = parsed.values;
  const to = v.to ?? config.pair.to;
  const domain = v.domain ?? config.domains[0]?.id ?? '';
  return { values: { unit: v.unit ?? '', from: v.from ?? to, to, domain }, given: parsed.given, issues: parsed.issues };
}

/** The canonical query string ('' for the pre-rendered view: no unit, the default pair, the first domain). */
export function serialiseTrendsState(state: TrendsState, config: Choices): string {
  const values = {
    unit: state.unit === '' ? null : state.unit,
    from: state.from,
    to: state.to,
    domain: state.domain === '' ? null : state.domain,
  };
  return serialiseState(values, SPEC, context(config));
}

/** What the sub-criteria table shows: it is redrawn (and needs the index's detail) only when this changes. */
export function subCriteriaKey(state: TrendsState): string {
  return `${state.domain}|${state.from}|${state.to}`;
}
