/** The one check both DuckDB clients make before reading data: was it built for this site's schema? */
import { SCHEMA_VERSION } from '../schema/tables.ts';

/**
 * Throws when a manifest (read from `where`) was written for another schema version: queries would
 * fail in confusing ways on such data, so say why instead.
 */
export function checkSchemaVersion(manifest: { readonly schema_version?: unknown }, where: string): void {
  const found = manifest.schema_version;
  if (found !== SCHEMA_VERSION) {
    throw new Error(
      `${where} has schema version ${String(found)}, this site expects ${SCHEMA_VERSION}: rebuild the data (npm run build:data).`,
    );
  }
}
