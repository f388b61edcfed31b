/**
 * The domain-trends page's interaction, through the shared explorer (explorer.ts): choosing a unit or
 * the two years redraws the small multiples and the tables with the same view function that
 * pre-rendered them, at the same widths. The index's rows are read once and kept for later redraws.
 */
import type { Db } from '../db/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { fillChartFigure } from '../views/chart-widths.ts';
import { parseTrendsState, serialiseTrendsState, type TrendsConfig, type TrendsState } from '../views/trends-state.ts';
import type { TrendsData } from '../views/trends-view.ts';
import { readJson, startExplorer } from './explorer.ts';

const field = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLSelectElement;

function showState(form: HTMLFormElement, state: TrendsState): void {
  field(form, 'unit').value = state.unit;
  field(form, 'from').value = String(state.from);
  field(form, 'to').value = String(state.to);
}

function formState(form: HTMLFormElement, config: TrendsConfig): TrendsState {
  const params = new URLSearchParams({ unit: field(form, 'unit').value, from: field(form, 'from').value, to: field(form, 'to').value });
  return parseTrendsState(params.toString(), config).values;
}

let cached: Promise<TrendsData> | undefined;

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
}

/** Wires the controls of the domain-trends page to URL state and the browser database. */
export function startTrendsExplorer(): void {
  const form = document.querySelector<HTMLFormElement>('[data-trends-controls]');
  const config = readJson<TrendsConfig>('[data-explorer-config]');
  if (!form || !config) return;
  startExplorer<TrendsState>({
    form,
    parse: (search) => parseTrendsState(search, config),
    serialise: (state) => serialiseTrendsState(state, config),
    read: (f) => formState(f, config),
    show: showState,
    needs: () => ['summary'],
    render: (db, state) => render(db, config, state),
    labels: { loading: config.labels.loading ?? '', error: config.labels.engineError ?? 'Error' },
  });
}
