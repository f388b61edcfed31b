/**
 * The SQL console's statement guard: one reading statement, or a clear refusal.
 *
 * Two layers. This module reads the text lexically (comments, strings and quoted names skipped) to give
 * a clear message for the common mistakes: nothing to run, several statements, a statement that writes
 * (READ_KEYWORDS are what the page lists as allowed; WRITE_KEYWORDS are refused by name).
 * Then the statement runs wrapped as a subquery (`FROM (…) LIMIT n`), so DuckDB's own parser has the last
 * word: only a SELECT-like statement can stand there, and a prepared statement holds exactly one.
 * CREATE, COPY, INSTALL, ATTACH, SET or PRAGMA cannot appear inside the parentheses, whatever this
 * module missed.
 *
 * A PIVOT without `IN` values is refused with its own message: DuckDB runs it as two statements (it first
 * creates an ENUM type of the values found, a write to the catalog), which a read-only console cannot
 * allow, and DuckDB's own answer ("Cannot prepare multiple statements") does not say what to do.
 */

/** First keywords of the statements the console runs. */
export const READ_KEYWORDS = [
  'SELECT',
  'WITH',
  'FROM',
  'VALUES',
  'TABLE',
  'DESCRIBE',
  'SUMMARIZE',
  'SHOW',
  'PIVOT',
  'UNPIVOT',
  'EXPLAIN',
] as const;

/**
 * First keywords of statements that change the database, its settings or its extensions, or reach
 * files. Any other unknown word goes to DuckDB, wrapped, so a typo gets DuckDB's own syntax error.
 */
export const WRITE_KEYWORDS = [
  'ALTER',
  'ANALYZE',
  'ATTACH',
  'BEGIN',
  'CALL',
  'CHECKPOINT',
  'COMMENT',
  'COMMIT',
  'COPY',
  'CREATE',
  'DEALLOCATE',
  'DELETE',
  'DETACH',
  'DROP',
  'EXECUTE',
  'EXPORT',
  'FORCE',
  'IMPORT',
  'INSERT',
  'INSTALL',
  'LOAD',
  'MERGE',
  'PRAGMA',
  'PREPARE',
  'RESET',
  'ROLLBACK',
  'SET',
  'START',
  'TRUNCATE',
  'UNINSTALL',
  'UPDATE',
  'UPSERT',
  'USE',
  'VACUUM',
] as const;

/** The outcome of guarding one text. */
export type GuardResult =
  | {
      readonly ok: true;
      /** The statement without trailing semicolons (and without EXPLAIN, blanked out to keep columns). */
      readonly body: string;
      /** `EXPLAIN` or `EXPLAIN ANALYZE` when the statement asks for the plan (removed from `body`). */
      readonly explain: string | null;
    }
  | { readonly ok: false; readonly reason: RefusalReason; readonly keyword: string };

/** Why a text is refused: nothing to run, several statements, a write, a PIVOT without IN values. */
export type RefusalReason = 'empty' | 'multiple' | 'write' | 'pivotIn';

/** Where each top-level semicolon is, and the text's words outside strings and comments, in order, with their depth in parentheses. */
interface Scan {
  readonly semicolons: number[];
  readonly words: { text: string; start: number; end: number; depth: number }[];
  /** A `*` that selects every column (after SELECT, DISTINCT, a comma or `alias.`), not a product or count(*). */
  star: boolean;
}

const STAR_AFTER = /(?:\bselect|\bdistinct|,|\.)\s*$/i;

/** Index just after a quoted run starting at `i` (`'…'`, `"…"`, doubled quote = escaped). */
function skipQuoted(sql: string, i: number): number {
  const quote = sql[i];
  let j = i + 1;
  while (j < sql.length) {
    if (sql[j] === quote) {
      if (sql[j + 1] === quote) j += 2;
      else return j + 1;
    } else j += 1;
  }
  return j;
}

/** Index just after a dollar-quoted string (`$$…$$`, `$tag$…$tag$`) at `i`, or -1 when it is not one. */
function skipDollar(sql: string, i: number): number {
  const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i))?.[0];
  if (tag === undefined) return -1;
  const close = sql.indexOf(tag, i + tag.length);
  return close === -1 ? sql.length : close + tag.length;
}

/** Index just after the comment at `i`, or -1 when there is none. */
function skipComment(sql: string, i: number): number {
  if (sql.startsWith('--', i)) {
    const end = sql.indexOf('\n', i);
    return end === -1 ? sql.length : end + 1;
  }
  if (sql.startsWith('/*', i)) {
    const end = sql.indexOf('*/', i + 2);
    return end === -1 ? sql.length : end + 2;
  }
  return -1;
}

