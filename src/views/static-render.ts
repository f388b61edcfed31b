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

const shared = new Map<string, { value: Promise<unknown>; uses: number }>();

/**
 * A view that several pages of one build show (the rankings page's default charts are also the home
 * page's headline and the embed pages'): computed by the first page that asks, then handed to the
 * others, so the build draws it once. After `uses` pages took it, it is forgotten, so a build of
 * hundreds of pages keeps only what is still to be shown. Pages of one build run in one process and
 * share this module, as they share the jsdom document.
 */
export function renderShared<T>(key: string, uses: number, view: (document: Document) => Promise<T>): Promise<T> {
  const found = shared.get(key);
  const entry = found ?? { value: renderStatic(view), uses: 0 };
  entry.uses += 1;
  if (entry.uses >= uses) shared.delete(key);
  else if (!found) shared.set(key, entry);
  return entry.value as Promise<T>;
}
