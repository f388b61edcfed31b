/**
 * Kinds of deduction: the appraisal council's reasons are free text, so the build sorts each one into
 * a small set of categories by a reviewed rule file (data/reference/reason-categories.csv). Rules are
 * tried in file order; the first whose phrase occurs in the reason (as whole words, ignoring case) wins;
 * the one row without phrases catches the rest ("other"). Diacritics carry meaning in Vietnamese ("chậm"
 * is late, "chấm" is to score), so they are compared too, except for a reason typed without any, which
 * is compared with the phrases' unaccented forms.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ReasonCategoryRow } from '../../src/schema/index.ts';
import type { InputFile } from './csv-file.ts';
import { ChunkAppender, insertRows, queryRows } from './db.ts';
import type { ErrorList } from './errors.ts';
import type { HeaderSpec } from './headers.ts';
import { stripDiacritics } from './normalise.ts';
import { dropDuplicates, readTable, type Located } from './read-table.ts';

const HEADER: HeaderSpec = {
  category_id: { required: true },
  name_vi: { required: true },
  name_en: { required: true },
  patterns: { required: false },
};

/** A category as read, with where it came from. */
export interface ReasonCategoryRecord extends ReasonCategoryRow {
  at: Located;
}

/** The form reasons and phrases are compared in: lower case, NFC, words separated by one space, padded. */
export function foldReason(text: string, withoutMarks = false): string {
  const lower = withoutMarks ? stripDiacritics(text) : text.normalize('NFC').toLowerCase();
  return ` ${lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** True when the text has no Vietnamese letter with a diacritic (typed without accents). */
function unaccented(text: string): boolean {
  return (
    stripDiacritics(text) ===
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/[\u2013\u2014]/g, '-')
      .replace(/[\s\u00a0]+/g, ' ')
      .trim()
  );
}

/** Reads the rule file; exactly one category must have no phrases (the fallback) and it must come last. */
export async function readReasonCategories(file: InputFile, errors: ErrorList): Promise<ReasonCategoryRecord[]> {
  const records = await readTable([file], HEADER, errors, (r) => {
    const id = r.text('category_id', true) ?? '';
    if (id !== '' && !/^[a-z][a-z0-9_]*$/.test(id)) r.report('category_id', 'use lower-case letters, digits and "_" (it is an id)');
    const patterns = r.list('patterns');
    for (const p of patterns) if (foldReason(p).trim() === '') r.report('patterns', `"${p}" has no letters or digits`);
    return {
      category_id: id,
      name_vi: r.text('name_vi', true) ?? '',
      name_en: r.text('name_en', true) ?? '',
      sort_order: 0,
      patterns,
      at: { file: file.rel, row: r.row },
    };
  });
  const unique = dropDuplicates(
    records,
    (c) => c.category_id,
    'category_id',
    (c) => c.category_id,
    errors,
    'category_id',
  );
  const fallbacks = unique.filter((c) => c.patterns.length === 0);
  if (unique.length > 0 && fallbacks.length !== 1) {
    errors.add(
      file.rel,
      null,
      'patterns',
      String(fallbacks.length),
      'exactly one category must have no patterns: it takes every reason no rule matches',
    );
  } else if (fallbacks[0] && unique.at(-1) !== fallbacks[0]) {
    errors.add(
      file.rel,
      fallbacks[0].at.row,
      'patterns',
      '',
      'the category without patterns catches every reason: it must be the last row',
    );
  }
  return unique.map((c, i) => ({ ...c, sort_order: i + 1 }));
}

/** A classifier built from the categories (in priority order). */
export function reasonClassifier(categories: readonly ReasonCategoryRow[]): (reason: string) => string | null {
  const rules = categories.map((c) => ({
    id: c.category_id,
    phrases: c.patterns.map((p) => foldReason(p)),
    plain: c.patterns.map((p) => foldReason(p, true)),
  }));
  const fallback = rules.find((r) => r.phrases.length === 0)?.id ?? null;
  return (reason) => {
    const plain = unaccented(reason);
    const folded = foldReason(reason, plain);
    return rules.find((r) => (plain ? r.plain : r.phrases).some((p) => folded.includes(p)))?.id ?? fallback;
  };
}

/**
 * Writes the categories table and sets `scores.reason_category` for every row with a reason. Distinct
 * reasons are classified once each (reasons repeat across units and years).
 */
export async function classifyReasons(conn: DuckDBConnection, categories: readonly ReasonCategoryRecord[]): Promise<void> {
  await insertRows(conn, 'reason_categories', categories);
  const classify = reasonClassifier(categories);
  const reasons = await queryRows<{ reason_vi: string }>(conn, 'SELECT DISTINCT reason_vi FROM scores WHERE reason_vi IS NOT NULL');
  await conn.run('CREATE TEMP TABLE reason_map (reason_vi VARCHAR, category VARCHAR)');
  const appender = await ChunkAppender.create(conn, 'reason_map', [
    { name: 'reason_vi', type: 'VARCHAR' },
    { name: 'category', type: 'VARCHAR' },
  ]);
  for (const { reason_vi: reason } of reasons) appender.appendValues([reason, classify(reason)]);
  appender.close();
  await conn.run('UPDATE scores SET reason_category = m.category FROM reason_map m WHERE scores.reason_vi = m.reason_vi');
  await conn.run('DROP TABLE reason_map');
}
