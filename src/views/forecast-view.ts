/**
 * A unit's forecast from self-assessment as HTML (unit pages): the expected appraised score with its
 * range and the rank range it implies, the actual result where the appraisal is known, the items most
 * at risk of being cut with the reason past cuts carried, and, plainly, that it is an estimate and how
 * it was made (with the method's past error).
 */
import { formatNumber, formatPct } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { nameOf } from '../i18n/names.ts';
import { translator } from '../i18n/translate.ts';
import { esc } from '../tables/html.ts';
import type { UnitForecastView } from './forecast-source.ts';
import { PEER_WEIGHT } from '../forecast/model.ts';

export function forecastHtml(locale: Locale, indexId: string, v: UnitForecastView): string {
  const k = translator(locale);
  const f = v.forecast;
  const pts = (x: number | null) => formatNumber(locale, x, 2);
  const pct = (x: number | null) => formatPct(locale, x, 1);
  const sentences = [
    k(f.survey_expected > 0 ? 'forecast.expectedSurvey' : 'forecast.expected', {
      self: pts(f.self_total),
      cut: pts(f.expected_cut),
      survey: pts(f.survey_expected),
      expected: pts(f.expected_total),
      pct: pct(f.expected_pct),
    }),
    f.low_pct !== null && f.high_pct !== null && f.rank_best !== null && f.rank_worst !== null
      ? k(f.rank_best === f.rank_worst ? 'forecast.rangeOneRank' : 'forecast.range', {
          low: pct(f.low_pct),
          high: pct(f.high_pct),
          best: f.rank_best,
          worst: f.rank_worst,
          n: f.units,
        })
      : k('forecast.noRange'),
    v.actualPct !== null && v.actualRank !== null
      ? k('forecast.actual', { pct: pct(v.actualPct), rank: v.actualRank, n: f.units })
      : k('forecast.notYet'),
  ];
  const how = k('forecast.how', { weight: PEER_WEIGHT });
  const past =
    v.pastError === null ? k('forecast.pastNone') : k('forecast.past', { mae: formatNumber(locale, v.pastError.mae, 1), n: v.pastError.n });
  const lang = locale === 'vi' ? '' : ' lang="vi"';
  // A list rather than a table: four columns of long names and reasons do not fit a phone.
  const risk =
    f.at_risk.length === 0
      ? ''
      : `<h4>${esc(k('forecast.riskCaption', { year: f.year }))}</h4><ol class="forecast-risk">${f.at_risk
          .map((e) => {
            const named = v.names.get(e.item_code);
            const figures = k('forecast.riskFigures', { self: pts(e.self_score), cut: pts(e.expected_cut) });
            const reason =
              e.past_reason === null
                ? ''
                : ` <span class="note">${esc(k('forecast.pastReason'))} <span${lang}>${esc(e.past_reason)}</span></span>`;
            return `<li><strong>${esc(e.item_code)} ${named ? esc(nameOf(locale, named)) : ''}</strong> · ${esc(figures)}${reason}</li>`;
          })
          .join('')}</ol>`;
  const id = `forecast-${indexId}`;
  return [
    `<section class="forecast" aria-labelledby="${esc(id)}" data-forecast>`,
    `<h3 id="${esc(id)}">${esc(k('forecast.heading', { year: f.year }))}</h3>`,
    `<p class="forecast-estimate"><strong>${esc(k('forecast.estimateLabel'))}</strong> ${sentences.map(esc).join(' ')}</p>`,
    risk,
    `<p class="note">${esc(how)} ${esc(past)}</p>`,
    '</section>',
  ].join('');
}
