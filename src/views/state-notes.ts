/**
 * The short note shown near a view's controls when its link held something that could not be used:
 * "Năm 2031 không có trong dữ liệu: đang hiện năm 2025." One sentence per issue found while parsing
 * the URL (src/state/url-state.ts), written from the issue's kind and what the view shows instead.
 * Loaded in the browser only when a link has issues.
 */
import type { Locale } from '../i18n/locales.ts';
import { t, translator, type MessageKey } from '../i18n/translate.ts';
import type { IssueMessage, StateIssue } from '../state/url-state.ts';
import { MAX_UNITS } from '../state/view-state.ts';

export { translator };

/** What a parameter shows now, in words ("2025", "2023–2024", a domain's name); '' when there is nothing to say. */
export type ShownValue = (param: string) => string;

const YEAR_PARAMS = new Set(['year']);
const PAIR_PARAMS = new Set(['from', 'to']);

/** The message of an invalid value, by parameter. */
function invalidKey(param: string): MessageKey {
  if (YEAR_PARAMS.has(param)) return 'filters.issue.year';
  if (PAIR_PARAMS.has(param)) return 'filters.issue.pair';
  if (param === 'domain') return 'filters.issue.domain';
  if (param === 'level') return 'filters.issue.level';
  return 'filters.issue.other';
}

/** The ids of a list parameter that are not in the view: unknown ones, or those past the maximum. */
function leftOut(raw: string, kept: string): string {
  const keep = new Set(kept.split(','));
  return [...new Set(raw.split(',').map((id) => id.trim()))].filter((id) => id !== '' && !keep.has(id)).join(', ');
}

/** The sentence a view wrote itself (StateIssue.message), its `{ key }` values translated. */
function messageText(locale: Locale, message: IssueMessage): string {
  const tr = translator(locale);
  const values = Object.entries(message.values ?? {}).map(([name, v]) => [name, typeof v === 'object' ? tr(v.key) : v] as const);
  return tr(message.key, Object.fromEntries(values));
}

/** One sentence about one issue. */
export function stateNote(locale: Locale, issue: StateIssue, shown: ShownValue): string {
  const { param, value } = issue;
  if (issue.message) return messageText(locale, issue.message);
  switch (issue.kind) {
    case 'unknown':
      return t(locale, 'filters.issue.unknown', { param, value });
    case 'repeated':
      return t(locale, 'filters.issue.repeated', { param });
    case 'version':
      return t(locale, 'filters.issue.version', { value });
    case 'adjusted':
      return t(locale, 'filters.issue.swapped', { shown: shown(param) });
    case 'partial':
      return t(locale, 'filters.issue.units', { ids: leftOut(value, shown(param)), max: MAX_UNITS });
    case 'invalid':
      return t(locale, invalidKey(param), { param, value, shown: shown(param) });
  }
}

/** The sentences of a note, one per issue, in the order the issues were found. */
export function stateNotes(locale: Locale, issues: readonly StateIssue[], shown: ShownValue): string[] {
  return issues.map((issue) => stateNote(locale, issue, shown));
}
