/**
 * Runs the data build on a copy of the data directory with the import's files in place, before
 * anything is written: only the dataset of the index (and a new index's scope) is built, so a sample never generated
 * does not stand in the way. Its errors come back as records.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BuildResult, buildData } from '../data/build.ts';

type Json = Record<string, unknown>;

/** sources.json with a score entry for `glob` in dataset `datasetAt` ("datasets[1]") added if missing. */
export function withScoreSource(sources: Json, datasetAt: string, entry: { glob: string; format: string; index_id: string }): Json | null {
  const i = Number(/\[(\d+)\]/.exec(datasetAt)?.[1]);
  const dataset = (sources.datasets as Json[])[i]!;
  const scores = (dataset.scores as Json[] | undefined) ?? [];
  if (scores.some((s) => s.glob === entry.glob && s.format === entry.format)) return null;
  const datasets = (sources.datasets as Json[]).map((d, j) => (j === i ? { ...d, scores: [...scores, entry] } : d));
  return { ...sources, datasets };
}

/**
 * Builds `dataDir` with `files` (relative path → text) and `sources` in place, keeping only the datasets
 * at `keep` ("datasets[1]"…): the index's, and for a new index also the one holding its scope unit.
 */
export async function validateWith(
  dataDir: string,
  keep: readonly string[],
  sources: Json,
  files: ReadonlyMap<string, string>,
): Promise<BuildResult> {
  const root = mkdtempSync(path.join(tmpdir(), 'import-check-'));
  try {
    const copy = path.join(root, 'data');
    // Not the output (data/dist, a link, and its versions and temporary folders beside it).
    const output = (src: string) => path.dirname(path.resolve(src)) === path.resolve(dataDir) && /^dist(\.|$)/.test(path.basename(src));
    cpSync(dataDir, copy, { recursive: true, filter: (src) => !output(src) });
    const kept = new Set(keep.map((at) => Number(/\[(\d+)\]/.exec(at)?.[1])));
    const only = { ...sources, datasets: (sources.datasets as Json[]).filter((_, i) => kept.has(i)) };
    writeFileSync(path.join(copy, 'sources.json'), JSON.stringify(only));
    for (const [rel, text] of files) {
      mkdirSync(path.dirname(path.join(copy, rel)), { recursive: true });
      writeFileSync(path.join(copy, rel), text);
    }
    return await buildData({ dataDir: copy, outDir: path.join(root, 'out'), progress: null });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function readSourcesJson(dataDir: string): Json {
  return JSON.parse(readFileSync(path.join(dataDir, 'sources.json'), 'utf8')) as Json;
}
