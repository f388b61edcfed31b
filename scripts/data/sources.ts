/** Reads data/sources.json: the datasets the build reads, their files and score formats. */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { InputFile } from './csv-file.ts';
import type { ErrorList } from './errors.ts';
import type { InternalColumn, Visibility } from '../../src/schema/index.ts';
import { readVisibility } from './visibility.ts';

export const SCORE_FORMATS = ['published-ranking', 'published-domains', 'scores-detail'] as const;
export type ScoreFormat = (typeof SCORE_FORMATS)[number];

/** One entry of a dataset's `scores`: its files (a glob may match several) and format. */
export interface ScoreSource {
  format: ScoreFormat;
  /** The index the rows belong to; null for published-domains, where the unit's level decides. */
  indexId: string | null;
  files: InputFile[];
  /** `internal`: left out of the public edition (its own `visibility`, or its dataset's). */
  visibility: Visibility;
  /** Columns its own entry keeps internal (its dataset's are in Dataset.internalColumns). */
  internalColumns: InternalColumn[];
  /** Columns this build writes as NULL for its rows: empty but in the public edition (visibility.ts). */
  withheld: InternalColumn[];
}

export interface Dataset {
  id: string;
  /** Where it is in sources.json, e.g. "datasets[1]". */
  at: string;
  isSample: boolean;
  /** `internal`: the whole dataset is left out of the public edition. */
  visibility: Visibility;
  /** Columns of `scores` every score source of the dataset keeps internal. */
  internalColumns: InternalColumn[];
  indices: InputFile[];
  indexYears: InputFile[];
  units: InputFile[];
  lineage: InputFile[];
  /** Optional: classification groups, where the dataset's indices published them. */
  gradeThresholds: InputFile[];
  /** Optional: which framework item continues which, for the dataset's framework changes. */
  crosswalk: InputFile[];
  /** Optional: who answers for each item (owners, item owners) and explicit targets (scripts/data/owners.ts). */
  owners: InputFile[];
  itemOwners: InputFile[];
  targets: InputFile[];
  scores: ScoreSource[];
  aggregates: InputFile[];
}

export interface Sources {
  frameworksDir: InputFile;
  /** The rules that sort deduction reasons into categories; null when sources.json names none. */
  reasonCategories: InputFile | null;
  datasets: Dataset[];
}

const SOURCES = 'sources.json';
const SAMPLE_HINT = 'the illustrative sample is not generated: run `npm run data:sample` first';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Loads and checks sources.json; problems go to `errors` (file "sources.json", column = JSON path). */
export function loadSources(dataDir: string, errors: ErrorList): Sources | null {
  const file = path.join(dataDir, SOURCES);
  if (!existsSync(file)) {
    errors.add(SOURCES, null, '-', '(missing)', `no ${SOURCES} in ${dataDir}`);
    return null;
  }
  let json: Json;
  try {
    json = JSON.parse(readFileSync(file, 'utf8')) as Json;
  } catch (e) {
    errors.add(SOURCES, null, '-', '', `not valid JSON (${(e as Error).message})`);
    return null;
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    errors.add(SOURCES, null, '-', JSON.stringify(json), 'expected an object with "datasets"');
    return null;
  }
  const frameworks = typeof json.frameworks === 'string' ? json.frameworks : 'frameworks';
  const datasets = Array.isArray(json.datasets) ? (json.datasets as unknown[]) : [];
  if (datasets.length === 0) errors.add(SOURCES, null, 'datasets', '', 'no datasets');
  const reader = new DatasetReader(dataDir, errors);
  return {
    frameworksDir: { abs: path.join(dataDir, frameworks), rel: frameworks },
    reasonCategories: optionalFile(dataDir, 'reason_categories', json.reason_categories, errors),
    datasets: datasets.flatMap((d, i) => {
      if (isObject(d)) return [reader.read(d, `datasets[${i}]`)];
      errors.add(SOURCES, null, `datasets[${i}]`, JSON.stringify(d) ?? '', 'expected a dataset (an object with id, units, scores…)');
      return [];
    }),
  };
}

/** An optional file of sources.json (`reason_categories`): a path relative to data/, or absent (then no reason is classified). */
function optionalFile(dataDir: string, key: string, value: unknown, errors: ErrorList): InputFile | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || value.trim() === '') {
    errors.add(SOURCES, null, key, JSON.stringify(value) ?? '', 'expected the path of a CSV file relative to data/');
    return null;
  }
  const abs = path.join(dataDir, value);
  if (!existsSync(abs)) {
    errors.add(SOURCES, null, key, value, 'file not found');
    return null;
  }
  return { abs, rel: value };
}

class DatasetReader {
  private missingSample = false;
  private readonly dataDir: string;
  private readonly errors: ErrorList;

  constructor(dataDir: string, errors: ErrorList) {
    this.dataDir = dataDir;
    this.errors = errors;
  }

