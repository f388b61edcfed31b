/**
 * Decimals inside lists and structs, cast to DOUBLE by DuckDB itself before a result leaves it.
 *
 * DuckDB-WASM is opened with `castDecimalToDouble` (src/db/browser.ts) because Arrow JS cannot read
 * decimals as numbers. For a nested DECIMAL it rewrites the Arrow type to Float64 but not the data: the
 * browser read the raw 128-bit words as doubles (`[1.5, 2.25]` showed as `[7.4e-322, 0]`, a negative
 * one as null). So both consoles first ask DuckDB for the result's types (`DESCRIBE`, which binds and
 * does not run the query) and, where a column nests a decimal, select it cast to the same type with
 * DOUBLE in place of each DECIMAL. Top-level decimals are left alone: both engines read them right.
 */

/** A result column as `DESCRIBE` gives it. */
export interface DescribedColumn {
  readonly name: string;
  /** DuckDB's type, e.g. "DECIMAL(3,2)[]", "STRUCT(a DECIMAL(3,2))". */
  readonly type: string;
}

const DECIMAL = /DECIMAL\(\d+,\s*\d+\)/g;

/** The type with DOUBLE for every DECIMAL it nests; null for a type that nests none (or is a plain DECIMAL). */
export function doubleForNestedDecimal(type: string): string | null {
  if (!type.includes('DECIMAL(') || /^DECIMAL\(\d+,\s*\d+\)$/.test(type.trim())) return null;
  return type.replace(DECIMAL, 'DOUBLE');
}

const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * The wrapped statement with its nested decimal columns cast to doubles, keeping every column's name
 * and place (`SELECT * REPLACE`); null when no column nests a decimal (run the statement as it is).
 */
export function castNestedDecimals(wrapped: string, columns: readonly DescribedColumn[]): string | null {
  const casts = columns.flatMap((c) => {
    const type = doubleForNestedDecimal(c.type);
    return type === null ? [] : [`CAST(${ident(c.name)} AS ${type}) AS ${ident(c.name)}`];
  });
  return casts.length === 0 ? null : `SELECT * REPLACE (${casts.join(', ')}) FROM (\n${wrapped}\n)`;
}

/** `DESCRIBE` of a statement, the question both consoles ask first. */
export const describeSql = (wrapped: string): string => `DESCRIBE ${wrapped}`;

/**
 * The statement to run in either engine: described first (`describe` runs a query and returns its rows),
 * then nested decimals cast; as it is when it has none or DESCRIBE fails (running it gives DuckDB's own error).
 */
export async function withNestedCasts(
  wrapped: string,
  describe: (sql: string) => Promise<readonly Readonly<Record<string, unknown>>[]>,
): Promise<string> {
  try {
    const described = await describe(describeSql(wrapped));
    return (
      castNestedDecimals(
        wrapped,
        described.map((r) => ({ name: String(r.column_name), type: String(r.column_type) })),
      ) ?? wrapped
    );
  } catch {
    return wrapped;
  }
}
