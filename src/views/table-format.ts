/** The ranking table's number formats and column labels in a locale (decimal comma in Vietnamese). */
import { formatNumber, formatPct, formatSigned } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/translate.ts';
import type { RankingTableOptions } from '../tables/ranking-table.ts';

/** Number formats for tables in a locale. */
export function tableFormat(locale: Locale): RankingTableOptions['format'] {
  return {
    pct: (x) => formatPct(locale, x),
    signed: (x, digits = 0) => formatSigned(locale, x, digits),
    int: (x) => formatNumber(locale, x, 0),
  };
}

/** Labels of the ranking table in a locale. */
export function rankingLabels(locale: Locale): RankingTableOptions['labels'] {
  const k = translator(locale);
  return {
    rank: k('table.rank'),
    unit: k('table.unit'),
    score: k('table.scorePct'),
    rankChange: k('table.deltaRank'),
    scoreChange: k('table.deltaScore'),
    group: k('table.group'),
    source: k('table.source'),
  };
}
