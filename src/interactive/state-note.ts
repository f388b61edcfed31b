/**
 * Shows, near a view's controls, what its link held that could not be used ("Năm 2031 không có trong
 * dữ liệu: đang hiện năm 2025."). The element is a polite live region (`role="status"`) in the page
 * from the start, so the note is announced when it is written; it is emptied on the next change.
 * The sentences (views/state-notes.ts, with the translations) load only when a link has issues.
 */
import { isLocale, DEFAULT_LOCALE } from '../i18n/locales.ts';
import type { StateIssue } from '../state/url-state.ts';

/** Says in words what a parameter shows now; `tr` translates a message key of the page's locale. */
export type DescribeParam = (param: string, tr: (key: string) => string) => string;

/** A view's note: `show` writes the issues of a link, `clear` empties it. */
export interface StateNote {
  show(issues: readonly StateIssue[], describe: DescribeParam): void;
  clear(): void;
}

/** Binds the note element (`[data-state-note]`); does nothing when there is none. */
export function stateNote(el: HTMLElement | null): StateNote {
  // A newer show or clear wins over a note still loading its sentences.
  let generation = 0;
  return {
    show(issues, describe) {
      const mine = ++generation;
      if (!el || issues.length === 0) return;
      void import('../views/state-notes.ts').then(({ stateNotes, translator }) => {
        if (mine !== generation) return;
        const lang = document.documentElement.lang;
        const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
        const tr = translator(locale);
        const sentences = stateNotes(locale, issues, (param) => describe(param, tr));
        el.replaceChildren(
          ...sentences.map((text) => {
            const p = document.createElement('p');
            p.textContent = text;
            return p;
          }),
        );
      });
    },
    clear() {
      generation++;
      el?.replaceChildren();
    },
  };
}
