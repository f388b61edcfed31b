/**
 * The domain-trends page's interaction, through the shared explorer (explorer.ts): choosing a unit or
 * the two years redraws the small multiples and the tables with the same view function that
 * pre-rendered them, at the same widths. The index's rows are read once and kept for later redraws.
 * The sub-criteria table (indices with item detail) needs the index's detail: it is loaded, and the
 * table redrawn, only when its domain or years change, not for a unit drawn in colour.
 */
import type { DataNeed } from '../db/browser.ts';
import type { Db } from '../db/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { fillChartFigure } from '../views/chart-widths.ts';
import { parseTrendsState, serialiseTrendsState, subCriteriaKey, type TrendsConfig, type TrendsState } from '../views/trends-state.ts';
import type { TrendsData } from '../views/trends-view.ts';
import { readJson, startExplorer } from './explorer.ts';

const field = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLSelectElement;

function showState(form: HTMLFormElement, state: TrendsState): void {
  field(form, 'unit').value = state.unit;
  field(form, 'from').value = String(state.from);
  field(form, 'to').value = String(state.to);
  if (state.domain !== '') field(form, 'domain').value = state.domain;
}

function formState(form: HTMLFormElement, config: TrendsConfig): TrendsState {
  const params = new URLSearchParams({ unit: field(form, 'unit').value, from: field(form, 'from').value, to: field(form, 'to').value });
  const domain = form.elements.namedItem('domain') as HTMLSelectElement | null;
  if (domain) params.set('domain', domain.value);
  return parseTrendsState(params.toString(), config).values;
}

let cached: Promise<TrendsData> | undefined;
/** The sub-criteria table in the page: the pre-rendered one until a redraw replaces it. */
let shownSub: string | undefined;

/** The index's detail only when the sub-criteria table must be redrawn. */
function needsOf(config: TrendsConfig, state: TrendsState): DataNeed[] {
  return state.domain === '' || subCriteriaKey(state) === shownSub ? ['summary'] : ['summary', `detail:${config.index.index_id}`];
}

async function renderSub(db: Db, config: TrendsConfig, state: TrendsState, data: TrendsData): Promise<void> {
  if (state.domain === '' || subCriteriaKey(state) === shownSub) return;
  const { subCriteriaView } = await import('../views/trends-sub-criteria.ts');
  const locale = config.locale as Locale;
  const sub = await subCriteriaView(db, { locale, index: config.index, state, data, detailYears: config.detailYears });
  document.querySelector('[data-sub-movers-heading]')!.textContent = sub.heading;
  document.querySelector('[data-sub-movers-slot]')!.innerHTML = sub.body;
  shownSub = subCriteriaKey(state);
}

async function render(db: Db, config: TrendsConfig, state: TrendsState): Promise<void> {
  const { trendsData, trendsView } = await import('../views/trends-view.ts');
  cached ??= trendsData(db, config.index);
  const view = await trendsView(db, document, { locale: config.locale as Locale, index: config.index, state, data: await cached });
  const figure = document.getElementById('domain-trends');
  if (figure) fillChartFigure(figure, view.figure);
  document.querySelector('[data-movers-heading]')!.textContent = view.moversHeading;
  document.querySelector('[data-movers-slot]')!.innerHTML = view.moversTable;
  document.querySelector('[data-marks-heading]')!.textContent = view.marksHeading;
  document.querySelector('[data-marks-slot]')!.innerHTML = view.marksTable;
  await renderSub(db, config, state, await cached);
}

/** Wires the controls of the domain-trends page to URL state and the browser database. */
export function startTrendsExplorer(): void {
  const form = document.querySelector<HTMLFormElement>('[data-trends-controls]');
  const config = readJson<TrendsConfig>('[data-explorer-config]');
  if (!form || !config) return;
  shownSub = subCriteriaKey(parseTrendsState('', config).values);
  startExplorer<TrendsState>({
    form,
    parse: (search) => parseTrendsState(search, config),
    serialise: (state) => serialiseTrendsState(state, config),
    read: (f) => formState(f, config),
    show: showState,
    needs: (state) => needsOf(config, state),
    render: (db, state) => render(db, config, state),
    labels: { loading: config.labels.loading ?? '', error: config.labels.engineError ?? 'Error' },
  });
}
