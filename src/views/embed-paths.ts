/**
 * Which charts have an embed page, and where (locale-neutral paths; routes in src/pages/[...locale]/embed/).
 * Embed pages exist for the rankings charts of every index and for the charts of the units with
 * published results. Not for the sample's 240 units: they are illustrative and, being most of the
 * units, would double the build's pages for charts nobody should publish elsewhere.
 */

/** The rankings charts that have an embed page. */
export const RANKINGS_CHARTS = ['bump', 'slope'] as const;
export type RankingsChart = (typeof RANKINGS_CHARTS)[number];

/** The query parameters a rankings chart depends on (`year` and `sort` only change the table). */
export const RANKINGS_CHART_PARAMS = ['domain', 'from', 'to', 'level', 'units'] as const;

/** An embed page and the query parameters it reads. */
export interface EmbedTarget {
  readonly path: string;
  readonly params: readonly string[];
}

/** The embed page of a rankings chart: `/embed/rankings/vn-provinces/slope/`. */
export function rankingsEmbed(indexId: string, chart: RankingsChart): EmbedTarget {
  return { path: `/embed/rankings/${indexId}/${chart}/`, params: RANKINGS_CHART_PARAMS };
}

/** Does this unit have an embed page? Units with published (not sample) scores. */
export function hasUnitEmbed(unit: { readonly is_sample: boolean; readonly index_ids: readonly string[] }): boolean {
  return !unit.is_sample && unit.index_ids.length > 0;
}

/** The embed page of a unit's charts (score over the years, domains against peers): `/embed/units/ha-noi/`. */
export function unitEmbed(unitId: string): EmbedTarget {
  return { path: `/embed/units/${unitId}/`, params: [] };
}
