/**
 * Generates the ILLUSTRATIVE sample province (or, at national scale, 34 of them) into an output
 * directory, in exactly the input formats of data/README.md, so that it goes through the same
 * import and validation as real data. Deterministic: the same seed gives byte-identical files.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CsvStream } from './csv-stream.ts';
import {
  FRAMEWORKS_DIR,
  type SampleLevel,
  SAMPLE_LEVELS,
  frameworkIdFor,
  readSampleFrameworks,
  type SampleFramework,
} from './frameworks.ts';
import { writeOwners, writeTargets } from './owners.ts';
import { Profiles } from './profiles.ts';
import { type SampleProvince, buildProvince } from './province.ts';
import { indexYears, writeGradeThresholds, writeIndexYears, writeIndices, writeLineage, writeUnits } from './reference-files.ts';
import type { Scale } from './scales.ts';
import { SCORES_HEADER, exportRow, scoreUnitYear } from './score-batch.ts';
import { forceTie } from './ties.ts';
import { existsIn, provinceIdentities, type SampleUnit } from './units.ts';

export interface GenerateOptions {
  seed: number;
  outDir: string;
  scale: Scale;
  frameworksDir?: string;
  /** Progress lines; silent when omitted. */
  log?: (line: string) => void;
}

export interface GeneratedFile {
  /** Path relative to the output directory. */
  file: string;
  rows: number;
}

export interface GenerateSummary {
  files: GeneratedFile[];
  scoreRows: number;
}

const GENERATED =
  /^(indices|index-years|grade-thresholds|units|lineage|owners|item-owners|targets)\.csv$|^(departments|districts|communes)-\d{4}\.csv$/;

/** Removes files a previous run wrote (and only those), so a smaller run leaves no stale years behind. */
function clean(outDir: string): void {
  for (const dir of [outDir, path.join(outDir, 'scores')]) {
    for (const name of readdirSync(dir)) {
      if (GENERATED.test(name)) rmSync(path.join(dir, name));
    }
  }
}

interface Context {
  seed: number;
  provinces: SampleProvince[];
  profiles: Profiles;
  frameworks: Map<string, SampleFramework>;
}

/** Streams one scores file: every province's units of the level, one row per unit and leaf item. */
async function writeScores(ctx: Context, outDir: string, level: SampleLevel, year: number): Promise<GeneratedFile> {
  const file = `scores/${level}-${year}.csv`;
  const fw = ctx.frameworks.get(frameworkIdFor(level, year));
  if (!fw) throw new Error(`no framework ${frameworkIdFor(level, year)}`);
  const out = new CsvStream(path.join(outDir, file), SCORES_HEADER, ';', true);
  for (const p of ctx.provinces) {
    const units = p.units.filter((u) => u.index === level && existsIn(u, year));
    const batch = units.map((u) => scoreUnitYear(ctx.seed, ctx.profiles, u, fw, year));
    forceTie(batch);
    for (const u of batch) {
      for (const it of u.items) await out.write(exportRow(year, u, it));
    }
  }
  await out.close();
  return { file, rows: out.rows };
}

/** Generates the sample into `outDir` (created if needed). */
export async function generateSample(o: GenerateOptions): Promise<GenerateSummary> {
  const log = o.log ?? (() => {});
  const frameworks = await readSampleFrameworks(o.frameworksDir ?? FRAMEWORKS_DIR);
  const provinces = provinceIdentities(o.scale.provinces).map((id, i) => buildProvince(o.seed, id, i, o.scale.districts, o.scale.communes));
  const byId = new Map<string, SampleUnit>(provinces.flatMap((p) => p.units.map((u) => [u.unit_id, u] as const)));
  const ctx: Context = { seed: o.seed, provinces, profiles: new Profiles(o.seed, byId, frameworks), frameworks };

  mkdirSync(path.join(o.outDir, 'scores'), { recursive: true });
  clean(o.outDir);
  const files: GeneratedFile[] = [
    { file: 'indices.csv', rows: writeIndices(o.outDir, provinces) },
    { file: 'index-years.csv', rows: writeIndexYears(o.outDir, provinces, o.scale) },
    { file: 'grade-thresholds.csv', rows: writeGradeThresholds(o.outDir, o.scale) },
    { file: 'units.csv', rows: writeUnits(o.outDir, provinces) },
    { file: 'lineage.csv', rows: writeLineage(o.outDir, provinces) },
  ];
  const owners = writeOwners(o.outDir, o.scale);
  files.push(
    { file: 'owners.csv', rows: owners.owners },
    { file: 'item-owners.csv', rows: owners.items },
    { file: 'targets.csv', rows: writeTargets(o.outDir, o.scale, frameworks) },
  );
  for (const f of files) log(`${f.file.padEnd(28)} ${f.rows.toLocaleString('en')} rows`);
  let scoreRows = 0;
  for (const level of SAMPLE_LEVELS) {
    for (const year of indexYears(level, o.scale)) {
      const f = await writeScores(ctx, o.outDir, level, year);
      scoreRows += f.rows;
      files.push(f);
      log(`${f.file.padEnd(28)} ${f.rows.toLocaleString('en')} rows (${scoreRows.toLocaleString('en')} score rows so far)`);
    }
  }
  return { files, scoreRows };
}
