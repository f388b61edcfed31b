/**
 * `--internal` and `--internal-columns` of the importer: the visibility of what it adds, written to the
 * entry of sources.json that reads the imported files (data/README.md, "Editions"). A new index's
 * dataset takes it whole; an existing index's score source of imported files (one glob for all its
 * years) takes it when the import creates it. Columns are only ever added: making anything public again
 * is an edit of sources.json by hand, as is making internal an entry that already holds public years.
 */
import { INTERNAL_CAPABLE_COLUMNS, type InternalColumn } from '../../src/schema/index.ts';

type Json = Record<string, unknown>;

export interface ImportVisibility {
  internal: boolean;
  internalColumns: readonly InternalColumn[];
}

/** `--internal-columns a,b` as columns, or the message refusing an unknown one. */
export function parseInternalColumns(text: string | undefined): InternalColumn[] | string {
  if (text === undefined) return [];
  const names = text
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const unknown = names.filter((n) => !(INTERNAL_CAPABLE_COLUMNS as readonly string[]).includes(n));
  if (unknown.length > 0)
    return `--internal-columns: ${unknown.map((n) => `"${n}"`).join(', ')} cannot be internal (columns that can: ${INTERNAL_CAPABLE_COLUMNS.join(', ')})`;
  return names as InternalColumn[];
}

/**
 * Sets `v` on `entry` (in place: a copy of sources.json); `created` says the import adds the entry now.
 * Returns the summary line (null when the entry is public with no internal column) or an error.
 */
function applyVisibility(entry: Json, created: boolean, v: ImportVisibility, at: string): { line: string | null } | { error: string } {
  if (v.internal && entry.visibility !== 'internal') {
    if (!created)
      return {
        error: `--internal: ${at} (${String(entry.glob ?? entry.id)}) already holds public results; mark it internal by hand in sources.json if all its years are internal`,
      };
    entry.visibility = 'internal';
  }
  const had = Array.isArray(entry.internal_columns) ? (entry.internal_columns as string[]) : [];
  const columns = INTERNAL_CAPABLE_COLUMNS.filter((c) => had.includes(c) || v.internalColumns.includes(c));
  if (columns.length > had.length) entry.internal_columns = columns;
  if (entry.visibility !== 'internal' && columns.length === 0) return { line: null };
  const parts = [entry.visibility === 'internal' ? 'internal: left out of the public edition' : 'public'];
  if (columns.length > 0) parts.push(`internal columns ${columns.join(', ')}`);
  return { line: `${parts.join('; ')} (sources.json ${at})` };
}

/**
 * `sources` with `v` applied to the entry reading the imported files: a new index's dataset (the last),
 * or the score source with `glob` in the dataset at `datasetAt` ("datasets[1]"). `created`: the import
 * adds that entry. `changed` is null when sources.json stays as it is.
 */
export function sourcesWithVisibility(
  sources: Json,
  created: boolean,
  where: { newIndex: boolean; datasetAt: string; glob: string },
  v: ImportVisibility,
): { changed: Json | null; line: string | null } | { error: string } {
  const next = structuredClone(sources);
  const datasets = next.datasets as Json[];
  const i = where.newIndex ? datasets.length - 1 : Number(/\[(\d+)\]/.exec(where.datasetAt)?.[1]);
  const scores = (datasets[i]!.scores as Json[] | undefined) ?? [];
  const j = scores.findIndex((s) => s.glob === where.glob);
  const [entry, at] = where.newIndex || j < 0 ? [datasets[i]!, `datasets[${i}]`] : [scores[j]!, `datasets[${i}].scores[${j}]`];
  const applied = applyVisibility(entry, created, v, at);
  if ('error' in applied) return applied;
  return { changed: JSON.stringify(next) === JSON.stringify(sources) ? null : next, line: applied.line };
}
