/** The translated labels of the domain-trends chart (`charts.domainTrends.*`); the unit's name is data. */
import type { DomainTrendsLabels } from '../charts/domain-trends.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/translate.ts';

/** Labels of the small multiples; `unit` is the chosen unit's name, '' when none. */
export function domainTrendsLabels(locale: Locale, unit: string): DomainTrendsLabels {
  const tr = translator(locale);
  const k = (key: string) => tr(`charts.domainTrends.${key}`);
  return {
    title: k('title'),
    summary: k('summary'),
    series: k('series'),
    year: k('year'),
    n: k('n'),
    median: k('median'),
    iqr: k('iqr'),
    range: k('range'),
    mean: k('mean'),
    few: k('few'),
    unit,
    breaks: { framework: k('break.framework'), gap: k('break.gap'), merger: k('break.merger') },
  };
}
