/**
 * A unit page's "domains over the years": the unit's percent in each domain against the median and
 * middle half of the index's units, breaks marked (the same small multiples as the trends page). The
 * distribution is the same for every unit of an index, so it is read and drawn once per index, locale
 * and width, and each unit's line is added as text (withUnitHtml): the build writes hundreds of unit
 * pages, and one query and one Plot drawing per page would slow it down.
 */
import { domainTrendsBase, withUnitHtml, type DomainTrendsBase } from '../charts/domain-trends.ts';
import type { PanelPoint, TrendBreak } from '../charts/trend-panels.ts';
import type { Db } from '../db/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/translate.ts';
import type { IndexSummary } from '../queries/indices.ts';
import { TOTAL_CODE } from '../schema/vocabulary.ts';
import { COLUMN_CHART_WIDTHS, type ChartRenderings } from './chart-widths.ts';
import { domainTrendsLabels } from './trends-labels.ts';
import { trendPanels, trendsData, type TrendsData } from './trends-view.ts';

/** `trendsData` read once per index (the same for every locale). */
export function memoTrendsData(db: Db): (index: IndexSummary) => Promise<TrendsData> {
  const cache = new Map<string, Promise<TrendsData>>();
  return (index) => {
    let data = cache.get(index.index_id);
    if (data === undefined) {
      data = trendsData(db, index);
      cache.set(index.index_id, data);
    }
    return data;
  };
}

/** Answers a unit page's question "my domains over the years", per index. */
export interface UnitTrendsSource {
  /** The figure, or null when the unit has domain scores in fewer than two years of the index. */
  figure(locale: Locale, index: IndexSummary, unitId: string, unitLabel: string): Promise<ChartRenderings | null>;
}

interface IndexTrends {
  bases: { width: number; base: DomainTrendsBase }[];
  byUnit: Map<string, Map<string, PanelPoint[]>>;
}

async function indexTrends(document: Document, locale: Locale, index: IndexSummary, data: TrendsData): Promise<IndexTrends> {
  const domains = { ...data, distribution: data.distribution.filter((d) => d.series !== TOTAL_CODE) };
  const { panels } = trendPanels(locale, domains, '');
  const years = [...new Set(data.series.map((r) => r.year))].sort((a, b) => a - b);
  const labels = domainTrendsLabels(locale, '');
  const bases = COLUMN_CHART_WIDTHS.map((width) => ({
    width,
    base: domainTrendsBase(panels, { width, locale, labels, document, years, id: `unit-trends-${index.index_id}-${width}` }),
  }));
  const byUnit = new Map<string, Map<string, PanelPoint[]>>();
  for (const s of data.scores) {
    if (s.series === TOTAL_CODE) continue;
    const unit = byUnit.get(s.unit_id) ?? new Map<string, PanelPoint[]>();
    unit.set(s.series, [...(unit.get(s.series) ?? []), { year: s.year, value: s.pct, break: s.break_reason as TrendBreak | null }]);
    byUnit.set(s.unit_id, unit);
  }
  return { bases, byUnit };
}

/** Years in which the unit has a domain score. */
const yearsWithValues = (unit: ReadonlyMap<string, readonly PanelPoint[]>): Set<number> =>
  new Set([...unit.values()].flatMap((points) => points.filter((p) => p.value !== null).map((p) => p.year)));

/**
 * A source that draws each index once per locale, for every unit page of a build (or a test). Its data
 * come from `dataOf` (default: read once per index; the build shares them with the trends pages).
 */
export function unitTrendsSource(
  db: Db,
  document: Document,
  dataOf: (index: IndexSummary) => Promise<TrendsData> = memoTrendsData(db),
): UnitTrendsSource {
  const cache = new Map<string, Promise<IndexTrends>>();
  return {
    async figure(locale, index, unitId, unitLabel) {
      const key = `${locale}|${index.index_id}`;
      let trends = cache.get(key);
      if (trends === undefined) {
        trends = dataOf(index).then((data) => indexTrends(document, locale, index, data));
        cache.set(key, trends);
      }
      const { bases, byUnit } = await trends;
      const unit = byUnit.get(unitId);
      if (!unit || yearsWithValues(unit).size < 2 || bases.length === 0) return null;
      const drawn = bases.map(({ width, base }) => ({ width, ...withUnitHtml(base, unit, unitLabel) }));
      return {
        caption: t(locale, 'unit.domainTrendsCaption', { unit: unitLabel }),
        table: drawn[0]?.table ?? '',
        svgs: drawn.map(({ width, svg }) => ({ width, svg })),
      };
    },
  };
}
