/** The one check that the data is of the schema this code was written for (Node at build time, the browser). */
import { SCHEMA_VERSION } from '../schema/tables.ts';

/** Throws a message that says what to do when `version` is not this code's SCHEMA_VERSION. */
export function checkSchemaVersion(version: unknown, where: string): void {
  if (version !== SCHEMA_VERSION) {
    throw new Error(
      `${where} has schema version ${String(version)}, the site expects ${SCHEMA_VERSION}: rebuild the data (npm run build:data).`,
    );
  }
}
