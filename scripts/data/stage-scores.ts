/** Reads every score file of every dataset into the staging table, with progress. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ErrorList } from './errors.ts';
import type { Framework } from './framework-item.ts';
import type { Progress } from './progress.ts';
import type { DatasetRef } from './read-reference.ts';
import type { FileHeaders, ScoreContext } from './score-context.ts';
import { readDetail } from './score-detail.ts';
import { readDomains, readRanking } from './score-published.ts';
import { createStage } from './stage.ts';

/** Stages all score rows; returns how each file writes the columns the cross-row checks cite. */
export async function stageScores(
  conn: DuckDBConnection,
  datasets: readonly DatasetRef[],
  frameworks: ReadonlyMap<string, Framework>,
  errors: ErrorList,
  progress: Progress,
): Promise<Map<string, FileHeaders>> {
  const stage = await createStage(conn);
  const headers = new Map<string, FileHeaders>();
  const total = datasets.reduce((n, d) => n + d.dataset.scores.reduce((m, s) => m + s.files.length, 0), 0);
  let seq = 0;
  for (const d of datasets) {
    const ctx: ScoreContext = {
      isSample: d.dataset.isSample,
      indices: d.indices,
      indexYears: d.indexYears,
      frameworks,
      resolver: d.resolver,
      stage,
      headers,
    };
    for (const source of d.dataset.scores) {
      stage.withhold(source.withheld);
      for (const file of source.files) {
        seq++;
        const label = `file ${seq}/${total} ${file.rel}`;
        progress.step(label);
        if (source.format === 'scores-detail' && source.indexId) {
          await readDetail(ctx, source.indexId, file, seq, errors, (rows) => progress.rows(label, rows));
        } else if (source.format === 'published-ranking' && source.indexId) {
          await readRanking(ctx, source.indexId, file, seq, errors);
        } else if (source.format === 'published-domains') {
          await readDomains(ctx, file, seq, errors);
        }
      }
    }
  }
  stage.close();
  progress.step(`${stage.rows.toLocaleString('en')} score rows read`);
  return headers;
}
