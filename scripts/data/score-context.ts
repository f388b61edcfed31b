/** What the score readers share: the dataset's lookups, the staging writer, and the checks of one score. */
import type { Framework } from './framework-item.ts';
import type { IndexRecord, IndexYearRecord } from './reference.ts';
import type { RowReader } from './row-reader.ts';
import type { StageWriter } from './stage.ts';
import type { UnitResolver } from './units.ts';

/** How a score file writes the columns the cross-row checks cite. */
export interface FileHeaders {
  unit: string;
  /** The column the final score was read from. */
  final: string;
  rank: string | null;
}

export interface ScoreContext {
  isSample: boolean;
  /** The dataset's indices by id. */
  indices: ReadonlyMap<string, IndexRecord>;
  /** The dataset's index years by `${index_id}|${year}`. */
  indexYears: ReadonlyMap<string, IndexYearRecord>;
  frameworks: ReadonlyMap<string, Framework>;
  resolver: UnitResolver;
  stage: StageWriter;
  /** Filled in by the readers: headers of each score file, by file. */
  headers: Map<string, FileHeaders>;
}

/**
 * The framework in force for an index and year, or null: reported on the year column when the index
 * has no such year; silent when the framework itself failed its checks (already reported).
 */
export function frameworkFor(r: RowReader, ctx: ScoreContext, indexId: string, year: number): Framework | null {
  const iy = ctx.indexYears.get(`${indexId}|${year}`);
  if (!iy) {
    r.report('year', `${indexId} has no index year ${year} (add it to the dataset's index-years file)`);
    return null;
  }
  return ctx.frameworks.get(iy.framework_id) ?? null;
}

/** Floating-point slack when comparing a score with its maximum. */
const EPSILON = 1e-9;

/** Reports a negative score, or one above `max` (when known). */
export function checkScore(r: RowReader, column: string, value: number | null, max: number | null, unit = ''): void {
  if (value === null) return;
  if (value < 0) r.report(column, 'negative score');
  else if (max !== null && value > max + EPSILON) r.report(column, `score above the maximum ${max}${unit}`);
}

/** Reports a maximum that differs from the framework's. */
export function checkMax(r: RowReader, column: string, given: number | null, framework: Framework, code: string): void {
  const expected = framework.items.get(code)?.max_points ?? null;
  if (given === null || expected === null) return;
  if (Math.abs(given - expected) > EPSILON) {
    r.report(column, `differs from the framework's maximum ${expected} for ${code} (${framework.id})`);
  }
}
