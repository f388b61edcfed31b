/**
 * One mechanism for every interactive view: a URL-state spec, the view's data needs, a function that
 * redraws the view's slots, and the form whose controls change the state. Nothing starts DuckDB-WASM
 * on page load: the pre-rendered HTML is the first view. The engine warms up when someone shows intent
 * (pointer over or focus in the controls), and data loads on the first change, or at once when the
 * page was opened from a link to a view that is not the pre-rendered one.
 */
import { getBrowserDb, warmBrowserDb, type DataNeed } from '../db/browser.ts';
import type { Db } from '../db/types.ts';
import { createUrlSync, type UrlSync } from '../state/url-sync.ts';
import type { ParsedState } from '../state/url-state.ts';
import { showEngineState, type EngineLabels } from './engine-status.ts';

export interface ExplorerSpec<S> {
  /** The controls; a `change` in it is a deliberate change of state. */
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
   * What makes a new state: a `change` in the form (filters, the default) or its `submit` (the SQL
   * console, whose text changes on every key and runs only when asked).
   */
  readonly trigger?: 'change' | 'submit';
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

/** Wires a view: URL state, controls, and redraws through DuckDB-WASM. Returns the URL binding. */
export function startExplorer<S>(spec: ExplorerSpec<S>): UrlSync<S> {
  const { form } = spec;
  const apply = (state: S): void => {
    spec.show(form, state);
    void draw(spec, state);
  };
  const sync = createUrlSync<S>({ window, parse: spec.parse, serialise: spec.serialise, onChange: apply });
  const warm = (): void => void warmBrowserDb().catch(() => undefined);
  form.addEventListener('pointerenter', warm, { once: true });
  form.addEventListener('focusin', warm, { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (spec.trigger === 'submit') sync.set(spec.read(form));
  });
  if (spec.trigger !== 'submit') form.addEventListener('change', () => sync.set(spec.read(form)));
  for (const el of form.querySelectorAll<HTMLElement>('[data-needs-js]')) el.removeAttribute('data-needs-js');
  const initial = sync.get();
  if (spec.serialise(initial) === '') {
    spec.show(form, initial);
    document.documentElement.dataset.view = 'default';
  } else apply(initial);
  return sync;
}

/** The JSON a page embeds for its explorer (`<script type="application/json" data-…>`). */
export function readJson<T>(selector: string): T | null {
  const el = document.querySelector(selector);
  return el?.textContent ? (JSON.parse(el.textContent) as T) : null;
}
