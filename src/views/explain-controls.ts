/**
 * The year pair of a unit page's "why the rank changed": two selects of the years the unit has a total
 * in, disabled until the explorer (src/interactive/explain-explorer.ts) enables them, and the config it
 * reads. Without JavaScript the pre-rendered pair stays, and a note says the choice needs JavaScript.
 */
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/translate.ts';
import { esc } from '../tables/html.ts';
import type { ExplainConfig } from './explain-state.ts';

function select(name: string, label: string, years: readonly number[], selected: number): string {
  const options = years.map((y) => `<option value="${y}"${y === selected ? ' selected' : ''}>${y}</option>`).join('');
  return `<label>${esc(label)} <select name="${name}" disabled data-needs-js>${options}</select></label>`;
}

/** The form, or '' when the unit has no other pair of years to choose. */
export function explainControlsHtml(locale: Locale, config: ExplainConfig): string {
  if (config.years.length < 3) return '';
  const tr = translator(locale);
  const json = JSON.stringify(config).replaceAll('<', '\\u003c');
  return [
    `<form class="controls explain-controls no-print" data-explain-controls aria-label="${esc(tr('explain.pair.legend'))}">`,
    `<p class="needs-js" data-needs-js-note>${esc(tr('filters.needsJs'))}</p>`,
    '<div class="state-note" role="status" data-state-note></div>',
    `<fieldset class="year-pair"><legend>${esc(tr('explain.pair.legend'))}</legend>`,
    select('from', tr('filters.from.label'), config.years, config.from),
    select('to', tr('filters.to.label'), config.years, config.to),
    '</fieldset>',
    `<script type="application/json" data-explain-config>${json}</script>`,
    '</form>',
  ].join('');
}
