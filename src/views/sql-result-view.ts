/**
 * The SQL console's result as HTML, the same at build time (the default query's result) and in the
 * browser: a summary line (rows, time, the limit note) and the table, whose wrapper scrolls sideways
 * inside its box. Numbers follow the page's locale; NULL is an em dash, apart from an empty text.
 */
import type { RefusalReason } from '../sql-console/guard.ts';
import type { Locale } from '../i18n/locales.ts';
import { INTL_TAGS } from '../i18n/locales.ts';
import { formatNumber } from '../i18n/format.ts';
import { esc } from '../tables/html.ts';
import type { ConsoleResult, ResultValue } from '../sql-console/result.ts';
import type { ConsoleError } from '../sql-console/errors.ts';
import type { EditionNote } from '../sql-console/edition-note.ts';

/** How NULL is shown: an em dash, where an empty text is an empty cell. */
export const NULL_MARK = '—';

type Translate = (key: string, params?: Record<string, string | number>) => string;

const formats = new Map<Locale, Intl.NumberFormat>();

/** A number as the locale writes it, with up to 6 decimals; groups only from 5 digits, so years read 2024. */
export function formatResultNumber(locale: Locale, x: number): string {
  let format = formats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(INTL_TAGS[locale], { maximumFractionDigits: 6, useGrouping: 'min2' });
    formats.set(locale, format);
  }
  return Number.isFinite(x) ? format.format(x).replace('-', '\u2212') : String(x);
}

function cellHtml(locale: Locale, value: ResultValue, numeric: boolean): string {
  if (value === null) return `<td class="sql-null${numeric ? ' num' : ''}" title="NULL">${NULL_MARK}</td>`;
  if (typeof value === 'number') return `<td class="num">${esc(formatResultNumber(locale, value))}</td>`;
  return `<td${numeric ? ' class="num"' : ''}>${esc(String(value))}</td>`;
}

/** The line above the table: how many rows, how long, and whether the limit cut the result. */
export function resultSummary(locale: Locale, tr: Translate, result: ConsoleResult): string {
  const rows = formatNumber(locale, result.rows.length);
  const ms = formatResultNumber(locale, Math.round(result.elapsedMs));
  return result.truncated ? tr('sql.result.truncated', { rows, ms }) : tr('sql.result.rows', { rows, ms });
}

/** The result: summary line and table (or a note when the statement returned no columns). */
export function sqlResultHtml(locale: Locale, tr: Translate, result: ConsoleResult): string {
  const summary = `<p class="sql-summary" data-sql-summary${result.truncated ? ' data-truncated' : ''}>${esc(resultSummary(locale, tr, result))}</p>`;
  if (result.columns.length === 0) return summary;
  const head = result.columns
    .map((c) => `<th scope="col" title="${esc(c.type)}"${c.kind === 'number' ? ' class="num"' : ''}>${esc(c.name)}</th>`)
    .join('');
  const body = result.rows
    .map((row) => `<tr>${row.map((v, i) => cellHtml(locale, v, result.columns[i]?.kind === 'number')).join('')}</tr>`)
    .join('');
  return `${summary}<div class="table-wrap sql-table"><table data-sql-table><caption>${esc(tr('sql.result.caption'))}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** An error as DuckDB worded it, with the editor line it points at. */
export function sqlErrorHtml(tr: Translate, error: ConsoleError): string {
  const where = error.line === null ? '' : ` <span>${esc(tr('sql.error.line', { line: error.line }))}</span>`;
  return `<div class="sql-error" role="alert" data-sql-error><p><strong>${esc(tr('sql.error.heading'))}</strong>${where}</p><pre>${esc(error.message)}</pre></div>`;
}

/** A statement the guard refused, said plainly. */
export function sqlRefusalHtml(tr: Translate, reason: RefusalReason, keyword: string): string {
  // A PIVOT without values is allowed once they are listed: say how, not which statements are allowed.
  const next = tr(reason === 'pivotIn' ? 'sql.pivotHint' : 'sql.refused.allowed');
  return `<div class="sql-error" role="alert" data-sql-error data-refused="${esc(reason)}"><p><strong>${esc(tr(`sql.refused.${reason}`, { keyword }))}</strong></p><p>${esc(next)}</p></div>`;
}

/** Why the public edition answered with NULLs or no rows (sql-console/edition-note.ts); empty when there is no note. */
export function sqlEditionNoteHtml(tr: Translate, note: EditionNote | null): string {
  if (note === null) return '';
  const columns = note.withheld.map((c) => `<code>${esc(c)}</code>`).join(', ');
  const withheld =
    note.withheld.length > 0 ? `<p>${esc(tr('sql.edition.withheld', { columns: '{columns}' })).replace('{columns}', columns)}</p>` : '';
  const empty = note.empty ? `<p>${esc(tr('sql.edition.empty'))}</p>` : '';
  return `<div class="note sql-edition-note" role="note" data-sql-edition-note>${withheld}${empty}</div>`;
}
