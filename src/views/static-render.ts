/** Build-time rendering of views: the charts are drawn in one shared jsdom document. */
import { JSDOM } from 'jsdom';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';

let sharedDocument: Document | null = null;

/**
 * One jsdom document for every chart of a build: creating a window costs far more than a chart. The
 * output is deterministic: the same rows and options always give the same HTML.
 */
export function staticDocument(): Document {
  sharedDocument ??= new JSDOM(`<!doctype html><html lang="${DEFAULT_LOCALE}"><body></body></html>`).window.document;
  return sharedDocument;
}

/** Runs a view with the server-side document; views return HTML strings, so the result is ready for `set:html`. */
export function renderStatic<T>(view: (document: Document) => Promise<T>): Promise<T> {
  return view(staticDocument());
}

const shared = new Map<string, Promise<unknown>>();

/**
 * A view that several pages of one build process show (an index's default rankings charts are also the
 * home page's headline and its embed pages'): computed by the first page that asks, then handed to the
 * others, so the process draws it once. Kept until the process ends, so only for a handful of views
 * (one per index and locale), never per unit. Pages of one build process share this module, as they
 * share the jsdom document; the build's other process (src/routing/build-shard.ts) draws its own.
 */
export function renderShared<T>(key: string, view: (document: Document) => Promise<T>): Promise<T> {
  let value = shared.get(key);
  if (value === undefined) shared.set(key, (value = renderStatic(view)));
  return value as Promise<T>;
}
