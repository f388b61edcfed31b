/**
 * The engine's state as readers and tests see it: `<html data-engine="idle|loading|ready|error">`
 * (with `data-engine-error` saying why) and the status line under the header. The interactive layer
 * owns it; src/db only loads data.
 */

export type EngineState = 'idle' | 'loading' | 'ready' | 'error';

/** Texts of the status line. */
export interface EngineLabels {
  loading: string;
  error: string;
}

/** Shows `state`; `error` is the reason kept for tests and bug reports. */
export function showEngineState(state: EngineState, labels: EngineLabels, error?: unknown): void {
  const root = document.documentElement;
  root.dataset.engine = state;
  if (error !== undefined) root.dataset.engineError = error instanceof Error ? error.message : String(error);
  const status = document.querySelector('[data-engine-status]');
  if (status) status.textContent = state === 'loading' ? labels.loading : state === 'error' ? labels.error : '';
}
