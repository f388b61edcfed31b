/**
 * Published national figures: published-ranking (one total per unit and year) and published-domains
 * (domain or component scores, the index following from the unit's level, the item from its name).
 */
import { TOTAL_CODE, UNIT_LEVELS } from '../../src/schema/index.ts';
import { suggestion } from './closest.ts';
import type { InputFile } from './csv-file.ts';
import type { ErrorList } from './errors.ts';
import type { Framework, FrameworkItem } from './framework-item.ts';
import { itemsNamed } from './frameworks.ts';
import { DOMAINS_HEADER, RANKING_HEADER } from './headers.ts';
import type { IndexRecord } from './reference.ts';
import { readTable } from './read-table.ts';
import type { RowReader } from './row-reader.ts';
import { checkMax, checkScore, frameworkFor, type ScoreContext } from './score-context.ts';
import { levelsOf } from './units.ts';

/** A published total: max 100, final score = percentage = score_pct, with the published rank. */
export async function readRanking(ctx: ScoreContext, indexId: string, file: InputFile, fileSeq: number, errors: ErrorList): Promise<void> {
  const index = ctx.indices.get(indexId);
  if (!index) return;
  const levels = levelsOf(index.unit_level);
  await readTable([file], RANKING_HEADER, errors, (r) => {
    ctx.headers.set(file.rel, { unit: r.header('unit_name'), final: r.header('score_pct'), rank: r.header('rank') });
    const year = r.year('year');
    const name = r.text('unit_name', true);
    const level = r.oneOf('unit_level', UNIT_LEVELS, false);
    if (level !== null && !levels.includes(level)) r.report('unit_level', `${indexId} ranks ${levels.join(' or ')} units`);
    const framework = year === null ? null : frameworkFor(r, ctx, indexId, year);
    const unit = year === null || name === null ? null : ctx.resolver.resolve(name, year, levels);
    if (unit && !unit.ok) r.report('unit_name', unit.why);
    const pct = r.percent('score_pct');
    checkScore(r, 'score_pct', pct, 100, ' %');
    const rankOf = r.integer('rank_of');
    const rank = rankOf !== null ? readRank(r, 'rank', rankOf) : readRank(r, 'rank', unitsRanked(ctx, indexId, year), YEAR_NOTE);
    if (r.bad || !framework || !unit?.ok) return null;
    ctx.stage.write({
      index_id: indexId,
      year: year!,
      unit_id: unit.unit.unit_id,
      item_code: TOTAL_CODE,
      framework_id: framework.id,
      applicable: true,
      max_given: 100,
      self_score: null,
      appraisal_r1: null,
      proposed_score: null,
      final_score: pct,
      pct_given: pct,
      reason_vi: null,
      explanation_vi: null,
      published_rank: rank,
      published_rank_of: r.integer('rank_of'),
      source_urls: r.sources('source_url'),
      source_file: file.rel,
      is_sample: ctx.isSample,
      src_row: r.row,
      file_seq: fileSeq,
      unit_raw: name!,
    });
    return null;
  });
}

/** How many units the index year ranks, from the dataset's index-years file, when it says. */
function unitsRanked(ctx: ScoreContext, indexId: string, year: number | null): number | null {
  return year === null ? null : (ctx.indexYears.get(`${indexId}|${year}`)?.units_ranked ?? null);
}

/** A rank: at least 1, and at most rank_of (given in the row, or the year's units_ranked). */
function readRank(r: RowReader, column: string, rankOf: number | null, note = ''): number | null {
  const rank = r.integer(column);
  if (rank !== null && rank < 1) r.report(column, 'rank must be 1 or more');
  else if (rank !== null && rankOf !== null && rank > rankOf) r.report(column, `rank is greater than the ${rankOf} units ranked${note}`);
  return rank;
}

const YEAR_NOTE = " (rank_of empty: the index year's units_ranked)";

/** Domain or component scores; score, max_score and score_pct are kept as published. */
export async function readDomains(ctx: ScoreContext, file: InputFile, fileSeq: number, errors: ErrorList): Promise<void> {
  await readTable([file], DOMAINS_HEADER, errors, (r) => {
    ctx.headers.set(file.rel, { unit: r.header('unit_name'), final: r.header('score'), rank: r.header('rank_in_domain') });
    const year = r.year('year');
    const name = r.text('unit_name', true);
    const domain = r.text('domain_name_vi', true);
    const unit = year === null || name === null ? null : ctx.resolver.resolve(name, year, null);
    if (unit && !unit.ok) r.report('unit_name', unit.why);
    const index = unit?.ok ? indexOfLevel(r, ctx, unit.unit.level) : null;
    const framework = index && year !== null ? frameworkFor(r, ctx, index.index_id, year) : null;
    const item = framework && domain !== null ? itemNamed(r, framework, domain) : null;
    const score = r.points('score');
    const maxGiven = r.points('max_score');
    const pct = r.percent('score_pct');
    if (item) checkMax(r, 'max_score', maxGiven, framework!, item.item_code);
    checkScore(r, 'score', score, maxGiven ?? item?.max_points ?? null);
    checkScore(r, 'score_pct', pct, 100, ' %');
    const rank = readRank(r, 'rank_in_domain', index && year !== null ? unitsRanked(ctx, index.index_id, year) : null, YEAR_NOTE);
    if (r.bad || !index || !item || !unit?.ok) return null;
    ctx.stage.write({
      index_id: index.index_id,
      year: year!,
      unit_id: unit.unit.unit_id,
      item_code: item.item_code,
      framework_id: framework!.id,
      applicable: true,
      max_given: maxGiven,
      self_score: null,
      appraisal_r1: null,
      proposed_score: null,
      final_score: score,
      pct_given: pct,
      reason_vi: null,
      explanation_vi: null,
      published_rank: rank,
      published_rank_of: null,
      source_urls: r.sources('source_url'),
      source_file: file.rel,
      is_sample: ctx.isSample,
      src_row: r.row,
      file_seq: fileSeq,
      unit_raw: name!,
    });
    return null;
  });
}

/** The dataset's index that ranks units of this level (province → vn-provinces, ministry → vn-ministries). */
function indexOfLevel(r: RowReader, ctx: ScoreContext, level: string): IndexRecord | null {
  const found = [...ctx.indices.values()].filter((i) => levelsOf(i.unit_level).some((l) => l === level));
  if (found.length === 1) return found[0]!;
  const why = found.length === 0 ? `no index of this dataset ranks ${level} units` : `several indices rank ${level} units`;
  r.report('unit_name', why);
  return null;
}

/** The framework item named as sources write it (name_vi or an alias). */
function itemNamed(r: RowReader, framework: Framework, name: string): FrameworkItem | null {
  const found = itemsNamed(framework, name);
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    r.report('domain_name_vi', `ambiguous in framework ${framework.id}: ${found.map((i) => i.item_code).join(', ')}`);
    return null;
  }
  const candidates = [...framework.items.values()].map((i) => ({ label: `${i.item_code} ${i.name_vi}`, names: [i.name_vi, ...i.aliases] }));
  r.report('domain_name_vi', `unknown item name in framework ${framework.id}${suggestion(name, candidates)}`);
  return null;
}
