/**
 * A rankings chart's embed page follows the rankings page's query (domain, years, level, units): a link
 * to another view redraws the chart through the shared explorer, with the same view function. The page
 * has no controls, so the explorer gets a form of its own that nobody sees; only the parameters the
 * chart depends on count, so a link that changes the table alone starts nothing.
 */
import type { Locale } from '../i18n/locales.ts';
import { fillChartFigure } from '../views/chart-widths.ts';
import type { RankingsChart } from '../views/embed-paths.ts';
import {
  parseRankingsState,
  rankingsDefaults,
  serialiseRankingsState,
  type RankingsConfig,
  type RankingsState,
} from '../views/rankings-state.ts';
import { readJson, startExplorer } from './explorer.ts';

/** Starts the embed page's explorer for the chart it shows. */
export function startRankingsEmbed(): void {
  const config = readJson<RankingsConfig>('[data-explorer-config]');
  const figure = document.querySelector<HTMLElement>('figure[data-chart]');
  const chart = figure?.dataset.chart as RankingsChart | undefined;
  if (!config || !figure || (chart !== 'bump' && chart !== 'slope')) return;
  const defaults = rankingsDefaults(config.years, config.pair);
  // The table's year and order do not change the charts: set to what a link without them means, so
  // they stay out of the URL (the latest year, or `to` for another pair: rankings-state.ts).
  const chartState = (state: RankingsState): RankingsState => {
    const defaultPair = state.from === defaults.from && state.to === defaults.to;
    return { ...state, year: defaultPair ? defaults.year : state.to, sort: defaults.sort };
  };
  let current = parseRankingsState(location.search, config).values;
  startExplorer<RankingsState>({
    form: document.createElement('form'),
    parse: (search) => {
      const parsed = parseRankingsState(search, config);
      current = chartState(parsed.values);
      return { ...parsed, values: current };
    },
    serialise: (state) => serialiseRankingsState(chartState(state), config),
    read: () => current,
    show: () => undefined,
    needs: () => ['summary'],
    async render(db, state) {
      const { rankingsView } = await import('../views/rankings-view.ts');
      const view = await rankingsView(db, document, {
        locale: config.locale as Locale,
        index: config.index,
        state,
        domains: config.domains,
        pair: config.pair,
      });
      fillChartFigure(figure, view[chart]);
    },
    labels: { loading: config.labels.loading ?? '', error: config.labels.engineError ?? 'Error' },
  });
}
