/** Filling `{name}` placeholders: shared by translations and chart labels, with no message catalogue attached. */

/** Values for placeholders; numbers are inserted as written, so format them first. */
export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** Replaces `{name}` placeholders; a placeholder without a value stays as it is, so templates can be passed on. */
export function interpolate(template: string, params?: MessageParams): string {
  if (params === undefined) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The names of the `{placeholders}` of a template, sorted. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}
