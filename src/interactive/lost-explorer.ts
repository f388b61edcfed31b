/**
 * The unit page's lost-points analysis for another year: drawn in the browser over the index's detail
 * rows (loaded only here) by the same view function that pre-rendered the latest year. Also the
 * "open all / close all" buttons of the breakdown, which need JavaScript (the `<details>` work without).
 */
import type { Locale } from '../i18n/locales.ts';
import { queryLostSource } from '../queries/lost-index.ts';
import { parseLostState, serialiseLostState, type LostConfig, type LostState } from '../views/lost-state.ts';
import { startExplorer } from './explorer.ts';

function wireExpandButtons(section: HTMLElement): void {
  for (const button of section.querySelectorAll<HTMLButtonElement>('button[data-expand]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const open = button.dataset.expand === 'open';
      for (const d of section.querySelectorAll<HTMLDetailsElement>('.breakdown details')) d.open = open;
    });
  }
}

/** Wires every lost-points section of the page. */
export function startLostExplorer(labels: { loading: string; error: string }): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-lost-points]')) {
    wireExpandButtons(section);
    const form = section.querySelector<HTMLFormElement>('[data-lost-controls]');
    const raw = section.querySelector('[data-lost-config]')?.textContent;
    const slot = section.querySelector<HTMLElement>('[data-lost-slot]');
    if (!form || !raw || !slot) continue;
    const config = JSON.parse(raw) as LostConfig;
    const select = form.elements.namedItem('year') as HTMLSelectElement;
    startExplorer<LostState>({
      form,
      parse: (search) => parseLostState(search, config),
      serialise: (state) => serialiseLostState(state, config),
      read: () => parseLostState(`year=${select.value}`, config).values,
      show: (_form, state) => {
        select.value = String(state.year);
      },
      needs: () => ['summary', `detail:${config.indexId}`],
      async render(db, state) {
        const { lostView, lostHtml, paretoFigures } = await import('../views/lost-view.ts');
        const locale = config.locale as Locale;
        const view = await lostView(queryLostSource(db, config.indexId), {
          locale,
          indexId: config.indexId,
          unit: config.unit,
          year: state.year,
          withheld: config.withheld ?? [],
        });
        slot.innerHTML = lostHtml(view, locale, paretoFigures(view, locale, document));
      },
      labels,
      describe: (param, state) => (param === 'year' ? String(state.year) : ''),
    });
  }
}
