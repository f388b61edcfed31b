/**
 * The importer's safety: unresolved unit names go to an alias file used on the next run (nothing else
 * written), --dry-run writes nothing, different values are refused without --replace and listed with
 * it, every cell error comes at once with its place, the data build's refusal stops the write, and the
 * CLI prints problems without a stack trace.
 */
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runImport, type ImportOptions } from '../../scripts/import/run.ts';
import { append, copyFixture, type TempData } from '../fixtures/build/fixture.ts';
import { buildAndQuery, importFixture, snapshot, writeText } from '../fixtures/import/fixture.ts';

let tmp: TempData;
afterEach(() => tmp.remove());

const HEADER = ['Năm', 'Đơn vị', 'Mã tiêu chí', 'Điểm thẩm định'];

/** A long CSV of departments' scores in the temp folder. */
function long(name: string, rows: string[][]): string {
  return writeText(path.join(tmp.root, name), [HEADER, ...rows], 'utf-8', ';');
}

const run = (file: string, more: Partial<ImportOptions> = {}) =>
  runImport({ file, dataDir: tmp.dataDir, index: 'sample-departments', ...more });
const detail = (): string => readFileSync(path.join(tmp.dataDir, 'raw/imported/sample-departments/2025-detail.csv'), 'utf8');

describe('unit names', () => {
  test('unknown and ambiguous names are listed with suggestions in the alias file; filled in, it is used on the next run', async () => {
    tmp = copyFixture({
      'raw/sample/index-years.csv': append('sample-departments,2025,fx-departments-2024,,,3'),
      'raw/sample/units.csv': append('noi-vu-khac,Nội vụ,Another home affairs office,department,tinh-mau,,,'),
    });
    const file = long('a.csv', [
      ['2025', 'Sở Nội vụ', '1.1.1', '3,5'],
      ['2025', 'Noi vu', '1.1.1', '3'],
      ['2025', 'Sở Tư phap', '1.1.1', '4'],
      ['2025', 'Sở Thông tin', '1.1.1', '2'],
    ]);
    const before = snapshot(tmp.dataDir);
    const aliases = path.join(tmp.dataDir, 'import-aliases.csv');
    const first = await run(file);
    assert.equal(first.ok, false);
    assert.deepEqual(first.errors, [
      `2 unit name(s) not resolved: nothing imported; ${aliases} is written for you to edit: fill each name's unit_id (a suggestion's id) and run again`,
      'a!B3: Noi vu — ambiguous unit name; closest: Nội vụ (noi-vu-khac), Sở Nội vụ (so-noi-vu)',
      'a!B5: Sở Thông tin — unknown unit; closest: Nội vụ (noi-vu-khac), Sở Nội vụ (so-noi-vu), Sở Y tế (so-y-te)',
    ]);
    assert.deepEqual(snapshot(tmp.dataDir), { ...before, 'import-aliases.csv': snapshot(tmp.dataDir)['import-aliases.csv']! });
    assert.equal(
      readFileSync(aliases, 'utf8'),
      'written,unit_id,suggestions\nNoi vu,,Nội vụ (noi-vu-khac) | Sở Nội vụ (so-noi-vu)\nSở Thông tin,,Nội vụ (noi-vu-khac) | Sở Nội vụ (so-noi-vu) | Sở Y tế (so-y-te)\n',
    );
    writeFileSync(aliases, 'written,unit_id,suggestions\nNoi vu,noi-vu-khac,\nSở Thông tin,so-y-te,\n');
    const second = await run(file);
    assert.ok(second.ok, second.errors.join('\n'));
    assert.deepEqual(
      second.summary.find(([l]) => l === 'units'),
      ['units', '4 of 4 matched, 1 by name or alias, 2 by the alias file, 1 loosely ("Sở Tư phap" → so-tu-phap)'],
    );
    const query = await buildAndQuery(tmp);
    const rows = await query(
      (t) => `SELECT unit_id, final_score FROM ${t('scores')} WHERE year = 2025 AND item_code = 'D1.1.1' ORDER BY unit_id`,
    );
    assert.deepEqual(rows, [
      { unit_id: 'noi-vu-khac', final_score: 3 },
      { unit_id: 'so-noi-vu', final_score: 3.5 },
      { unit_id: 'so-tu-phap', final_score: 4 },
      { unit_id: 'so-y-te', final_score: 2 },
    ]);
  });
});

