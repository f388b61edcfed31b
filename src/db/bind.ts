/** Named parameters for query modules, bound positionally: values always travel as parameters. */
import type { SqlValue } from './types.ts';

/**
 * Turns `$name` placeholders into `?` and returns `[sql, params]` in placeholder order, so a query can
 * use one value several times. A placeholder without a value throws: a query bug, caught by its test.
 */
export function named(sql: string, values: Readonly<Record<string, SqlValue>>): [string, SqlValue[]] {
  const params: SqlValue[] = [];
  const text = sql.replace(/\$([a-z_]+)/g, (_match, name: string) => {
    if (!Object.hasOwn(values, name)) throw new Error(`No value for $${name}`);
    params.push(values[name] ?? null);
    return '?';
  });
  return [text, params];
}
