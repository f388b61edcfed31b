/**
 * The rankings page's interaction. Nothing here runs DuckDB-WASM on page load: the pre-rendered charts
 * are the first view. The engine starts on the first change of a filter, or at once when the page is
 * opened from a shared link that carries a non-default state (so that link shows what was shared).
 * The URL is kept in step by createUrlSync: a change pushes a history entry (never a duplicate),
 * back/forward restore the view, and an invalid link is rewritten to the view it shows.
 */
import { getBrowserDb } from '../db/browser.ts';
import type { Locale } from '../i18n/locales.ts';
import { createUrlSync } from '../state/url-sync.ts';
import { parseRankingsState, serialiseRankingsState, type RankingsConfig, type RankingsState } from '../views/rankings-state.ts';
import type { RankingSort } from '../queries/ranking.ts';

function readConfig(): RankingsConfig | null {
  const el = document.querySelector('[data-explorer-config]');
  return el?.textContent ? (JSON.parse(el.textContent) as RankingsConfig) : null;
}

function setStatus(text: string): void {
  const status = document.querySelector('[data-engine-status]');
  if (status) status.textContent = text;
}

/** A control of the form by name; the level filter exists only when the index ranks several levels. */
const field = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLSelectElement | HTMLInputElement | null;
const unitsSelect = (form: HTMLFormElement) => field(form, 'units') as HTMLSelectElement;

/** Puts a state into the form controls (after back/forward, a deep link, or a normalised choice). */
function showState(form: HTMLFormElement, state: RankingsState): void {
  field(form, 'domain')!.value = state.item;
  field(form, 'from')!.value = String(state.from);
  field(form, 'to')!.value = String(state.to);
  field(form, 'sort')!.value = state.sort;
  const level = field(form, 'level');
  if (level) level.value = state.level;
  for (const option of unitsSelect(form).options) option.selected = state.units.includes(option.value);
}

/**
 * The state the controls show, understood with every field given: a default-valued field must still
 * count (a "from" after "to" is swapped back, not replaced), which a round-trip through the URL would lose.
 */
function formState(form: HTMLFormElement, config: RankingsConfig): RankingsState {
  const params = new URLSearchParams({
    domain: field(form, 'domain')!.value,
    from: field(form, 'from')!.value,
    to: field(form, 'to')!.value,
    level: field(form, 'level')?.value ?? '',
    sort: field(form, 'sort')!.value,
    units: [...unitsSelect(form).selectedOptions].map((o) => o.value).join(','),
  });
  return parseRankingsState(params.toString(), config).values;
}

async function render(config: RankingsConfig, state: RankingsState): Promise<void> {
  setStatus(config.labels.loading ?? '');
  const [db, { rankingsView }] = await Promise.all([getBrowserDb('/'), import('../views/rankings-view.ts')]);
  // Drawn at the real width of the figure, so a phone gets a chart made for its screen.
  const width = Math.round(document.getElementById('bump')?.clientWidth || 720);
  const view = await rankingsView(db, document, {
    locale: config.locale as Locale,
    index: config.index,
    state,
    domains: config.domains,
    width,
  });
  for (const id of ['bump', 'slope'] as const) {
    const figure = document.getElementById(id);
    if (!figure) continue;
    figure.querySelector('.chart-svg')!.innerHTML = view[id].svg;
    figure.querySelector('figcaption')!.textContent = view[id].caption;
    figure.querySelector('.chart-table')!.innerHTML = view[id].table;
  }
  document.querySelector('[data-ranking-heading]')!.textContent = view.rankingHeading;
  document.querySelector('[data-ranking-table-slot]')!.innerHTML = view.rankingTable;
  enhanceHeaders(config.labels.sortBy ?? '');
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
  const apply = (state: RankingsState) => {
    showState(form, state);
    render(config, state).catch((error: unknown) => {
      console.error(error);
      setStatus(config.labels.engineError ?? 'Error');
    });
  };
  const sync = createUrlSync<RankingsState>({
    window,
    parse: (search) => parseRankingsState(search, config),
    serialise: (state) => serialiseRankingsState(state, config),
    onChange: apply,
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', () => sync.set(formState(form, config)));
  document.querySelector('[data-ranking-table-slot]')?.addEventListener('click', (event) => {
    const key = (event.target as HTMLElement).closest<HTMLElement>('button[data-sort-key]')?.dataset.sortKey;
    if (key) sync.set({ sort: key as RankingSort });
  });
  enhanceHeaders(config.labels.sortBy ?? '');
  const initial = sync.get();
  if (serialiseRankingsState(initial, config) === '') {
    showState(form, initial);
    document.documentElement.dataset.view = 'default';
  } else apply(initial);
}
