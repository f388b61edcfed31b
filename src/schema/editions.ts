/**
 * Public and internal editions. A dataset or a score source of data/sources.json is public unless it says
 * `"visibility": "internal"`, and may list columns it keeps internal (`"internal_columns"`): the public
 * edition (`npm run build -- --edition public`) leaves internal datasets out and writes those columns as
 * NULL; the internal edition, the default, holds everything. See data/README.md, "Editions".
 */

/** The editions a build makes; `internal` (everything) is the default. */
export const EDITIONS = ['internal', 'public'] as const;
export type Edition = (typeof EDITIONS)[number];

/** The edition when none is asked for: everything, marked "not for publication" on every page. */
export const DEFAULT_EDITION: Edition = 'internal';

/** Visibility of a dataset or score source in sources.json; `public` when not given. */
export const VISIBILITIES = ['public', 'internal'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/**
 * The columns of `scores` a source may keep internal: the stages before the final score (self-assessment,
 * the council's round 1, a draft), the free texts of the appraisal (reason, explanation) and the score a unit
 * asked for with its explanation (proposed_score). Every other
 * column is what a ranking publishes, or is derived from these.
 */
export const INTERNAL_CAPABLE_COLUMNS = ['self_score', 'appraisal_r1', 'reason_vi', 'explanation_vi', 'proposed_score'] as const;
export type InternalColumn = (typeof INTERNAL_CAPABLE_COLUMNS)[number];

/**
 * Columns computed from an internal column, withheld with it: a reason's category says what the reason
 * said. Parents' sums of an internal stage are NULL already, since their parts are.
 */
export const DERIVED_FROM: Readonly<Partial<Record<InternalColumn, readonly string[]>>> = { reason_vi: ['reason_category'] };

/** The `scores` columns NULL in an edition that withholds `columns`, derived ones included, in schema order of the list. */
export function withheldColumns(columns: Iterable<InternalColumn>): string[] {
  const set = new Set(columns);
  return INTERNAL_CAPABLE_COLUMNS.filter((c) => set.has(c)).flatMap((c) => [c, ...(DERIVED_FROM[c] ?? [])]);
}

/** `--edition` / PAR_EDITION as given (empty or absent: the default); throws naming the accepted values. */
export function parseEdition(text: string | undefined): Edition {
  if (text === undefined || text === '') return DEFAULT_EDITION;
  if ((EDITIONS as readonly string[]).includes(text)) return text as Edition;
  throw new Error(`--edition (or PAR_EDITION) must be one of ${EDITIONS.join(', ')}, not "${text}"`);
}

/** The edition a manifest records; a manifest from before editions holds everything: internal. */
export function editionOf(manifest: { readonly edition?: Edition | undefined }): Edition {
  return manifest.edition ?? DEFAULT_EDITION;
}
