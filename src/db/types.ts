/** The tiny interface every query module uses; DuckDB in Node (build time, tests) and DuckDB-WASM (browser) implement it. */

/** A value bound to a `?` placeholder. Identifiers never travel this way: they come from the schema. */
export type SqlValue = string | number | boolean | null;

export interface Db {
  /** Runs one parameterised statement and returns plain rows (BigInt already turned into number). */
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
}

/** DuckDB returns BIGINT for counts and Arrow vectors for lists: make rows plain JSON-like objects. */
export function plainValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(plainValue);
  if (value && typeof value === 'object' && 'toArray' in value && typeof value.toArray === 'function') {
    return Array.from(value.toArray() as Iterable<unknown>, plainValue);
  }
  return value;
}

/** Applies {@link plainValue} to every field of a row. */
export function plainRow<T>(row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key] = plainValue(value);
  return out as T;
}
