/** Build-time rendering of views: the charts are drawn in one shared jsdom document. */
import { JSDOM } from 'jsdom';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';

let shared: Document | null = null;

/**
 * One jsdom document for every chart of a build: creating a window costs far more than a chart. The
 * output is deterministic: the same rows and options always give the same HTML.
 */
export function staticDocument(): Document {
  shared ??= new JSDOM(`<!doctype html><html lang="${DEFAULT_LOCALE}"><body></body></html>`).window.document;
  return shared;
}

/** Runs a view with the server-side document; views return HTML strings, so the result is ready for `set:html`. */
export function renderStatic<T>(view: (document: Document) => Promise<T>): Promise<T> {
  return view(staticDocument());
}
