/**
 * Keeps a view's state and the address bar in step: a change pushes a history entry, back/forward
 * restore the state, and a link with invalid parameters is quietly rewritten to its canonical form.
 */
import { VERSION_PARAM } from './migrations.ts';
import type { ParsedState, StateIssue } from './url-state.ts';

/** The parts of `window` used (so tests can pass a jsdom window). */
export type HistoryWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

export interface UrlSyncOptions<S> {
  readonly window: HistoryWindow;
  /** Reads state from a query string, e.g. `(s) => parseRankingsState(s, config)`. */
  readonly parse: (search: string) => ParsedState<S>;
  /** Writes the canonical query string, without `?`, e.g. `(v) => serialiseRankingsState(v, config)`. */
  readonly serialise: (values: S) => string;
  /** Called after every change of state, including back/forward. */
  readonly onChange: (values: S) => void;
  /**
   * Parameters of other views on the same page (a unit page's lost points and rank-change blocks):
   * kept in the URL as they are when this view writes it. `parse` must ignore them itself.
   */
  readonly keep?: readonly string[];
}

/** A live binding between a state and the URL. */
export interface UrlSync<S> {
  /** The current state. */
  get(): S;
  /** What the URL held that was ignored when the page was opened or last navigated. */
  issues(): readonly StateIssue[];
  /** Changes part of the state; pushes a history entry unless `replace` (use it for typing in a search box). */
  set(patch: Partial<S>, options?: { replace?: boolean }): void;
  /** Stops listening to back/forward. */
  destroy(): void;
}

/**
 * The view's own query string with the kept parameters of the other views, as the URL holds them, in
 * the order of their names (the version first), so the URL is the same whichever view wrote it last.
 */
function withKept(win: HistoryWindow, query: string, keep: readonly string[]): string {
  if (keep.length === 0) return query;
  const current = new URLSearchParams(win.location.search);
  const kept = keep.flatMap((k) => current.getAll(k).map((v) => `${k}=${encodeURIComponent(v)}`));
  const key = (part: string) => (part.startsWith(`${VERSION_PARAM}=`) ? '' : part.split('=')[0]!);
  return [...query.split('&'), ...kept]
    .filter((x) => x !== '')
    .sort((a, b) => key(a).localeCompare(key(b)))
    .join('&');
}

function hrefOf(win: HistoryWindow, query: string): string {
  const { pathname, hash } = win.location;
  return `${pathname}${query === '' ? '' : `?${query}`}${hash}`;
}

/** Starts syncing; reads the current URL at once (without calling `onChange`). */
export function createUrlSync<S>(options: UrlSyncOptions<S>): UrlSync<S> {
  const { window: win, parse, onChange } = options;
  const keep = options.keep ?? [];
  const serialise = (values: S): string => withKept(win, options.serialise(values), keep);
  let parsed = parse(win.location.search);
  const canonical = serialise(parsed.values);
  if (canonical !== win.location.search.replace(/^\?/, '')) win.history.replaceState(null, '', hrefOf(win, canonical));

  const onPopState = (): void => {
    const before = options.serialise(parsed.values);
    parsed = parse(win.location.search);
    // Back to a change of another view on the page: this one is as it was.
    if (keep.length > 0 && options.serialise(parsed.values) === before) return;
    onChange(parsed.values);
  };
  win.addEventListener('popstate', onPopState);

  return {
    get: () => parsed.values,
    issues: () => parsed.issues,
    set(patch, setOptions) {
      const query = serialise({ ...parsed.values, ...patch });
      parsed = parse(query);
      const href = hrefOf(win, query);
      // Re-selecting the current view must not add a history entry that Back would seem to ignore.
      if (setOptions?.replace || query === win.location.search.replace(/^\?/, '')) win.history.replaceState(null, '', href);
      else win.history.pushState(null, '', href);
      onChange(parsed.values);
    },
    destroy: () => win.removeEventListener('popstate', onPopState),
  };
}