describe('never losing data', () => {
  test('--dry-run shows what it would write and writes nothing', async () => {
    tmp = importFixture();
    const before = snapshot(tmp.dataDir);
    const report = await run(long('a.csv', [['2025', 'Sở Nội vụ', '1.1.1', '3,5']]), { dryRun: true });
    assert.ok(report.ok, report.errors.join('\n'));
    assert.deepEqual(report.written, []);
    assert.deepEqual(
      report.summary.filter(([l]) => l === 'writes' || l === 'sources'),
      [
        ['writes', 'raw/imported/sample-departments/2025-detail.csv: 1 new, 0 changed, 0 unchanged'],
        ['sources', 'sources.json: raw/imported/sample-departments/*-detail.csv added to dataset sample'],
      ],
    );
    assert.deepEqual(snapshot(tmp.dataDir), before);
  });

  test('a second file adds to the first; a different value is refused without --replace, then listed and replaced', async () => {
    tmp = importFixture();
    assert.ok((await run(long('a.csv', [['2025', 'Sở Nội vụ', '1.1.1', '3,5']]))).ok);
    const added = await run(
      long('b.csv', [
        ['2025', 'Sở Nội vụ', '1.1.1', '3.50'],
        ['2025', 'Sở Y tế', '1.1.1', '3'],
      ]),
    );
    assert.deepEqual(added.summary.at(-1), ['writes', 'raw/imported/sample-departments/2025-detail.csv: 1 new, 0 changed, 1 unchanged']);
    const kept = detail();
    const refused = await run(long('c.csv', [['2025', 'Sở Nội vụ', '1.1.1', '4']]));
    assert.equal(refused.ok, false);
    assert.deepEqual(refused.errors, [
      '1 value(s) differ from the raw files: nothing written (run with --replace to overwrite them)',
      'c!D2: 4 — differs from 3.5 in raw/imported/sample-departments/2025-detail.csv (Sở Nội vụ D1.1.1, final_score)',
    ]);
    assert.equal(detail(), kept);
    const replaced = await run(long('c.csv', [['2025', 'Sở Nội vụ', '1.1.1', '4']]), { replace: true });
    assert.ok(replaced.ok, replaced.errors.join('\n'));
    assert.deepEqual(
      replaced.changes.map((c) => `${c.row} ${c.column}: ${c.before} → ${c.after} (${c.place})`),
      ['Sở Nội vụ D1.1.1 final_score: 3.5 → 4 (c!D2)'],
    );
    assert.equal(
      detail(),
      'year,unit_name,item_code,item_name,max_points,applicable,self_score,appraisal_r1,final_score,reason,explanation,proposed_score,source_url\n' +
        '2025,Sở Nội vụ,D1.1.1,,,,,,4,,,,\n2025,Sở Y tế,D1.1.1,,,,,,3,,,,\n',
    );
  });

  test("every bad cell and the data build's refusals at once, each with its place and value; nothing written", async () => {
    tmp = importFixture();
    const before = snapshot(tmp.dataDir);
    const report = await run(
      long('a.csv', [
        ['2025', 'Sở Nội vụ', '1.1.1', 'ba'],
        ['2025', 'Sở Nội vụ', '9.9', '1'],
        ['2025', 'Sở Y tế', '1.1.2', '50%'],
        ['2025', 'Sở Y tế', 'Khảo sát', '1'],
        ['2025', 'Sở Tư pháp', '1.1.1', '4,5'],
      ]),
    );
    // The value above the maximum is found by the data build on the sound rows, in the same run.
    assert.deepEqual(report.errors, [
      'a!D2: ba — not a number',
      'a!C3: 9.9 — item D9.9 is not in framework fx-departments-2024',
      "a!D4: 50% — is a percentage, but the column's other numbers are points: write all in percent or all in points",
      'a!C5: Khảo sát — no item code or item name of framework fx-departments-2024',
      'the data build refuses the result: nothing written',
      'a!D6: 4.5 — score above the maximum 4',
    ]);
    assert.deepEqual(snapshot(tmp.dataDir), before);
  });

  test("the data build's own checks run before writing, named by the imported file's places", async () => {
    tmp = importFixture();
    const before = snapshot(tmp.dataDir);
    const report = await run(long('a.csv', [['2025', 'Sở Nội vụ', '1.1.1', '4,5']]));
    assert.deepEqual(report.errors, ['the data build refuses the result: nothing written', 'a!D2: 4.5 — score above the maximum 4']);
    assert.deepEqual(snapshot(tmp.dataDir), before);
  });
});

describe('the command line', () => {
  test('problems are printed as lines, with no stack trace, and exit 1', () => {
    tmp = importFixture();
    const file = path.join(tmp.root, 'old.xls');
    writeFileSync(file, 'not a workbook');
    let out = { status: 0, stderr: '' };
    try {
      execFileSync(process.execPath, ['scripts/import.ts', file, '--index', 'sample-departments', '--data', tmp.dataDir], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      out = e as { status: number; stderr: string };
    }
    assert.equal(out.status, 1);
    assert.equal(out.stderr, 'import failed (1):\n  old.xls: old .xls workbooks cannot be read: open the file and save it as .xlsx\n');
  });
});
