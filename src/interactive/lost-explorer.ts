/**
 * The unit page's lost-points analysis for another year: drawn in the browser over the index's detail
 * rows (loaded only here) by the same view function that pre-rendered the latest year. Also the
 * "open all / close all" buttons of the breakdown, which need JavaScript (the `<details>` work without).
 */
import type { Locale } from '../i18n/locales.ts';
import { queryLostSource } from '../queries/lost-index.ts';
import { otherParams, ownParams } from '../views/unit-page-params.ts';
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

/** Keeps only one owner's items in the breakdown (and the domains and criteria holding them), or all. */
function applyOwner(section: HTMLElement, owner: string): void {
  for (const d of section.querySelectorAll<HTMLElement>('.breakdown details[data-item]')) {
    d.hidden = owner !== '' && !(d.dataset.owners ?? '').split(' ').includes(owner);
  }
  for (const row of section.querySelectorAll<HTMLElement>('.breakdown tr[data-item]')) {
    row.hidden = owner !== '' && row.dataset.owner !== owner;
  }
}

/** Shows the owner filter (drawn hidden: it needs this script) and wires it once per section. */
function showOwnerFilter(section: HTMLElement): void {
  for (const wrap of section.querySelectorAll<HTMLElement>('[data-owner-filter-wrap]')) wrap.hidden = false;
  if (section.dataset.ownerFilterWired) return;
  section.dataset.ownerFilterWired = 'true';
  section.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLSelectElement && target.matches('[data-owner-filter]')) applyOwner(section, target.value);
  });
}

/** Wires every lost-points section of the page. */
export function startLostExplorer(labels: { loading: string; error: string }): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-lost-points]')) {
    wireExpandButtons(section);
    showOwnerFilter(section);
    const form = section.querySelector<HTMLFormElement>('[data-lost-controls]');
    const raw = section.querySelector('[data-lost-config]')?.textContent;
    const slot = section.querySelector<HTMLElement>('[data-lost-slot]');
    if (!form || !raw || !slot) continue;
    const config = JSON.parse(raw) as LostConfig;
    const select = form.elements.namedItem('year') as HTMLSelectElement;
    startExplorer<LostState>({
      form,
      parse: (search) => parseLostState(ownParams(search, 'year').toString(), config),
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
        showOwnerFilter(section);
      },
      labels,
      keep: otherParams('year'),
      describe: (param, state) => (param === 'year' ? String(state.year) : ''),
    });
  }
}
