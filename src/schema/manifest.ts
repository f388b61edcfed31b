/** The manifest the data build writes beside the Parquet files (data/dist/manifest.json). */
import type { Edition } from './editions.ts';
import type { TableName } from './tables.ts';

/** One output file. */
export interface ManifestFile {
  table: TableName;
  /** Path relative to the manifest, e.g. "parquet/scores.parquet". */
  path: string;
  format: 'parquet' | 'csv' | 'arrow';
  rows: number;
  bytes: number;
  sha256: string;
  /**
   * For the Arrow files of scores, which rows the file holds: "summary" (totals, domains, components)
   * or "detail:<index_id>" (criteria and sub-criteria of one index). Absent for whole tables.
   */
  part?: string;
}

/** What one index covers. */
export interface ManifestCoverage {
  index_id: string;
  is_sample: boolean;
  years: number[];
  /** Units with a total score or rank, per year (as a string key for JSON). */
  units_per_year: Record<string, number>;
}

export interface Manifest {
  schema_version: number;
  built_at: string;
  /** Present whenever any table holds sample rows: the sample is illustrative, never real results. */
  sample_notice: string | null;
  /**
   * Which edition the data is (src/schema/editions.ts): `public` holds no internal dataset and no
   * internal column; `internal` holds everything. Absent in builds older than editions: internal.
   */
  edition?: Edition;
  /** Columns written as NULL because a source keeps them internal, as `table.column` (public edition only). */
  withheld?: string[];
  files: ManifestFile[];
  coverage: ManifestCoverage[];
}

export const SAMPLE_NOTICE =
  "Contains an ILLUSTRATIVE sample province (is_sample = TRUE): generated data built to the real methodology, not any real province's results. / Có dữ liệu tỉnh MẪU minh họa (is_sample = TRUE): dữ liệu được sinh tự động theo đúng phương pháp, không phải kết quả thật của tỉnh nào.";
