/**
 * The data build: read the raw files, validate and normalise them, add up parents, rank, and write
 * Parquet, CSV, Arrow and a manifest atomically. Every data error is collected before failing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_EDITION, TABLE_NAMES, type Edition, type Manifest } from '../../src/schema/index.ts';
import { writeAtomically } from './atomic.ts';
import { checkDuplicates, checkRanks, checkSums, checkUnitsRanked } from './checks.ts';
import { checkCoverage, frameworkChanges, readCrosswalk, type CrosswalkRecord } from './crosswalk.ts';
import { insertRows, openDb } from './db.ts';
import { type DataError, ErrorList, sortErrors } from './errors.ts';
import { fillReference } from './fill-tables.ts';
import { readFrameworks } from './frameworks.ts';
import { readOwnerTables } from './owners.ts';
import { Progress, type ProgressSink } from './progress.ts';
import { classifyReasons, readReasonCategories } from './reason-categories.ts';
import { readReference } from './read-reference.ts';
import { dropWork, fillScores, loadFrameworkTree, rollUp, clearPartialRanks } from './rollup.ts';
import { indicesWithInternalScores, pruneInternalOnly } from './public-prune.ts';
import { loadSources } from './sources.ts';
import { stageScores } from './stage-scores.ts';
import { sourcesForEdition, withheldBy } from './visibility.ts';
import { writeOutput } from './write-output.ts';

export interface BuildOptions {
  /** The data directory (holding sources.json). */
  dataDir: string;
  /** Where the outputs go; replaced as a whole only when the build succeeds. */
  outDir: string;
  /** Which edition to build (src/schema/editions.ts): `internal` (everything) unless `public`. */
  edition?: Edition;
  /** Progress lines (after two seconds); stderr by default, null for none. */
  progress?: ProgressSink;
}

/** Success with the manifest written, or every error found as `file:row:column: value — why` (and as records, for the importer). */
export type BuildResult = { ok: true; manifest: Manifest } | { ok: false; errors: string[]; errorCount: number; details: DataError[] };

const failed = (errors: ErrorList): BuildResult => ({
  ok: false,
  errors: errors.messages(),
  errorCount: errors.count,
  details: sortErrors(errors.items),
});

/** Runs the whole build; bad data and a failed write come back as errors (it throws only on a bug or unreadable input). */
export async function buildData(options: BuildOptions): Promise<BuildResult> {
  const dataDir = path.resolve(options.dataDir);
  const errors = new ErrorList();
  const progress = new Progress(options.progress === undefined ? process.stderr : options.progress);
  const edition = options.edition ?? DEFAULT_EDITION;
  const all = loadSources(dataDir, errors);
  if (!all || !errors.empty) return failed(errors);
  // Internal datasets and sources are dropped here, before a file of theirs is read.
  const sources = sourcesForEdition(all, edition);
  progress.step('reading frameworks and reference files');
  const read = await readFrameworks(sources.frameworksDir, errors);
  const frameworks = read.valid;
  const ref = await readReference(sources, read, errors);
  const reasonCategories = sources.reasonCategories ? await readReasonCategories(sources.reasonCategories, errors) : [];
  const crosswalk: CrosswalkRecord[] = [];
  for (const file of sources.datasets.flatMap((d) => d.crosswalk)) crosswalk.push(...(await readCrosswalk(file, frameworks, errors)));
  const crosswalkFiles = sources.datasets.flatMap((d) => d.crosswalk);
  if (crosswalkFiles.length > 0)
    checkCoverage(crosswalkFiles.map((f) => f.rel).join(', '), crosswalk, frameworkChanges(ref.all.indexYears), frameworks, errors);
  const owned = await readOwnerTables(
    {
      owners: sources.datasets.flatMap((d) => d.owners),
      itemOwners: sources.datasets.flatMap((d) => d.itemOwners),
      targets: sources.datasets.flatMap((d) => d.targets),
    },
    { indexYears: ref.all.indexYears, unitIds: new Set(ref.all.units.map((u) => u.unit_id)), frameworks },
    errors,
  );
  const spillDir = mkdtempSync(path.join(tmpdir(), 'build-data-duckdb-'));
  const { instance, conn } = await openDb(spillDir);
  try {
    const headers = await stageScores(conn, ref.datasets, frameworks, errors, progress);
    const deepest = await loadFrameworkTree(conn, frameworks.values());
    progress.step('checking duplicates and published ranks');
    await checkDuplicates(conn, headers, errors);
    await checkRanks(conn, headers, errors);
    await checkUnitsRanked(conn, ref.all.indexYears, errors);
    progress.step('adding up parents');
    await rollUp(conn, deepest);
    await checkSums(conn, headers, errors);
    if (!errors.empty) return failed(errors);
    progress.step('ranking');
    await fillScores(conn);
    await dropWork(conn);
    await fillReference(conn, ref.all, frameworks.values());
    await insertRows(conn, 'crosswalk', crosswalk);
    await insertRows(conn, 'owners', owned.owners);
    await insertRows(conn, 'item_owners', owned.itemOwners);
    await insertRows(conn, 'targets', owned.targets);
    await clearPartialRanks(conn);
    if (edition === 'public') await pruneInternalOnly(conn, indicesWithInternalScores(all));
    progress.step('classifying deduction reasons');
    await classifyReasons(conn, reasonCategories);
    try {
      const manifest = await writeAtomically(options.outDir, (dir) =>
        writeOutput(conn, dir, { edition, withheld: withheldBy(sources) }, (table, i) =>
          progress.step(`writing ${table} (${i + 1}/${TABLE_NAMES.length})`),
        ),
      );
      progress.step('done');
      return { ok: true, manifest };
    } catch (e) {
      errors.add(options.outDir, null, '-', '(not written)', `could not write the output: ${(e as Error).message}`);
      return failed(errors);
    }
  } finally {
    conn.closeSync();
    instance.closeSync();
    rmSync(spillDir, { recursive: true, force: true });
  }
}
