/**
 * Shared links are a public API: when a parameter is renamed or its meaning changes, old links are
 * upgraded here instead of breaking. The list is append-only: never edit or remove a migration.
 *
 * A link carries its version in `v`; a link without `v` is version 1. `MIGRATIONS[i]` upgrades a link
 * from version i + 1 to version i + 2, so the current version is `MIGRATIONS.length + 1`.
 */

/** Upgrades the parameters of a link by one version; must not mutate its argument. */
export type Migration = (params: URLSearchParams) => URLSearchParams;

/** The query parameter holding a link's version. */
export const VERSION_PARAM = 'v';

/**
 * The migrations, oldest first. Empty: version 1 is the first published set of parameters.
 * Example of a future entry (renaming `unit` to `units`):
 * `(p) => { const q = new URLSearchParams(p); if (q.has('unit')) { q.set('units', q.get('unit') ?? ''); q.delete('unit'); } return q; }`
 */
export const MIGRATIONS: readonly Migration[] = [];

/** The version links are written in. */
export function currentVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.length + 1;
}

/** What migrating a link did. */
export interface MigrationResult {
  /** The upgraded parameters, without `v`. */
  readonly params: URLSearchParams;
  /** The version the link said it had (1 when absent or unreadable). */
  readonly fromVersion: number;
  /** Why `v` was not used as given, or null. */
  readonly problem: string | null;
}

function readVersion(raw: string | null, current: number): { version: number; problem: string | null } {
  if (raw === null) return { version: 1, problem: null };
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) return { version: 1, problem: 'not a version number' };
  const version = Number(raw);
  // A link from a newer site than this one: parse what we can, migrate nothing.
  if (version > current) return { version: current, problem: `newer than this site's version ${current}` };
  return { version, problem: null };
}

/** Upgrades a link's parameters to the current version by applying the migrations it has not had. */
export function migrate(params: URLSearchParams, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  const { version, problem } = readVersion(params.get(VERSION_PARAM), currentVersion(migrations));
  let out = new URLSearchParams(params);
  out.delete(VERSION_PARAM);
  for (const step of migrations.slice(version - 1)) out = step(new URLSearchParams(out));
  return { params: out, fromVersion: version, problem };
}
