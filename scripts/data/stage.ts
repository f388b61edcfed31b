/**
 * The staging table of scores: every row read from a score file, before parents are added up.
 * It keeps where each row came from (file, row, unit as written) for the cross-row checks.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ColumnType, InternalColumn } from '../../src/schema/index.ts';
import { ChunkAppender } from './db.ts';

/** One staged score row. `max_given` is the maximum the source gave, if any (else the framework's). */
export interface StageRow {
  index_id: string;
  year: number;
  unit_id: string;
  item_code: string;
  framework_id: string;
  applicable: boolean;
  max_given: number | null;
  self_score: number | null;
  appraisal_r1: number | null;
  /** The score the unit asked for in its round-2 explanation. */
  proposed_score: number | null;
  final_score: number | null;
  pct_given: number | null;
  reason_vi: string | null;
  explanation_vi: string | null;
  published_rank: number | null;
  published_rank_of: number | null;
  /** Pages the row was read from ([] when none; staged as NULL). */
  source_urls: string[];
  source_file: string;
  is_sample: boolean;
  src_row: number;
  /** Order of the file in sources.json, so "the first row" of a duplicate is well defined. */
  file_seq: number;
  unit_raw: string;
}

const STAGE_COLUMNS: readonly { name: keyof StageRow; type: ColumnType }[] = [
  { name: 'index_id', type: 'VARCHAR' },
  { name: 'year', type: 'INTEGER' },
  { name: 'unit_id', type: 'VARCHAR' },
  { name: 'item_code', type: 'VARCHAR' },
  { name: 'framework_id', type: 'VARCHAR' },
  { name: 'applicable', type: 'BOOLEAN' },
  { name: 'max_given', type: 'DOUBLE' },
  { name: 'self_score', type: 'DOUBLE' },
  { name: 'appraisal_r1', type: 'DOUBLE' },
  { name: 'proposed_score', type: 'DOUBLE' },
  { name: 'final_score', type: 'DOUBLE' },
  { name: 'pct_given', type: 'DOUBLE' },
  { name: 'reason_vi', type: 'VARCHAR' },
  { name: 'explanation_vi', type: 'VARCHAR' },
  { name: 'published_rank', type: 'INTEGER' },
  { name: 'published_rank_of', type: 'INTEGER' },
  { name: 'source_urls', type: 'VARCHAR[]' },
  { name: 'source_file', type: 'VARCHAR' },
  { name: 'is_sample', type: 'BOOLEAN' },
  { name: 'src_row', type: 'INTEGER' },
  { name: 'file_seq', type: 'INTEGER' },
  { name: 'unit_raw', type: 'VARCHAR' },
];

/** Creates the staging table and returns a writer for it. */
export async function createStage(conn: DuckDBConnection): Promise<StageWriter> {
  const cols = STAGE_COLUMNS.map((c) => `"${c.name}" ${c.type}`).join(', ');
  await conn.run(`CREATE TABLE stage (${cols})`);
  return new StageWriter(await ChunkAppender.create(conn, 'stage', STAGE_COLUMNS));
}

export class StageWriter {
  private readonly appender: ChunkAppender;
  // A column that can be internal is staged under its schema name (a rename fails the type check).
  private withheld: readonly (InternalColumn & keyof StageRow)[] = [];

  constructor(appender: ChunkAppender) {
    this.appender = appender;
  }

  get rows(): number {
    return this.appender.rows;
  }

  /**
   * Rows written from now on have `columns` NULL (the public edition, for a source that keeps them
   * internal): read and checked like any value, then never staged, so no sum, category or output holds them.
   */
  withhold(columns: readonly (InternalColumn & keyof StageRow)[]): void {
    this.withheld = columns;
  }

  write(given: StageRow): void {
    const row = this.withheld.length === 0 ? given : { ...given, ...Object.fromEntries(this.withheld.map((c) => [c, null])) };
    this.appender.appendValues([
      row.index_id,
      row.year,
      row.unit_id,
      row.item_code,
      row.framework_id,
      row.applicable,
      row.max_given,
      row.self_score,
      row.appraisal_r1,
      row.proposed_score,
      row.final_score,
      row.pct_given,
      row.reason_vi,
      row.explanation_vi,
      row.published_rank,
      row.published_rank_of,
      row.source_urls.length > 0 ? row.source_urls : null,
      row.source_file,
      row.is_sample,
      row.src_row,
      row.file_seq,
      row.unit_raw,
    ]);
  }

  close(): void {
    this.appender.close();
  }
}
