/** Build-time rendering of views: one jsdom document for the whole build (a window costs far more than a chart). */
import { JSDOM } from 'jsdom';

let shared: Document | undefined;

/** Runs a view with a server-side document; views return HTML strings, so the result is ready for `set:html`. */
export function renderStatic<T>(view: (document: Document) => Promise<T>): Promise<T> {
  shared ??= new JSDOM('<!doctype html><html lang="vi"><body></body></html>').window.document;
  return view(shared);
}
