/**
 * A unit page's "why the rank changed" for another pair of years: the two selects are state
 * (`explain=2023-2025`, explain-state.ts), and the block is redrawn in the browser over the index's
 * rows by the same view function that pre-rendered the latest pair. The detail rows are needed for the
 * waterfall's second level and the items to win back.
 */
import type { Locale } from '../i18n/locales.ts';
import { parseExplainState, pairOf, serialiseExplainState, type ExplainConfig, type ExplainState } from '../views/explain-state.ts';
import { otherParams } from '../views/unit-page-params.ts';
import { startExplorer } from './explorer.ts';

function wire(section: HTMLElement): void {
  const form = section.querySelector<HTMLFormElement>('[data-explain-controls]');
  const raw = form?.querySelector('[data-explain-config]')?.textContent;
  const slot = section.querySelector<HTMLElement>('[data-explain-slot]');
  const heading = section.querySelector<HTMLElement>('[data-explain-heading]');
  if (!form || !raw || !slot || !heading) return;
  const config = JSON.parse(raw) as ExplainConfig;
  const from = form.elements.namedItem('from') as HTMLSelectElement;
  const to = form.elements.namedItem('to') as HTMLSelectElement;
  // Which select moved decides which year gives way when the two would cross (pairOf).
  let changed: 'from' | 'to' = 'to';
  from.addEventListener('change', () => (changed = 'from'));
  to.addEventListener('change', () => (changed = 'to'));
  startExplorer<ExplainState>({
    form,
    parse: (search) => parseExplainState(search, config),
    serialise: (state) => serialiseExplainState(state, config),
    read: () => pairOf(config.years, Number(from.value), Number(to.value), changed),
    show: (_form, state) => {
      from.value = String(state.from);
      to.value = String(state.to);
    },
    needs: () => ['summary', `detail:${config.indexId}`],
    async render(db, state) {
      const [{ readExplain }, { explainBody, explainHeading }] = await Promise.all([
        import('../views/explain-source.ts'),
        import('../views/explain-view.ts'),
      ]);
      const locale = config.locale as Locale;
      const explain = await readExplain(db, { indexId: config.indexId, unitId: config.unitId, ...state });
      const body = explainBody(document, locale, { unitId: config.unitId, unitName: config.unitName, indexId: config.indexId, explain });
      heading.textContent = explainHeading(locale, state.from, state.to);
      slot.innerHTML = body ?? '';
    },
    labels: config.labels,
    keep: otherParams('explain'),
    describe: (param, state) => (param === 'explain' ? `${state.from}–${state.to}` : ''),
  });
}

/** Wires every rank-change block of the page. */
export function startExplainExplorers(): void {
  for (const section of document.querySelectorAll<HTMLElement>('section[data-explain]')) wire(section);
}
