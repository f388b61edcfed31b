/**
 * The comparison page's interaction, through the shared explorer (explorer.ts): choosing or removing a
 * unit (the unit picker, limited to five) or the year redraws the charts and the table with the same
 * view function that pre-rendered them. The index's rows are read once and kept; an index with item
 * detail loads it for the year's differing items ('detail:<index>').
 */
import { getBrowserDb, type DataNeed } from '../db/browser.ts';
import type { Db } from '../db/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { fillChartFigure } from '../views/chart-widths.ts';
import {
  MAX_COMPARED,
  nameRefusals,
  parseCompareState,
  refusedUnitIds,
  serialiseCompareState,
  type CompareConfig,
  type CompareState,
} from '../views/compare-state.ts';
import type { StateIssue } from '../state/url-state.ts';
import { stateNote } from './state-note.ts';
import type { CompareData, CompareView } from '../views/compare-view.ts';
import { readJson, startExplorer } from './explorer.ts';
import { startUnitPicker, type UnitPicker } from './unit-picker.ts';

const field = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

function formState(form: HTMLFormElement, config: CompareConfig): CompareState {
  const params = new URLSearchParams({ units: field(form, 'units').value, year: field(form, 'year').value });
  return parseCompareState(params.toString(), config).values;
}

let cached: Promise<CompareData> | undefined;

/** Shows a figure (redrawn) or hides it when the view has none. */
function showFigure(id: string, figure: CompareView['scores']): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.hidden = figure === null;
  if (figure) fillChartFigure(el, figure);
}

async function render(db: Db, config: CompareConfig, state: CompareState): Promise<void> {
  const { compareData, compareView } = await import('../views/compare-view.ts');
  cached ??= compareData(db, config.index.index_id);
  const data = await cached;
  const view = await compareView(db, document, {
    locale: config.locale as Locale,
    index: config.index,
    state,
    data,
    choices: config.units,
  });
  const rule = document.querySelector<HTMLElement>('[data-default-rule]');
  if (rule) rule.hidden = serialiseCompareState(state, config) !== '';
  const prompt = document.querySelector<HTMLElement>('[data-compare-prompt]')!;
  prompt.textContent = view.prompt;
  prompt.hidden = view.prompt === '';
  for (const [id, figure] of [
    ['compare-score', view.scores],
    ['compare-rank', view.ranks],
    ['compare-profiles', view.profiles],
  ] as const)
    showFigure(id, figure);
  for (const heading of document.querySelectorAll<HTMLElement>('[data-compare-heading]')) heading.hidden = view.prompt !== '';
  document.querySelector('[data-profiles-heading]')!.textContent = view.profilesHeading;
  const profilesNote = document.querySelector<HTMLElement>('[data-profiles-note]')!;
  profilesNote.textContent = view.profilesNote;
  profilesNote.hidden = view.profilesNote === '';
  const items = document.querySelector<HTMLElement>('[data-compare-items-section]')!;
  items.hidden = view.prompt !== '';
  items.querySelector('[data-compare-items-heading]')!.textContent = view.itemsHeading;
  items.querySelector('[data-compare-items-slot]')!.innerHTML = view.itemsTable;
}

function needs(config: CompareConfig, state: CompareState): DataNeed[] {
  return config.detailYears.includes(state.year) ? ['summary', `detail:${config.index.index_id}`] : ['summary'];
}

/**
 * Rewrites the link's note with the refused units' names (the page carries no names of units outside
 * its index: they are read from the database, which a link with units loads anyway), unless the reader
 * has moved on meanwhile.
 */
async function nameRefused(form: HTMLFormElement, config: CompareConfig, issues: readonly StateIssue[]): Promise<void> {
  const ids = refusedUnitIds(issues);
  if (ids.length === 0) return;
  const search = window.location.search;
  const { unitNames } = await import('../queries/unit-names.ts');
  const rows = await unitNames(await getBrowserDb(['summary']), ids);
  if (window.location.search !== search) return;
  const names = new Map(rows.map((r) => [r.unit_id, config.locale === 'en' && r.name_en ? r.name_en : r.name_vi]));
  stateNote(form.querySelector<HTMLElement>('[data-state-note]')).show(nameRefusals(issues, names), () => '');
}

/** Wires the controls of the comparison page to URL state and the browser database. */
export function startCompareExplorer(): void {
  const form = document.querySelector<HTMLFormElement>('[data-compare-controls]');
  const config = readJson<CompareConfig>('[data-explorer-config]');
  if (!form || !config) return;
  const picker: UnitPicker = startUnitPicker(form.querySelector<HTMLElement>('[data-unit-picker]')!, config.units, MAX_COMPARED, {
    remove: config.labels.unitsRemove ?? '{unit}',
    noMatch: config.labels.unitsNoMatch ?? '',
    max: config.labels.unitsMax ?? '',
  });
  const sync = startExplorer<CompareState>({
    form,
    parse: (search) => parseCompareState(search, config),
    serialise: (state) => serialiseCompareState(state, config),
    read: (f) => formState(f, config),
    show: (f, state) => {
      picker.show(state.units);
      field(f, 'year').value = String(state.year);
    },
    needs: (state) => needs(config, state),
    render: (db, state) => render(db, config, state),
    labels: { loading: config.labels.loading ?? '', error: config.labels.engineError ?? 'Error' },
  });
  void nameRefused(form, config, sync.issues()).catch(() => undefined);
}