  read(d: Json, at: string): Dataset {
    const isSample = d.is_sample === true;
    const list = (key: string): InputFile[] => this.files(d[key], `${at}.${key}`, isSample);
    const scores = Array.isArray(d.scores) ? (d.scores as unknown[]) : [];
    const { visibility, internalColumns } = readVisibility(d, at, this.errors);
    return {
      id: String(d.id ?? at),
      at,
      isSample,
      visibility,
      internalColumns,
      indices: list('indices'),
      indexYears: list('index_years'),
      units: list('units'),
      lineage: list('lineage'),
      gradeThresholds: list('grade_thresholds'),
      crosswalk: list('crosswalk'),
      owners: list('owners'),
      itemOwners: list('item_owners'),
      targets: list('targets'),
      scores: scores.flatMap((s, i) => {
        if (isObject(s)) return [this.scoreSource(s, `${at}.scores[${i}]`, isSample, visibility)];
        this.errors.add(
          SOURCES,
          null,
          `${at}.scores[${i}]`,
          JSON.stringify(s) ?? '',
          'expected a score source (an object with format and file or glob)',
        );
        return [];
      }),
      aggregates: list('aggregates'),
    };
  }

  private scoreSource(s: Json, at: string, isSample: boolean, datasetVisibility: Visibility): ScoreSource {
    const format = String(s.format);
    const known = (SCORE_FORMATS as readonly string[]).includes(format);
    if (!known) this.errors.add(SOURCES, null, `${at}.format`, format, `unknown format (expected ${SCORE_FORMATS.join(', ')})`);
    const indexId = typeof s.index_id === 'string' ? s.index_id : null;
    if (known && indexId === null && format !== 'published-domains') {
      this.errors.add(SOURCES, null, `${at}.index_id`, '(missing)', `format ${format} needs an index_id`);
    }
    const pattern = s.glob ?? s.file;
    const files = typeof s.glob === 'string' ? this.glob(s.glob, `${at}.glob`, isSample) : this.files([pattern], at, isSample);
    const rows = this.declaredRows(s, at);
    const own = readVisibility(s, at, this.errors);
    const visibility = datasetVisibility === 'internal' ? 'internal' : own.visibility;
    return {
      format: format as ScoreFormat,
      indexId,
      files: rows === undefined ? files : files.map((f) => ({ ...f, ...rows })),
      visibility,
      internalColumns: own.internalColumns,
      withheld: [],
    };
  }

  /** `"rows"`: the data rows of a single file (not a glob), a whole number ≥ 0. */
  private declaredRows(s: Json, at: string): { rows: number; rowsAt: string } | undefined {
    if (s.rows === undefined) return undefined;
    const rowsAt = `${SOURCES} ${at}.rows`;
    if (typeof s.glob === 'string') {
      this.errors.add(SOURCES, null, `${at}.rows`, JSON.stringify(s.rows), 'rows is declared for one file: use "file", not "glob"');
    } else if (typeof s.rows !== 'number' || !Number.isInteger(s.rows) || s.rows < 0) {
      this.errors.add(SOURCES, null, `${at}.rows`, JSON.stringify(s.rows) ?? '', 'expected the number of data rows (a whole number ≥ 0)');
    } else return { rows: s.rows, rowsAt };
    return undefined;
  }

  private files(value: unknown, at: string, isSample: boolean): InputFile[] {
    if (value !== undefined && !Array.isArray(value)) {
      this.errors.add(SOURCES, null, at, JSON.stringify(value) ?? '', 'expected a list of paths relative to data/');
      return [];
    }
    return (value ?? []).flatMap((rel: unknown, i: number) => {
      if (typeof rel !== 'string' || rel === '') {
        this.errors.add(SOURCES, null, `${at}[${i}]`, JSON.stringify(rel) ?? '', 'expected the path of a file relative to data/');
        return [];
      }
      const file = { abs: path.join(this.dataDir, rel), rel };
      if (!existsSync(file.abs)) this.missing(file.rel, at, isSample);
      else if (!statSync(file.abs).isFile())
        this.errors.add(rel, null, '-', '(folder)', `is a folder, not a file (listed in ${SOURCES} ${at})`);
      else return [file];
      return [];
    });
  }

  private glob(pattern: string, at: string, isSample: boolean): InputFile[] {
    const rels = globSync(pattern, { cwd: this.dataDir })
      .map((p) => p.split(path.sep).join('/'))
      .sort();
    if (rels.length === 0) this.missing(pattern, at, isSample);
    return rels.flatMap((rel) => {
      const abs = path.join(this.dataDir, rel);
      if (statSync(abs).isFile()) return [{ abs, rel }];
      this.errors.add(rel, null, '-', '(folder)', `is a folder, not a file (matched by ${SOURCES} ${at})`);
      return [];
    });
  }

  /** A missing sample is reported once, with the command that makes it. */
  private missing(rel: string, at: string, isSample: boolean): void {
    if (!isSample) {
      this.errors.add(rel, null, '-', '(missing)', `file not found (listed in ${SOURCES} ${at})`);
    } else if (!this.missingSample) {
      this.missingSample = true;
      this.errors.add(rel, null, '-', '(missing)', SAMPLE_HINT);
    }
  }
}
