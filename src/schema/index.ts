/** The project's one schema: tables, vocabularies and row types. Imported by scripts/ and src/. */
export * from './tables.ts';
export * from './vocabulary.ts';
export * from './editions.ts';
export type * from './rows.ts';
export type * from './manifest.ts';
export { SAMPLE_NOTICE } from './manifest.ts';
