/**
 * A small dataset written as real Parquet files from the schema, for the query tests, shaped as the data
 * build writes it (no computed ranks in partial published years). It exercises:
 * a partial published index (published ranks only), a complete index (computed ranks, a tie), a merger
 * (two units end, a new one begins with its own id), a NULL score, domain rows, a published mean, and
 * a figure read from two pages, and group thresholds of two years of one index and one of another.
 */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { createTableSql, SCHEMA_VERSION, TABLE_NAMES } from '../../src/schema/index.ts';

const INSERTS = `
INSERT INTO indices VALUES
  ('nat', 'Chỉ số tỉnh', 'Provinces', 'Bộ Nội vụ', 'MOHA', 'province', NULL, false, 1),
  ('smp', 'Sở (mẫu)', 'Departments (sample)', 'UBND tỉnh Mẫu', 'Sample PC', 'department', 'sp', true, 1),
  ('min', 'Chỉ số bộ', 'Ministries', 'Bộ Nội vụ', 'MOHA', 'ministry', NULL, false, 2);
INSERT INTO index_years VALUES
  ('nat', 2023, 'fw', NULL, 'https://example.org/2023', 63, 3, true),
  ('nat', 2024, 'fw', 'Quyết định 268/QĐ-BNV, 28/3/2025', 'https://example.org/2024', 63, 3, true),
  ('smp', 2024, 'fw', NULL, NULL, NULL, 3, false),
  ('smp', 2025, 'fw', NULL, NULL, NULL, 3, false),
  ('min', 2022, 'fw', NULL, NULL, 18, 1, true),
  ('min', 2023, 'fw', NULL, NULL, 17, 1, true);
INSERT INTO grade_thresholds VALUES
  ('nat', 2023, 'TOTAL', 90, 80, 70, 'methodology.md §6'),
  ('nat', 2024, 'TOTAL', 90, 80, 70, 'methodology.md §6'),
  ('smp', 2025, 'TOTAL', 92.5, 85, 75, 'Minh họa');
INSERT INTO units VALUES
  ('an-giang', 'An Giang', 'An Giang', 'province', NULL, NULL, 2024, ['An Giang'], false),
  ('ha-noi', 'Hà Nội', 'Hanoi', 'province', NULL, NULL, NULL, [], false),
  ('kien-giang', 'Kiên Giang', 'Kien Giang', 'province', NULL, NULL, 2024, [], false),
  ('an-giang-2025', 'An Giang', 'An Giang', 'province', NULL, 2025, NULL, [], false),
  ('sp', 'Tỉnh Mẫu', 'Sample Province', 'province', NULL, NULL, NULL, [], true),
  ('d1', 'Sở Tư pháp', 'Justice', 'department', 'sp', NULL, NULL, [], true),
  ('d2', 'Sở Tài chính', 'Finance', 'department', 'sp', NULL, NULL, [], true),
  ('d3', 'Sở Y tế', 'Health', 'department', 'sp', NULL, NULL, [], true),
  ('btp', 'Bộ Tư pháp', 'Ministry of Justice', 'ministry', NULL, NULL, NULL, [], false);
INSERT INTO lineage VALUES
  ('an-giang', 'an-giang-2025', DATE '2025-07-01', 'merge', 'Nghị quyết 202/2025/QH15'),
  ('kien-giang', 'an-giang-2025', DATE '2025-07-01', 'merge', 'Nghị quyết 202/2025/QH15');
INSERT INTO framework_items VALUES
  ('fw', 'TOTAL', NULL, 'total', 'Tổng', 'Total', 100, 'mixed', NULL, 0),
  ('fw', 'D1', 'TOTAL', 'domain', 'Chỉ đạo', 'Direction', 40, 'appraisal', 'D1', 1),
  ('fw', 'D2', 'TOTAL', 'domain', 'Thể chế', 'Institutions', 60, 'appraisal', 'D2', 2),
  ('fw', 'D1.1.1', 'D1', 'sub_criterion', 'Kế hoạch', 'Plan', 40, 'appraisal', 'D1', 1);
INSERT INTO aggregates VALUES (2024, 'provinces', 'mean_score_pct', 88.37, 'pct', 'https://example.org/mean', NULL),
  (2023, 'ministries', 'mean_score_pct', 84.38, 'pct', 'https://example.org/mmean', NULL);
`;

