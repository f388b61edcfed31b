/**
 * The rankings page's interaction. Nothing here runs DuckDB-WASM on page load: the pre-rendered charts
 * are the first view. The engine starts on the first change of a filter, or at once when the page is
 * opened from a shared link that carries a non-default state (so that link shows what was shared).
 */
import { getBrowserDb } from '../db/browser.ts';
import type { Locale } from '../i18n/locales.ts';
import { parseRankingsState, serialiseRankingsState, type RankingsConfig, type RankingsState } from '../views/rankings-state.ts';

function readConfig(): RankingsConfig | null {
  const el = document.querySelector('[data-explorer-config]');
  return el?.textContent ? (JSON.parse(el.textContent) as RankingsConfig) : null;
}

function setStatus(text: string): void {
  const status = document.querySelector('[data-engine-status]');
  if (status) status.textContent = text;
}

const control = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLSelectElement | HTMLInputElement | null;

/** Puts a state into the form controls (after back/forward or a deep link). */
function showState(form: HTMLFormElement, state: RankingsState): void {
  (form.elements.namedItem('domain') as HTMLSelectElement).value = state.item;
  const level = control(form, 'level');
  if (level) level.value = state.level;
  control(form, 'sort')!.value = state.sort;
  (form.elements.namedItem('from') as HTMLSelectElement).value = String(state.from);
  (form.elements.namedItem('to') as HTMLSelectElement).value = String(state.to);
  for (const option of (form.elements.namedItem('units') as HTMLSelectElement).options) option.selected = state.units.includes(option.value);
}

/** Reads the state the controls show. */
function formState(form: HTMLFormElement, config: RankingsConfig): RankingsState {
  const params = new URLSearchParams();
  params.set('domain', (form.elements.namedItem('domain') as HTMLSelectElement).value);
  params.set('from', (form.elements.namedItem('from') as HTMLSelectElement).value);
  params.set('to', (form.elements.namedItem('to') as HTMLSelectElement).value);
  params.set('level', control(form, 'level')?.value ?? '');
  params.set('sort', control(form, 'sort')?.value ?? 'rank');
  const units = [...(form.elements.namedItem('units') as HTMLSelectElement).selectedOptions].map((o) => o.value);
  if (units.length) params.set('units', units.join(','));
  return parseRankingsState(params.toString(), config).state;
}

async function render(config: RankingsConfig, state: RankingsState, labels: Record<string, string>): Promise<void> {
  setStatus(labels.loading ?? '');
  const [db, { rankingsView }] = await Promise.all([getBrowserDb('/'), import('../views/rankings-view.ts')]);
  // Drawn at the real width of the figure, so a phone gets a chart made for its screen.
  const width = Math.round(document.getElementById('bump')?.clientWidth || 720);
  const view = await rankingsView(db, document, { locale: config.locale as Locale, index: config.index, state, width });
  for (const id of ['bump', 'slope'] as const) {
    const figure = document.getElementById(id);
    if (!figure) continue;
    figure.querySelector('.chart-svg')!.innerHTML = view[id].svg;
    figure.querySelector('figcaption')!.textContent = view[id].caption;
    figure.querySelector('.chart-table')!.innerHTML = view[id].table;
  }
  document.querySelector('[data-ranking-heading]')!.textContent = view.rankingHeading;
  document.querySelector('[data-ranking-table-slot]')!.innerHTML = view.rankingTable;
  enhanceHeaders(labels.sortBy ?? '');
  document.documentElement.dataset.view = serialiseRankingsState(state, config) || 'default';
  setStatus('');
}

/** Turns sortable column headers into buttons (they would do nothing without JavaScript). */
function enhanceHeaders(sortBy: string): void {
  for (const th of document.querySelectorAll<HTMLElement>('[data-ranking-table] th[data-sort-key]')) {
    if (th.querySelector('button')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    button.title = `${sortBy} ${th.textContent ?? ''}`.trim();
    button.dataset.sortKey = th.dataset.sortKey;
    th.replaceChildren(button);
  }
}

/** Wires the controls of the rankings page to URL state and the browser database. */
export function startRankingsExplorer(): void {
  const form = document.querySelector<HTMLFormElement>('[data-rankings-controls]');
  const config = readConfig();
  if (!form || !config) return;
  const labels = config.labels;
  const apply = (state: RankingsState) =>
    render(config, state, labels).catch((error: unknown) => {
      console.error(error);
      setStatus(labels.engineError ?? 'Error');
    });

  const urlOf = (query: string) => (query ? `?${query}` : location.pathname);
  const update = () => {
    const state = formState(form, config);
    // The controls show the state as understood (e.g. "from" after "to" is swapped back).
    showState(form, state);
    const query = serialiseRankingsState(state, config);
    if (query === location.search.replace(/^\?/, '')) return; // same view: no new history entry
    history.pushState(null, '', urlOf(query));
    void apply(state);
  };
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', update);
  document.querySelector('[data-ranking-table-slot]')?.addEventListener('click', (event) => {
    const key = (event.target as HTMLElement).closest<HTMLElement>('button[data-sort-key]')?.dataset.sortKey;
    if (!key) return;
    control(form, 'sort')!.value = key;
    update();
  });
  enhanceHeaders(labels.sortBy ?? '');
  window.addEventListener('popstate', () => {
    const { state } = parseRankingsState(location.search, config);
    showState(form, state);
    void apply(state);
  });
  const initial = parseRankingsState(location.search, config);
  showState(form, initial.state);
  // A link with invalid or unknown parameters is rewritten to the view it shows.
  const canonical = serialiseRankingsState(initial.state, config);
  if (canonical !== location.search.replace(/^\?/, '')) history.replaceState(null, '', urlOf(canonical));
  if (initial.isDefault) document.documentElement.dataset.view = 'default';
  else void apply(initial.state);
}
