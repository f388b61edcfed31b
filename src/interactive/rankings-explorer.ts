/**
 * The rankings page's interaction, through the shared explorer (explorer.ts): filters redraw the bump
 * and slope charts and the ranking table with the same view function that pre-rendered them, at the
 * same widths (views/chart-widths.ts), so nothing jumps when the view changes.
 */
import type { Db } from '../db/types.ts';
import type { Locale } from '../i18n/locales.ts';
import type { RankingSort } from '../queries/ranking.ts';
import { MAX_UNITS } from '../state/view-state.ts';
import { parseRankingsState, serialiseRankingsState, type RankingsConfig, type RankingsState } from '../views/rankings-state.ts';
import { fillChartFigure } from '../views/chart-widths.ts';
import { startExplorer, readJson } from './explorer.ts';
import { startUnitPicker, type UnitPicker } from './unit-picker.ts';

/** A control of the form by name; the level filter exists only when the index ranks several levels. */
const field = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLSelectElement | HTMLInputElement | null;

/** Puts a state into the form controls (after back/forward, a deep link, or a normalised choice). */
function showState(form: HTMLFormElement, picker: UnitPicker, state: RankingsState): void {
  field(form, 'domain')!.value = state.item;
  field(form, 'year')!.value = String(state.year);
  field(form, 'from')!.value = String(state.from);
  field(form, 'to')!.value = String(state.to);
  field(form, 'sort')!.value = state.sort;
  const level = field(form, 'level');
  if (level) level.value = state.level;
  picker.show(state.units);
}

/** What a parameter shows, in words, for the note on a link's unusable values. */
function describe(config: RankingsConfig, param: string, state: RankingsState, tr: (key: string) => string): string {
  if (param === 'domain') return config.domains.find((d) => d.code === state.item)?.label ?? tr('filters.domain.total');
  if (param === 'level') return state.level === '' ? tr('filters.level.all') : tr(`level.plural.${state.level}`);
  if (param === 'year') return String(state.year);
  if (param === 'from' || param === 'to') return `${state.from}–${state.to}`;
  if (param === 'units') return state.units.join(',');
  return '';
}

/**
 * The state the controls show, understood with every field given: a default-valued field must still
 * count (a "from" after "to" is swapped back, not replaced), which a round-trip through the URL would lose.
 */
function formState(form: HTMLFormElement, config: RankingsConfig): RankingsState {
  const params = new URLSearchParams({
    domain: field(form, 'domain')!.value,
    year: field(form, 'year')!.value,
    from: field(form, 'from')!.value,
    to: field(form, 'to')!.value,
    level: field(form, 'level')?.value ?? '',
    sort: field(form, 'sort')!.value,
    units: field(form, 'units')!.value,
  });
  return parseRankingsState(params.toString(), config).values;
}

async function render(db: Db, config: RankingsConfig, state: RankingsState): Promise<void> {
  const { rankingsView } = await import('../views/rankings-view.ts');
  const view = await rankingsView(db, document, {
    locale: config.locale as Locale,
    index: config.index,
    state,
    domains: config.domains,
    pair: config.pair,
  });
  for (const id of ['bump', 'slope'] as const) {
    const figure = document.getElementById(id);
    if (figure) fillChartFigure(figure, view[id]);
  }
  const few = document.querySelector('[data-few-note]');
  if (few) few.innerHTML = view.fewNote;
  document.querySelector('[data-ranking-heading]')!.textContent = view.rankingHeading;
  document.querySelector('[data-ranking-table-slot]')!.innerHTML = view.rankingTable;
  enhanceHeaders(config.labels.sortBy ?? '');
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
  const config = readJson<RankingsConfig>('[data-explorer-config]');
  if (!form || !config) return;
  const picker = startUnitPicker(form.querySelector<HTMLElement>('[data-unit-picker]')!, config.units, MAX_UNITS, {
    remove: config.labels.unitsRemove ?? '{unit}',
    noMatch: config.labels.unitsNoMatch ?? '',
    max: config.labels.unitsMax ?? '',
  });
  const sync = startExplorer<RankingsState>({
    form,
    parse: (search) => parseRankingsState(search, config),
    serialise: (state) => serialiseRankingsState(state, config),
    read: (f) => formState(f, config),
    show: (f, state) => showState(f, picker, state),
    needs: () => ['summary'],
    render: (db, state) => render(db, config, state),
    labels: { loading: config.labels.loading ?? '', error: config.labels.engineError ?? 'Error' },
    describe: (param, state, tr) => describe(config, param, state, tr),
  });
  document.querySelector('[data-ranking-table-slot]')?.addEventListener('click', (event) => {
    const key = (event.target as HTMLElement).closest<HTMLElement>('button[data-sort-key]')?.dataset.sortKey;
    if (key) sync.set({ sort: key as RankingSort });
  });
  enhanceHeaders(config.labels.sortBy ?? '');
}
