/**
 * The end of an import: merge the converted rows into the raw files, refuse changed values without
 * --replace, set visibility, run the data build on the result, and only then write every file at once
 * (./commit.ts). sources.json keeps the repository's formatting (Prettier), with only the new entry added.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { format as prettierFormat, resolveConfig } from 'prettier';
import { formatError } from '../data/errors.ts';
import { commitFiles } from './commit.ts';
import { heldElsewhere } from './elsewhere.ts';
import type { Converted, OutRow } from './convert.ts';
import { type NewIndex, sourcesWithIndex } from './new-index.ts';
import { type Change, csvText, type FilePlan, planFile, rawGlob, rawPath } from './raw-files.ts';
import type { ImportOptions, ImportReport } from './options.ts';
import type { Target } from './target.ts';
import { readSourcesJson, validateWith, withScoreSource } from './validate.ts';
import { sourcesWithVisibility } from './visibility.ts';

export const fail = (summary: [string, string][], errors: string[], changes: Change[] = []): ImportReport => ({
  ok: false,
  summary,
  errors,
  changes,
  written: [],
});

/** sources.json as the repository formats it: Prettier with its configuration (what `npm run format` writes). */
export async function sourcesText(dataDir: string, json: Record<string, unknown>): Promise<string> {
  const file = path.join(dataDir, 'sources.json');
  const config = (await resolveConfig(file)) ?? {};
  return prettierFormat(JSON.stringify(json), { ...config, plugins: [], parser: 'json', filepath: file });
}

/**
 * Years of this import that are already in the other folder of the index (public vs `internal/`):
 * the two score sources would read the same rows twice.
 */
function conflicts(o: ImportOptions, indexId: string, converted: Converted, internal: boolean): string[] {
  const years = [...new Set(converted.rows.map((r) => r.values.year!))];
  return years.flatMap((y) => {
    const other = rawPath(indexId, y, converted.format, !internal);
    if (!existsSync(path.join(o.dataDir, other))) return [];
    const how = internal
      ? 'its public results: an internal import cannot hold a year already published'
      : 'its internal (draft) results: to publish the year, move that file out of internal/ (or import with --internal)';
    return [`${y}: ${other} already holds ${how}; nothing written`];
  });
}

/** Plans, checks and (unless --dry-run) writes the import of `converted` into `target`. */
export async function writePlans(
  o: ImportOptions,
  target: Target,
  converted: Converted,
  summary: [string, string][],
  newIndex: NewIndex | null,
): Promise<ImportReport> {
  const indexId = target.index.index_id;
  // A new index's --internal marks its dataset; an existing index's, a folder of its own for these years.
  const internal = (o.visibility?.internal ?? false) && !newIndex;
  const clash = conflicts(o, indexId, converted, internal);
  if (clash.length > 0) return fail(summary, clash);
  const elsewhere = newIndex ? [] : await heldElsewhere(target, converted.rows, `raw/imported/${indexId}/`);
  if (elsewhere.length > 0) return fail(summary, elsewhere);
  const byYear = Map.groupBy(converted.rows, (r: OutRow) => r.values.year!);
  const plans: FilePlan[] = [...byYear].map(([y, rows]) =>
    planFile(o.dataDir, rawPath(indexId, y, converted.format, internal), converted.format, rows),
  );
  const changes = plans.flatMap((p) => p.changes);
  for (const p of plans) summary.push(['writes', `${p.rel}: ${p.added} new, ${p.changes.length} changed, ${p.unchanged} unchanged`]);
  if (changes.length > 0 && !o.replace) {
    const lines = changes.map((c) => `${c.place}: ${c.after} — differs from ${c.before} in ${c.file} (${c.row}, ${c.column})`);
    return fail(
      summary,
      [`${changes.length} value(s) differ from the raw files: nothing written (run with --replace to overwrite them)`, ...lines],
      changes,
    );
  }
  const entry = { glob: rawGlob(indexId, converted.format, internal), format: converted.format, index_id: indexId };
  const sources = readSourcesJson(o.dataDir);
  const added = newIndex
    ? sourcesWithIndex(sources, newIndex, { format: converted.format, index_id: indexId })
    : withScoreSource(sources, target.dataset.dataset.at, entry);
  if (added)
    summary.push(['sources', `sources.json: ${entry.glob} added to ${newIndex ? 'new ' : ''}dataset ${target.dataset.dataset.id}`]);
  const visible = sourcesWithVisibility(
    added ?? sources,
    added !== null,
    { newIndex: newIndex !== null, datasetAt: target.dataset.dataset.at, glob: entry.glob },
    o.visibility ?? { internal: false, internalColumns: [] },
  );
  if ('error' in visible) return fail(summary, [visible.error], changes);
  if (visible.line) summary.push(['visibility', visible.line]);
  const nextSources = visible.changed ?? added;
  const files = new Map([...(newIndex?.files ?? []), ...plans.map((p) => [p.rel, csvText(p)] as const)]);
  const check = await validateWith(o.dataDir, [target.dataset.dataset.at, ...(newIndex?.scopeAt ?? [])], nextSources ?? sources, files);
  if (!check.ok)
    return fail(summary, ['the data build refuses the result: nothing written', ...check.details.map((e) => placeOf(e, plans))], changes);
  if (o.dryRun) return { ok: true, summary, errors: [], changes, written: [] };
  if (nextSources) files.set('sources.json', await sourcesText(o.dataDir, nextSources));
  commitFiles(o.dataDir, files);
  return { ok: true, summary, errors: [], changes, written: [...files.keys()] };
}

/** A build error on a written file, named by the place in the imported file the value came from. */
function placeOf(e: Parameters<typeof formatError>[0], plans: readonly FilePlan[]): string {
  const origin = plans.find((p) => p.rel === e.file)?.origin.get(e.row ?? -1);
  return origin ? `${origin.places[e.column] ?? origin.at}: ${e.value} — ${e.why}` : formatError(e);
}
