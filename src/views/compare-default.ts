/**
 * The comparison page's default view of an index at build time, with the choices its explorer needs.
 * The index's rows and the unit list are read once per build and shared by both locales' pages.
 */
import type { Db } from '../db/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { nameOf } from '../i18n/names.ts';
import { t } from '../i18n/translate.ts';
import { detailIndices } from '../queries/detail-indices.ts';
import { indexLevels } from '../queries/index-years.ts';
import type { IndexSummary } from '../queries/indices.ts';
import { listUnits, type UnitSummary } from '../queries/units.ts';
import { defaultUnits, nearestPeers, type CompareConfig, type CompareState } from './compare-state.ts';
import { compareData, compareView, type CompareData, type CompareView } from './compare-view.ts';
import { unitChoices } from './unit-choices.ts';

export interface CompareDefault {
  state: CompareState;
  /** The rule that chose the default units, in words. */
  rule: string;
  view: CompareView;
  config: CompareConfig;
}

const dataByIndex = new Map<string, Promise<CompareData>>();
let units: Promise<UnitSummary[]> | undefined;
let detail: ReturnType<typeof detailIndices> | undefined;

/** The index's rows, read once per build. */
function dataOf(db: Db, indexId: string): Promise<CompareData> {
  if (!dataByIndex.has(indexId)) dataByIndex.set(indexId, compareData(db, indexId));
  return dataByIndex.get(indexId)!;
}

/** A unit page's comparison link: the unit and its two nearest peers in rank ([] when it has no rank). */
export async function comparePeers(db: Db, indexId: string, unitId: string): Promise<string[]> {
  return nearestPeers((await dataOf(db, indexId)).ranks, unitId);
}

/** Every unit that is not in the index, by level: what the page needs to say why a link's id is refused. */
function othersOf(all: readonly UnitSummary[], indexId: string): Record<string, string[]> {
  const others: Record<string, string[]> = {};
  for (const u of all) if (!u.index_ids.includes(indexId)) (others[u.level] ??= []).push(u.unit_id);
  return others;
}

/** The default state, its view and the explorer's configuration for an index in a locale. */
export async function compareDefault(db: Db, document: Document, locale: Locale, index: IndexSummary): Promise<CompareDefault> {
  units ??= listUnits(db);
  detail ??= detailIndices(db);
  const [data, all, details, levels] = await Promise.all([dataOf(db, index.index_id), units, detail, indexLevels(db, index.index_id)]);
  const years = [...new Set(data.series.map((s) => s.year))].sort((a, b) => a - b);
  const choices = unitChoices(data.ranks.map((r) => ({ id: r.unit_id, name: nameOf(locale, r), year: r.year })));
  const chosen = defaultUnits(data.ranks);
  const state: CompareState = { units: chosen.units, year: years.at(-1)! };
  const view = await compareView(db, document, { locale, index, state, data, choices });
  const config: CompareConfig = {
    index,
    locale,
    years,
    detailYears: details.find((d) => d.index_id === index.index_id)?.years ?? [],
    defaultUnits: state.units,
    units: choices,
    levels,
    others: othersOf(all, index.index_id),
    labels: {
      loading: t(locale, 'engine.loading'),
      engineError: t(locale, 'engine.failed'),
      unitsRemove: t(locale, 'filters.units.remove'),
      unitsNoMatch: t(locale, 'filters.units.noMatch'),
      unitsMax: t(locale, 'filters.units.max'),
    },
  };
  const rule = t(locale, 'compare.defaultRule', { count: chosen.units.length, year: chosen.year });
  return { state, rule, view, config };
}