function scan(sql: string): Scan {
  const semicolons: number[] = [];
  const words: Scan['words'] = [];
  let star = false;
  let depth = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    const afterComment = skipComment(sql, i);
    if (afterComment !== -1) i = afterComment;
    else if (c === "'" || c === '"') i = skipQuoted(sql, i);
    else if (c === '$' && skipDollar(sql, i) !== -1) i = skipDollar(sql, i);
    else if (c === ';') semicolons.push(i++);
    else if (c === '*') {
      star ||= STAR_AFTER.test(sql.slice(Math.max(0, i - 12), i));
      i += 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(i))![0];
      words.push({ text: word, start: i, end: i + word.length, depth });
      i += word.length;
    } else {
      if (c === '(' && words.length === 0) words.push({ text: '(', start: i, end: i + 1, depth });
      if (c === '(') depth += 1;
      if (c === ')') depth = Math.max(0, depth - 1);
      i += 1;
    }
  }
  return { semicolons, words, star };
}

/**
 * The names a statement uses, outside strings and comments (quoted names left out), lower-cased, and
 * whether it selects every column with `*`: enough to tell whether it reads a column (src/sql-console/edition-note.ts).
 */
export function namesIn(sql: string): { names: Set<string>; star: boolean } {
  const { words, star } = scan(sql);
  return { names: new Set(words.map((w) => w.text.toLowerCase())), star };
}

function stripComments(sql: string): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const after = skipComment(sql, i);
    if (after === -1) out += sql[i++];
    else i = after;
  }
  return out;
}

/** True when only whitespace, semicolons and comments are left in `rest`. */
const nothingBut = (rest: string): boolean => /^[\s;]*$/.test(stripComments(rest));

/** `text` with the range blanked out by spaces, so line and column numbers stay the editor's. */
const blank = (text: string, start: number, end: number): string => text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);

const PIVOT_END = new Set(['USING', 'GROUP', 'ORDER', 'LIMIT']);

/**
 * True for a PIVOT statement (`PIVOT … ON col … USING …`) whose ON clause lists no values with IN,
 * read at the statement's own level (an IN inside its source subquery does not count).
 */
function pivotWithoutIn(words: Scan['words']): boolean {
  const first = words[0];
  if (!first || !['PIVOT', 'PIVOT_WIDER'].includes(first.text.toUpperCase())) return false;
  const top = words.filter((w) => w.depth === first.depth).map((w) => w.text.toUpperCase());
  const on = top.indexOf('ON');
  if (on === -1) return false;
  const after = top.slice(on + 1);
  const end = after.findIndex((w) => PIVOT_END.has(w));
  return !(end === -1 ? after : after.slice(0, end)).includes('IN');
}

/** Checks that `sql` is one reading statement; returns it ready to be wrapped, or why it is refused. */
export function guardStatement(sql: string): GuardResult {
  const { semicolons, words } = scan(sql);
  const first = words[0];
  if (first === undefined) return { ok: false, reason: 'empty', keyword: '' };
  const keyword = first.text.toUpperCase();
  // Semicolons after the statement are fine; anything but comments after one is a second statement.
  const cut = semicolons.find((at) => at > first.start);
  if (cut !== undefined && !nothingBut(sql.slice(cut))) return { ok: false, reason: 'multiple', keyword };
  if ((WRITE_KEYWORDS as readonly string[]).includes(keyword)) return { ok: false, reason: 'write', keyword };
  if (pivotWithoutIn(words)) return { ok: false, reason: 'pivotIn', keyword };
  const body = (cut === undefined ? sql : sql.slice(0, cut)).trimEnd();
  if (keyword !== 'EXPLAIN') return { ok: true, body, explain: null };
  const analyze = words[1]?.text.toUpperCase() === 'ANALYZE' ? words[1] : undefined;
  return { ok: true, body: blank(body, first.start, (analyze ?? first).end), explain: analyze ? 'EXPLAIN ANALYZE' : 'EXPLAIN' };
}

/** Thrown by a console for a statement the guard refuses; the page words the reason. */
export class RefusedStatement extends Error {
  readonly reason: RefusalReason;
  readonly keyword: string;
  constructor(refusal: { reason: RefusalReason; keyword: string }) {
    super(`refused (${refusal.reason}): ${refusal.keyword}`);
    this.name = 'RefusedStatement';
    this.reason = refusal.reason;
    this.keyword = refusal.keyword;
  }
}

/** Lines the wrapper puts before the user's text: DuckDB's "LINE n" is `n - WRAP_LINES` in the editor. */
export const WRAP_LINES = 1;

/**
 * The SQL actually run for a guarded statement: a subquery, so only a reading statement parses, limited
 * to `maxRows + 1` rows so the console can tell "exactly maxRows" from "more". A plan is not limited.
 * The user's text starts a line of its own, so DuckDB's columns match the editor's.
 */
export function wrapStatement(guarded: { body: string; explain: string | null }, maxRows: number): string {
  const inner = `FROM (\n${guarded.body}\n)`;
  return guarded.explain ? `${guarded.explain} ${inner}` : `${inner} LIMIT ${maxRows + 1}`;
}
