/**
 * The rankings page's default view of an index at build time, with the choices its explorer needs.
 * The home page's headline chart and the embed pages show the same charts, so the view is drawn once
 * per index and locale and shared (views/static-render.ts).
 */
import type { Db } from '../db/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { nameOf } from '../i18n/names.ts';
import { t } from '../i18n/translate.ts';
import { comparableYears, latestComparablePair } from '../queries/comparable-years.ts';
import { domainOptions } from '../queries/domains.ts';
import { indexLevels, indexYears, type IndexYear } from '../queries/index-years.ts';
import type { IndexSummary } from '../queries/indices.ts';
import { rankingsDefaults, rankingsView, type RankingsView } from './rankings-view.ts';
import type { RankingsConfig, RankingsState } from './rankings-state.ts';
import { renderShared } from './static-render.ts';

/** What the rankings page, the home page and the embed pages take from the default view. */
export interface RankingsDefault {
  years: IndexYear[];
  state: RankingsState;
  view: RankingsView;
  /** The explorer's configuration (choices and labels), as the page embeds it. */
  config: RankingsConfig;
}

async function compute(db: Db, document: Document, locale: Locale, index: IndexSummary): Promise<RankingsDefault> {
  const [years, domains, levels, comparable] = await Promise.all([
    indexYears(db, index.index_id),
    domainOptions(db, index.index_id),
    indexLevels(db, index.index_id),
    comparableYears(db, index.index_id),
  ]);
  const pair = latestComparablePair(comparable);
  const state = rankingsDefaults(
    years.map((y) => y.year),
    pair,
  );
  const domainLabels = domains.map((d) => ({ code: d.item_code, label: nameOf(locale, d), years: d.years }));
  const view = await rankingsView(db, document, { locale, index, state, domains: domainLabels, pair });
  const config: RankingsConfig = {
    index,
    locale,
    years: years.map((y) => y.year),
    pair,
    domains: domainLabels,
    levels,
    units: view.units,
    labels: {
      loading: t(locale, 'engine.loading'),
      engineError: t(locale, 'engine.failed'),
      sortBy: t(locale, 'table.sortBy'),
      unitsRemove: t(locale, 'filters.units.remove'),
      unitsNoMatch: t(locale, 'filters.units.noMatch'),
      unitsMax: t(locale, 'filters.units.max'),
    },
  };
  return { years, state, view, config };
}

/** The default view of an index in a locale, drawn once per build (kept: a handful of indices). */
export function rankingsDefault(db: Db, locale: Locale, index: IndexSummary): Promise<RankingsDefault> {
  return renderShared(`rankings|${locale}|${index.index_id}`, (document) => compute(db, document, locale, index));
}
