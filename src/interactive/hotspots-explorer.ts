/**
 * The lost-points page's filters (year, item level, domain), through the shared explorer: the page's
 * parts are redrawn by the view function that pre-rendered them, over this index's detail rows.
 */
import type { Locale } from '../i18n/locales.ts';
import type { DetailLevel } from '../queries/lost-hotspots.ts';
import { parseHotspotsState, serialiseHotspotsState, type HotspotsConfig, type HotspotsState } from '../views/hotspots-state.ts';
import type { TwoWidths } from '../views/hotspots-view.ts';
import { readJson, startExplorer } from './explorer.ts';

const field = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLSelectElement;

/** Puts a two-width figure into its slot, keeping the pre-rendered markup's shape. */
function fill(slot: Element | null, figure: TwoWidths | null): void {
  if (!slot) return;
  const el = slot.querySelector('figure');
  if (!figure || !el) {
    if (el) el.hidden = figure === null;
    return;
  }
  el.hidden = false;
  el.querySelector('.chart-wide')!.innerHTML = figure.wide.svg;
  el.querySelector('.chart-narrow')!.innerHTML = figure.narrow.svg;
  el.querySelector('figcaption')!.textContent = figure.wide.caption;
  el.querySelector('.chart-table')!.innerHTML = figure.wide.table;
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
      const { hotspotsView } = await import('../views/hotspots-view.ts');
      const view = await hotspotsView(db, document, {
        locale: config.locale as Locale,
        indexId: config.indexId,
        latestYear: config.years.at(-1) ?? 0,
        state,
      });
      slot('heat')!.innerHTML = view.heat;
      fill(slot('mostLost'), view.mostLost);
      fill(slot('reasons'), view.reasons);
      slot('reasonExamples')!.innerHTML = view.reasonExamples;
      fill(slot('claims'), view.claims);
      slot('claimsList')!.innerHTML = view.claimsList;
      slot('itemCuts')!.innerHTML = view.itemCuts;
    },
    labels: config.labels,
  });
}
