/**
 * Every unit's forecast from self-assessment (src/forecast/model.ts), computed once per index for the
 * build: each unit gets its latest year with a self-assessment and at least one year before it, with
 * the actual result where the appraisal is known (the estimate is made without looking at it).
 */
import type { Db } from '../db/types.ts';
import { actualPcts, forecast, pastResiduals, type UnitForecast } from '../forecast/model.ts';
import { forecastItemNames, forecastRows } from '../queries/forecast-rows.ts';

export interface UnitForecastView {
  forecast: UnitForecast;
  /** Actual final score in percent of the maximum, and the rank it gives among the forecast units; null before the appraisal. */
  actualPct: number | null;
  actualRank: number | null;
  /** The method's mean absolute error on the index's earlier years (percentage points), and over how many estimates. */
  pastError: { mae: number; n: number } | null;
  names: ReadonlyMap<string, { name_vi: string; name_en: string }>;
}

export type ForecastSource = (indexId: string) => Promise<ReadonlyMap<string, UnitForecastView>>;

export function forecastSource(db: Db): ForecastSource {
  const cache = new Map<string, Promise<ReadonlyMap<string, UnitForecastView>>>();
  return (indexId) => {
    let found = cache.get(indexId);
    if (!found) {
      found = build(db, indexId);
      cache.set(indexId, found);
    }
    return found;
  };
}

async function build(db: Db, indexId: string): Promise<ReadonlyMap<string, UnitForecastView>> {
  const rows = await forecastRows(db, { indexId });
  const years = [...new Set(rows.filter((r) => r.self_score !== null).map((r) => r.year))].sort((a, b) => a - b);
  const out = new Map<string, UnitForecastView>();
  // Latest year first: a unit keeps the first (latest) forecast it gets.
  for (const year of years.slice(1).reverse()) {
    const residuals = pastResiduals(rows, year);
    const made = forecast(rows, year, residuals).filter((f) => f.self_total > 0 && f.missing_items === 0 && !out.has(f.unit_id));
    if (made.length === 0) continue;
    const actual = actualPcts(rows, year);
    const pastError =
      residuals.length === 0 ? null : { mae: residuals.reduce((s, e) => s + Math.abs(e), 0) / residuals.length, n: residuals.length };
    const names = new Map((await forecastItemNames(db, { indexId, year })).map((n) => [n.item_code, n]));
    const actualOf = made.map((f) => actual.get(f.unit_id) ?? null);
    made.forEach((f, i) => {
      const a = actualOf[i]!;
      const rank = a === null ? null : 1 + actualOf.filter((o, j) => j !== i && o !== null && o > a + 1e-9).length;
      out.set(f.unit_id, { forecast: f, actualPct: a, actualRank: rank, pastError, names });
    });
  }
  return out;
}
