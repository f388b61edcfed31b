/** Build-time rendering of views, in the charts' shared jsdom document. */
import { staticDocument } from '../charts/render-static.ts';

/** Runs a view with a server-side document; views return HTML strings, so the result is ready for `set:html`. */
export function renderStatic<T>(view: (document: Document) => Promise<T>): Promise<T> {
  return view(staticDocument());
}
