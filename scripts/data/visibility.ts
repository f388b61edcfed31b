/**
 * Visibility in sources.json (see src/schema/editions.ts): reading a dataset's or score source's
 * `visibility` and `internal_columns`, and cutting the sources down to what an edition may hold.
 */
import {
  INTERNAL_CAPABLE_COLUMNS,
  TABLES,
  VISIBILITIES,
  type Edition,
  type InternalColumn,
  type Visibility,
} from '../../src/schema/index.ts';
import type { ErrorList } from './errors.ts';
import type { Dataset, Sources } from './sources.ts';

const SOURCES = 'sources.json';

/** What an entry of sources.json says about its visibility. */
export interface VisibilityOf {
  visibility: Visibility;
  internalColumns: InternalColumn[];
}

/** Reads `visibility` and `internal_columns` of the entry at `at` ("datasets[1]", "datasets[1].scores[0]"). */
export function readVisibility(entry: Record<string, unknown>, at: string, errors: ErrorList): VisibilityOf {
  let visibility: Visibility = 'public';
  const v = entry.visibility;
  if (v !== undefined) {
    if ((VISIBILITIES as readonly unknown[]).includes(v)) visibility = v as Visibility;
    else
      errors.add(SOURCES, null, `${at}.visibility`, JSON.stringify(v) ?? '', `expected ${VISIBILITIES.map((x) => `"${x}"`).join(' or ')}`);
  }
  return { visibility, internalColumns: internalColumns(entry.internal_columns, `${at}.internal_columns`, errors) };
}

function internalColumns(value: unknown, at: string, errors: ErrorList): InternalColumn[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.add(SOURCES, null, at, JSON.stringify(value) ?? '', `expected a list of column names (${INTERNAL_CAPABLE_COLUMNS.join(', ')})`);
    return [];
  }
  const scoreColumns = new Set(TABLES.scores.columns.map((c) => c.name));
  return value.flatMap((name: unknown, i: number) => {
    if ((INTERNAL_CAPABLE_COLUMNS as readonly unknown[]).includes(name)) return [name as InternalColumn];
    const why =
      typeof name === 'string' && scoreColumns.has(name)
        ? `scores.${name} cannot be internal: it is what a ranking publishes or is computed from it`
        : 'unknown column';
    errors.add(
      SOURCES,
      null,
      `${at}[${i}]`,
      JSON.stringify(name) ?? '',
      `${why} (columns that can be internal: ${INTERNAL_CAPABLE_COLUMNS.join(', ')})`,
    );
    return [];
  });
}

/**
 * The sources an edition reads: the internal edition, all of them; the public edition, without internal
 * datasets and internal score sources, and with each score source's internal columns (its own and its
 * dataset's) to be withheld. Nothing internal is read at all, so nothing of it can reach an output.
 */
export function sourcesForEdition(sources: Sources, edition: Edition): Sources {
  if (edition === 'internal') return sources;
  const datasets = sources.datasets
    .filter((d) => d.visibility === 'public')
    .map((d): Dataset => ({
      ...d,
      scores: d.scores
        .filter((s) => s.visibility === 'public')
        .map((s) => ({ ...s, withheld: [...new Set([...d.internalColumns, ...s.internalColumns])] })),
    }));
  return { ...sources, datasets };
}

/** Every internal column some score source of `sources` withholds, in the order of INTERNAL_CAPABLE_COLUMNS. */
export function withheldBy(sources: Sources): InternalColumn[] {
  const all = new Set(sources.datasets.flatMap((d) => d.scores.flatMap((s) => s.withheld)));
  return INTERNAL_CAPABLE_COLUMNS.filter((c) => all.has(c));
}
