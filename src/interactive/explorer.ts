/**
 * One mechanism for every interactive view: a URL-state spec, the view's data needs, a function that
 * redraws the view's slots, and the form whose controls change the state. Nothing starts DuckDB-WASM
 * on page load: the pre-rendered HTML is the first view. The engine warms up when someone shows intent
 * (pointer over or focus in the controls), and data loads on the first change, or at once when the
 * page was opened from a link to a view that is not the pre-rendered one.
 *
 * Also common to every view: controls marked `data-needs-js` are disabled in the HTML (a
 * `[data-needs-js-note]` says why) and enabled here, the note hidden; one history entry per deliberate change (settle.ts); a note on what the
 * link held that could not be used (state-note.ts); a `[data-reset]` button back to the default view;
 * the language switch following the view (locale-switch.ts).
 */
import { getBrowserDb, warmBrowserDb, type DataNeed } from '../db/browser.ts';
import type { Db } from '../db/types.ts';
import { createUrlSync, type UrlSync } from '../state/url-sync.ts';
import type { ParsedState } from '../state/url-state.ts';
import { showEngineState, type EngineLabels } from './engine-status.ts';
import { updateLocaleLinks } from './locale-switch.ts';
import { changeKind, createChangeRun } from './settle.ts';
import { stateNote } from './state-note.ts';

export interface ExplorerSpec<S> {
  /** The controls; a `change` of a named control in it is a change of state. */
  readonly form: HTMLFormElement;
  parse(search: string): ParsedState<S>;
  /** The canonical query string; '' is the pre-rendered view. */
  serialise(state: S): string;
  /** The state the controls show. */
  read(form: HTMLFormElement): S;
  /** Puts a state into the controls (after back/forward or a link). */
  show(form: HTMLFormElement, state: S): void;
  /** The data the view needs for a state. */
  needs(state: S): DataNeed[];
  /** Redraws the view's slots; resolves when the new view is in the page. */
  render(db: Db, state: S): Promise<void>;
  readonly labels: EngineLabels;
  /**
   * What a URL parameter shows in a state, in words ("2025", a domain's name), for the note on values
   * a link held that could not be used; `tr` translates a message key. Default: nothing said.
   */
  describe?(param: string, state: S, tr: (key: string) => string): string;
  /**
   * What makes a new state: a `change` in the form (filters, the default) or its `submit` (the SQL
   * console, whose text changes on every key and runs only when asked).
   */
  readonly trigger?: 'change' | 'submit';
  /** Parameters of other views on the same page, kept in the URL as they are (url-sync.ts). */
  readonly keep?: readonly string[];
}

/** Draws `state`, keeping the engine status and `<html data-view>` (which tests wait for) up to date. */
async function draw<S>(spec: ExplorerSpec<S>, state: S): Promise<void> {
  showEngineState('loading', spec.labels);
  try {
    const db = await getBrowserDb(spec.needs(state));
    await spec.render(db, state);
    document.documentElement.dataset.view = spec.serialise(state) || 'default';
    showEngineState('ready', spec.labels);
  } catch (error) {
    console.error(error);
    showEngineState('error', spec.labels, error);
  }
}

/**
 * Draws one state at a time: a state asked for while another is drawing waits, and only the latest
 * waiting one is drawn, so quick steps through a select never leave an older view on the page.
 */
function createDrawer<S>(spec: ExplorerSpec<S>): (state: S) => void {
  let drawing = false;
  let waiting: { state: S } | null = null;
  const run = async (state: S): Promise<void> => {
    drawing = true;
    await draw(spec, state);
    drawing = false;
    const next = waiting;
    waiting = null;
    if (next) void run(next.state);
  };
  return (state) => {
    if (drawing) waiting = { state };
    else void run(state);
  };
}

/** Enables the controls that need JavaScript (disabled in the pre-rendered HTML) and hides the note saying so. */
function enableControls(form: HTMLFormElement): void {
  for (const note of form.querySelectorAll<HTMLElement>('[data-needs-js-note]')) note.hidden = true;
  for (const el of form.querySelectorAll<HTMLElement>('[data-needs-js]')) {
    el.removeAttribute('data-needs-js');
    if ('disabled' in el) (el as HTMLInputElement).disabled = false;
  }
}

/** Wires a view: URL state, controls, and redraws through DuckDB-WASM. Returns the URL binding. */
export function startExplorer<S>(spec: ExplorerSpec<S>): UrlSync<S> {
  const { form } = spec;
  const note = stateNote(form.querySelector<HTMLElement>('[data-state-note]'));
  const redraw = createDrawer(spec);
  let started = false;
  const apply = (state: S): void => {
    spec.show(form, state);
    updateLocaleLinks();
    if (started) note.clear();
    redraw(state);
  };
  const sync = createUrlSync<S>({ window, parse: spec.parse, serialise: spec.serialise, onChange: apply, keep: spec.keep ?? [] });
  const warm = (): void => void warmBrowserDb().catch(() => undefined);
  form.addEventListener('pointerenter', warm, { once: true });
  form.addEventListener('focusin', warm, { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (spec.trigger === 'submit') sync.set(spec.read(form));
  });
  if (spec.trigger !== 'submit') wireChanges(spec, sync);
  form.querySelector('[data-reset]')?.addEventListener('click', () => sync.set(spec.parse('').values));
  enableControls(form);
  const initial = sync.get();
  if (spec.serialise(initial) === '') {
    spec.show(form, initial);
    updateLocaleLinks();
    document.documentElement.dataset.view = 'default';
  } else apply(initial);
  note.show(sync.issues(), (param, tr) => spec.describe?.(param, initial, tr) ?? '');
  started = true;
  return sync;
}

/**
 * Turns the form's `change` events into state: a deliberate change pushes a history entry; a run of
 * keyboard steps through a select pushes one and replaces it until the run ends (settle.ts).
 * Controls without a name (the unit search box) are not state.
 */
function wireChanges<S>(spec: ExplorerSpec<S>, sync: UrlSync<S>): void {
  const { form } = spec;
  const run = createChangeRun();
  let lastKey: string | null = null;
  form.addEventListener('pointerdown', () => {
    lastKey = null;
    run.end();
  });
  form.addEventListener('keydown', (event) => {
    lastKey = event.key;
    if (event.key === 'Enter' || event.key === 'Tab' || event.key === 'Escape') run.end();
  });
  form.addEventListener('focusout', () => run.end());
  form.addEventListener('change', (event) => {
    const target = event.target as Element;
    if (!target.getAttribute('name')) return;
    const mode = run.change(changeKind(target.tagName, lastKey));
    sync.set(spec.read(form), { replace: mode === 'replace' });
  });
}

/** The JSON a page embeds for its explorer (`<script type="application/json" data-…>`). */
export function readJson<T>(selector: string): T | null {
  const el = document.querySelector(selector);
  return el?.textContent ? (JSON.parse(el.textContent) as T) : null;
}
