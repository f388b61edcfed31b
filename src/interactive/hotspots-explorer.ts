/**
 * The lost-points page's filters (year, item level, domain), through the shared explorer: the page's
 * parts are redrawn by the view function that pre-rendered them, over this index's detail rows.
 */
import type { Locale } from '../i18n/locales.ts';
import type { DetailLevel } from '../queries/lost-hotspots.ts';
import { parseHotspotsState, serialiseHotspotsState, type HotspotsConfig, type HotspotsState } from '../views/hotspots-state.ts';
import { chartFigureHtml, fillChartFigure, type ChartRenderings } from '../views/chart-widths.ts';
import { readJson, startExplorer } from './explorer.ts';

const field = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLSelectElement;

/**
 * Puts a chart into its slot: redrawn in place when the slot has its figure (the data table stays open
 * if it was), written anew when the pre-rendered view had none, hidden when this view has none.
 */
function fill(slot: Element | null, figure: ChartRenderings | null, name: string, dataTable: string, menu: string): void {
  if (!slot) return;
  const el = slot.querySelector('figure');
  if (figure === null) {
    if (el) el.hidden = true;
  } else if (el) {
    el.hidden = false;
    fillChartFigure(el, figure);
  } else slot.innerHTML = chartFigureHtml(figure, { name, withId: true, dataTable, menu });
}

/** Wires the page's controls to URL state and the browser database. */
export function startHotspotsExplorer(): void {
  const form = document.querySelector<HTMLFormElement>('[data-hotspots-controls]');
  const config = readJson<HotspotsConfig>('[data-hotspots-config]');
  if (!form || !config) return;
  const slot = (name: string) => document.querySelector(`[data-slot="${name}"]`);
  startExplorer<HotspotsState>({
    form,
    parse: (search) => parseHotspotsState(search, config),
    serialise: (state) => serialiseHotspotsState(state, config),
    read: (f) => ({
      year: Number(field(f, 'year').value),
      level: field(f, 'level').value as DetailLevel,
      domain: field(f, 'domain').value,
    }),
    show: (f, state) => {
      field(f, 'year').value = String(state.year);
      field(f, 'level').value = state.level;
      field(f, 'domain').value = state.domain;
    },
    needs: () => ['summary', `detail:${config.indexId}`],
    async render(db, state) {
      const [{ hotspotsView }, { t }, { shareMenuHtml }] = await Promise.all([
        import('../views/hotspots-view.ts'),
        import('../i18n/translate.ts'),
        import('../views/share-menu.ts'),
      ]);
      const dataTable = t(config.locale as Locale, 'chart.dataTable');
      const menu = (name: string) => shareMenuHtml(config.locale as Locale, { kind: 'figure', name });
      const view = await hotspotsView(db, document, {
        locale: config.locale as Locale,
        indexId: config.indexId,
        latestYear: config.years.at(-1) ?? 0,
        state,
        withheld: config.withheld,
      });
      slot('heat')!.innerHTML = view.heat;
      fill(slot('mostLost'), view.mostLost, 'most-lost', dataTable, menu('most-lost'));
      fill(slot('reasons'), view.reasons, 'reasons', dataTable, menu('reasons'));
      slot('reasonExamples')!.innerHTML = view.reasonExamples;
      fill(slot('claims'), view.claims, 'claims', dataTable, menu('claims'));
      slot('claimsList')!.innerHTML = view.claimsList;
      slot('itemCuts')!.innerHTML = view.itemCuts;
    },
    labels: config.labels,
    describe: (param, state, tr) => {
      if (param === 'year') return String(state.year);
      if (param === 'level') return tr(`itemLevel.${state.level}`);
      if (param === 'domain') return config.domains.find((d) => d.code === state.domain)?.label ?? tr('filters.domain.all');
      return '';
    },
  });
}