type Score = [
  string,
  number,
  string,
  string,
  string | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  string[]?,
];
// index, year, unit, item, domain, max, final, pct, published_rank, computed_rank[, source_urls]
const SCORES: Score[] = [
  ['nat', 2023, 'ha-noi', 'TOTAL', null, 100, 91.43, 91.43, 3, null],
  ['nat', 2023, 'an-giang', 'TOTAL', null, 100, 81.32, 81.32, 63, null],
  ['nat', 2023, 'kien-giang', 'TOTAL', null, 100, null, null, 40, null],
  ['nat', 2024, 'ha-noi', 'TOTAL', null, 100, null, null, 3, null],
  ['nat', 2024, 'an-giang', 'TOTAL', null, 100, 85.5, 85.5, 50, null, ['https://example.org/src', 'https://example.org/src-2']],
  ['nat', 2024, 'kien-giang', 'TOTAL', null, 100, 84.0, 84.0, 55, null],
  ['smp', 2024, 'd1', 'TOTAL', null, 100, 90, 90, null, 1],
  ['smp', 2024, 'd2', 'TOTAL', null, 100, 80, 80, null, 2],
  ['smp', 2024, 'd3', 'TOTAL', null, 80, 60, 75, null, 3],
  ['smp', 2025, 'd1', 'TOTAL', null, 100, 85, 85, null, 2],
  ['smp', 2025, 'd2', 'TOTAL', null, 100, 85, 85, null, 2],
  ['smp', 2025, 'd3', 'TOTAL', null, 100, 95, 95, null, 1],
  ['smp', 2025, 'd1', 'D1', 'D1', 40, 30, 75, null, 3],
  ['smp', 2025, 'd2', 'D1', 'D1', 40, 36, 90, null, 2],
  ['smp', 2025, 'd3', 'D1', 'D1', 40, 38, 95, null, 1],
  ['smp', 2025, 'd1', 'D2', 'D2', 60, 55, 91.67, null, 2],
  ['smp', 2025, 'd2', 'D2', 'D2', 60, 49, 81.67, null, 3],
  ['smp', 2025, 'd3', 'D2', 'D2', 60, 57, 95, null, 1],
  ['min', 2022, 'btp', 'TOTAL', null, 100, 90.63, 90.63, 2, null],
  ['min', 2023, 'btp', 'TOTAL', null, 100, 89.95, 89.95, 1, null],
  ['nat', 2024, 'an-giang', 'D1', 'D1', 40, 36, 90, 12, null],
];

/** The pages a row was read from: none for the sample, one per kind of published file unless given. */
function sourcesOf(index: string, item: string, given: string[] | undefined): string {
  const pages = given ?? (index === 'smp' ? [] : [item === 'D1' ? 'https://example.org/domains' : 'https://example.org/src']);
  return `[${pages.map((p) => `'${p}'`).join(', ')}]::VARCHAR[]`;
}

function scoreSql([index, year, unit, item, domain, max, final, pct, pub, comp, sources]: Score): string {
  const v = (x: string | number | null) => (x === null ? 'NULL' : typeof x === 'string' ? `'${x}'` : String(x));
  const level = item === 'TOTAL' ? 'total' : 'domain';
  const rankOf = comp === null ? 'NULL' : index === 'smp' ? '3' : '2';
  const pubOf = pub === null || level === 'domain' ? 'NULL' : index === 'min' ? (year === 2022 ? '18' : '17') : '63';
  const lost = max !== null && final !== null ? String(max - final) : 'NULL';
  return `(${v(index)}, ${year}, ${v(unit)}, ${v(item)}, '${level}', ${v(domain)}, true, ${v(max)}, NULL, NULL, NULL, ${v(final)}, ${v(final)}, ${lost}, ${v(pct)}, NULL, NULL, NULL, ${v(pub)}, ${pubOf}, ${v(comp)}, ${rankOf}, ${sourcesOf(index, item, sources)}, 'raw/x.csv', ${index === 'smp'})`;
}

/**
 * Writes the fixture as `<dir>/parquet/<table>.parquet` plus a manifest; returns the dir. `extraSql`
 * adds rows for one test file's questions (e.g. fixture-reorganisation.ts) without changing the counts
 * the other tests rely on.
 */
export async function writeQueryFixture(extraSql = ''): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'par-queries-'));
  mkdirSync(join(dir, 'parquet'));
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  const conn = await instance.connect();
  for (const table of TABLE_NAMES) await conn.run(createTableSql(table));
  await conn.run(INSERTS);
  await conn.run(`INSERT INTO scores VALUES ${SCORES.map(scoreSql).join(',\n')}`);
  if (extraSql !== '') await conn.run(extraSql);
  for (const table of TABLE_NAMES) await conn.run(`COPY "${table}" TO '${join(dir, 'parquet', `${table}.parquet`)}' (FORMAT parquet)`);
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ schema_version: SCHEMA_VERSION, built_at: '2026-01-01T00:00:00Z', sample_notice: null, files: [], coverage: [] }),
  );
  return dir;
}
