/**
 * scores-detail: one row per unit and item, as a province's scoring software exports it
 * (English or Vietnamese headers, decimal commas). Streams the file into the staging table.
 */
import type { InputFile } from './csv-file.ts';
import type { ErrorList } from './errors.ts';
import { DETAIL_HEADER } from './headers.ts';
import { readSource } from './read-source.ts';
import { RowReader } from './row-reader.ts';
import { checkMax, checkScore, frameworkFor, type ScoreContext } from './score-context.ts';
import { levelsOf } from './units.ts';

/** Reads one scores-detail file of `indexId`; `onChunk` gets the running row count. */
export async function readDetail(
  ctx: ScoreContext,
  indexId: string,
  file: InputFile,
  fileSeq: number,
  errors: ErrorList,
  onChunk?: (rows: number) => void,
): Promise<void> {
  const index = ctx.indices.get(indexId);
  if (!index) return;
  const levels = levelsOf(index.unit_level);
  let r: RowReader | null = null;
  await readSource(
    file,
    DETAIL_HEADER,
    errors,
    (cells, row, cols) => {
      if (!r) {
        r = new RowReader(file, cols, errors);
        ctx.headers.set(file.rel, { unit: r.header('unit_name'), final: r.header('final_score'), rank: null });
      }
      r.reset(cells, row);
      const year = r.year('year');
      const name = r.text('unit_name', true);
      const code = r.text('item_code', true);
      const framework = year === null ? null : frameworkFor(r, ctx, indexId, year);
      const unit = year === null || name === null ? null : ctx.resolver.resolve(name, year, levels);
      if (unit && !unit.ok) r.report('unit_name', unit.why);
      const item = framework && code !== null ? framework.items.get(code) : undefined;
      if (framework && code !== null && !item) r.report('item_code', `unknown item for framework ${framework.id}`);
      if (!framework || !item || !unit?.ok) return;
      const maxGiven = r.points('max_points');
      checkMax(r, 'max_points', maxGiven, framework, item.item_code);
      const max = maxGiven ?? item.max_points;
      const applicable = r.yesNo('applicable', true);
      const self = r.points('self_score');
      const r1 = r.points('appraisal_r1');
      const final = r.points('final_score');
      const proposed = r.points('proposed_score');
      const explanation = r.text('explanation');
      checkScore(r, 'self_score', self, max);
      checkScore(r, 'appraisal_r1', r1, max);
      checkScore(r, 'final_score', final, max);
      checkScore(r, 'proposed_score', proposed, max);
      // A proposal is what a unit asks for in its explanation: without one, it is a score in the wrong column.
      if (proposed !== null && explanation === null)
        r.report(
          'proposed_score',
          `a proposed score without an explanation (${r.header('explanation')} is empty); give the explanation or leave it empty`,
        );
      if (!applicable) {
        const scored = (['self_score', 'appraisal_r1', 'final_score', 'proposed_score'] as const).find(
          (c, i) => [self, r1, final, proposed][i] !== null,
        );
        if (scored)
          r.report(scored, `a score on an item marked not applicable (${r.header('applicable')}: ${r.raw('applicable')}); leave it empty`);
      }
      if (r.bad) return;
      ctx.stage.write({
        index_id: indexId,
        year: year!,
        unit_id: unit.unit.unit_id,
        item_code: item.item_code,
        framework_id: framework.id,
        applicable,
        max_given: maxGiven,
        self_score: self,
        appraisal_r1: r1,
        proposed_score: proposed,
        final_score: final,
        pct_given: null,
        reason_vi: r.text('reason'),
        explanation_vi: explanation,
        published_rank: null,
        published_rank_of: null,
        source_urls: r.sources('source_url'),
        source_file: file.rel,
        is_sample: ctx.isSample,
        src_row: row,
        file_seq: fileSeq,
        unit_raw: name!,
      });
    },
    onChunk,
  );
}
