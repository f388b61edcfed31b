/**
 * Why a query of the public edition may answer with NULLs or no rows: the public edition
 * (src/schema/editions.ts) writes internal columns as NULL and holds no internal index, draft year or
 * unit, so an old link (`/sql/?q=…`) about them would come back empty without a word. This says so: the
 * withheld columns the statement reads (by name, or through `*` over their table), and, when the result
 * has no rows, that the edition holds no internal data. Every table exists in both editions: none is
 * internal as a whole. The internal edition, holding everything, needs no note.
 */
import type { Edition } from '../schema/editions.ts';
import { namesIn } from './guard.ts';
import type { ConsoleResult } from './result.ts';

/** What the console knows of its edition, from the data build's manifest. */
export interface ConsoleEdition {
  readonly edition: Edition;
  /** Columns written as NULL, as `table.column` (the manifest's `withheld`). */
  readonly withheld: readonly string[];
}

export interface EditionNote {
  /** The withheld columns (`table.column`) the statement reads. */
  readonly withheld: string[];
  /** The result has columns but no row. */
  readonly empty: boolean;
}

/** The note for `sql` and its `result` (null: it failed) in `edition`, or null when there is nothing to say. */
export function editionNote(sql: string, result: ConsoleResult | null, edition: ConsoleEdition): EditionNote | null {
  if (edition.edition !== 'public') return null;
  const { names, star } = namesIn(sql);
  const withheld = edition.withheld.filter((qualified) => {
    const [table = '', column = ''] = qualified.split('.');
    return names.has(column) || (star && names.has(table));
  });
  const empty = result !== null && result.columns.length > 0 && result.rows.length === 0;
  return withheld.length > 0 || empty ? { withheld, empty } : null;
}
