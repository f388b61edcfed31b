/**
 * Back-test of the forecast from self-assessment (src/forecast/model.ts) on the built data: for every
 * index with item detail and every year with two years before it, the forecast made from that year's
 * self-assessment and the earlier years only, against what the appraisal then gave. Prints, per index
 * and year: units, mean absolute error of the total (percentage points), mean error (bias), the same
 * error of taking the self-assessment as it is (the baseline the method must beat), the share of units
 * whose actual score fell in the range and whose actual rank fell in the rank range.
 *
 *   npm run bench:forecast            (reads data/dist; run `npm run build:data` first)
 */
import { openNodeDb, DATA_DIST } from '../../src/db/node.ts';
import { actualPcts, forecast, type ForecastRow } from '../../src/forecast/model.ts';
import { detailIndices } from '../../src/queries/detail-indices.ts';
import { forecastRows } from '../../src/queries/forecast-rows.ts';

const db = await openNodeDb(DATA_DIST);
const fmt = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(0)}%`);
const mean = (xs: readonly number[]) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Self-assessed totals as they are (survey items at their actual result: the baseline knows nothing better). */
function selfPcts(rows: readonly ForecastRow[], year: number): Map<string, number> {
  const sums = new Map<string, { pts: number; max: number }>();
  for (const r of rows) {
    if (r.year !== year || !r.applicable || r.max_points === null) continue;
    const s = sums.get(r.unit_id) ?? { pts: 0, max: 0 };
    s.max += r.max_points;
    s.pts += r.self_score ?? r.final_score ?? 0;
    sums.set(r.unit_id, s);
  }
  return new Map([...sums].map(([id, s]) => [id, (s.pts / s.max) * 100]));
}

const header = ['index', 'year', 'units', 'MAE pp', 'bias pp', 'MAE self as is', 'in range', 'rank in range'];
const lines: string[][] = [];
const all = { errors: [] as number[], selfErrors: [] as number[], inRange: 0, ranged: 0, rankIn: 0 };
for (const { index_id, years } of await detailIndices(db)) {
  const rows = await forecastRows(db, { indexId: index_id });
  for (const year of years.slice(2)) {
    const actual = actualPcts(rows, year);
    const self = selfPcts(rows, year);
    const made = forecast(rows, year).filter((f) => f.missing_items === 0 && actual.has(f.unit_id));
    const actualList = made.map((f) => actual.get(f.unit_id)!);
    const errors = made.map((f) => actual.get(f.unit_id)! - f.expected_pct);
    const selfErrors = made.map((f) => actual.get(f.unit_id)! - self.get(f.unit_id)!);
    let inRange = 0;
    let rankIn = 0;
    let ranged = 0;
    made.forEach((f, i) => {
      if (f.low_pct === null || f.high_pct === null) return;
      ranged++;
      const a = actualList[i]!;
      if (a >= f.low_pct && a <= f.high_pct) inRange++;
      const rank = 1 + actualList.filter((o, j) => j !== i && o > a + 1e-9).length;
      if (rank >= f.rank_best! && rank <= f.rank_worst!) rankIn++;
    });
    all.errors.push(...errors);
    all.selfErrors.push(...selfErrors);
    all.inRange += inRange;
    all.rankIn += rankIn;
    all.ranged += ranged;
    lines.push([
      index_id,
      String(year),
      String(made.length),
      fmt(mean(errors.map(Math.abs))),
      fmt(mean(errors)),
      fmt(mean(selfErrors.map(Math.abs))),
      ranged === 0 ? 'no range yet' : pct(inRange, ranged),
      ranged === 0 ? '–' : pct(rankIn, ranged),
    ]);
  }
}
lines.push([
  'all',
  '',
  String(all.errors.length),
  fmt(mean(all.errors.map(Math.abs))),
  fmt(mean(all.errors)),
  fmt(mean(all.selfErrors.map(Math.abs))),
  all.ranged === 0 ? '–' : pct(all.inRange, all.ranged),
  all.ranged === 0 ? '–' : pct(all.rankIn, all.ranged),
]);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
const print = (cells: readonly string[]) =>
  console.log(cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
console.log(
  'Forecast from self-assessment, back-tested (errors in percentage points of the maximum; range = 10th–90th percentile of past errors)',
);
print(header);
for (const l of lines) print(l);
