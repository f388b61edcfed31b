/**
 * Input that used to be accepted silently (issue 12's mutation run) and is now refused with its place:
 * links that are not web pages, names that would break pages or terminals, scores on items marked not
 * applicable, lineage that contradicts itself. Each with its exact `file:row:column: value — why`.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { append, buildEdited, copyFixture, replace } from '../fixtures/build/fixture.ts';
import { buildData } from '../../scripts/data/build.ts';
import { printable } from '../../scripts/data/errors.ts';

const DETAIL = 'raw/sample/scores/departments-2024.csv';
const LONG_NAME = 'Sở '.padEnd(250, 'x');

describe('bad input is refused with its place', () => {
  test('links, names, not-applicable scores and lineage', async () => {
    const result = await buildEdited({
      'raw/published/provinces.csv': append('2023,Quảng\u202eNinh,province,80,,63,https://example.org/p2023'),
      'raw/published/national_aggregates.csv': append(
        '2023,provinces,mean_score_pct,86,pct,javascript:alert(1),',
        '2022,provinces,mean_score_pct,86,pct,ftp://example.org/b,',
      ),
      [DETAIL]: (text) =>
        append('2024;Sở Tư pháp;D2.1;Một tiêu chí;5;Không;;;4;;')(
          replace(
            '2024;Sở Y tế;D2.2;Giải quyết đúng hạn;5;Có;;;4,5;;',
            '2024;Sở Y tế;D2.2;Giải quyết đúng hạn;5;Có;;;4,5;;Giải\u0007trình',
          )(text),
        ),
      'reference/units-provinces.csv': append(`bac-ninh,${LONG_NAME},,province,,,,`),
      'reference/lineage.csv': append('quang-ninh,quang-ninh,2025-07-01,rename,', 'hai-phong,ha-giang,2025-07-01,absorb,'),
    });
    assert.equal(result.ok, false);
    if (result.ok) return;
    const nameValue = `${LONG_NAME.slice(0, 120)}… (250 characters)`;
    assert.deepEqual(result.errors, [
      'raw/published/national_aggregates.csv:4:source_url: javascript:alert(1) — a javascript: link; only http:// and https:// pages are published',
      'raw/published/national_aggregates.csv:5:source_url: ftp://example.org/b — a ftp: link; only http:// and https:// pages are published',
      'raw/published/provinces.csv:8:unit_name: Quảng\\u{202e}Ninh — holds a direction-control character (U+202A–U+202E or U+2066–U+2069), which would reorder the text on the page',
      `${DETAIL}:20:Giải trình: Giải\\u{0007}trình — holds a control character (a line break, tab or other invisible code)`,
      `${DETAIL}:21:Điểm thẩm định: 4 — a score on an item marked not applicable (Áp dụng: Không); leave it empty`,
      'reference/lineage.csv:4:to_unit_id: quang-ninh — the same unit as from_unit_id: a unit cannot succeed itself',
      'reference/lineage.csv:5:to_unit_id: ha-giang — ended in 2024, before this absorb of 2025-07-01',
      `reference/units-provinces.csv:9:name_vi: ${nameValue} — 250 characters; a name holds at most 200`,
    ]);
  });

  test('sources.json: entries that are not datasets or paths, and a folder in place of a file, are named', async () => {
    const result = await buildEdited({
      'sources.json': (text) =>
        replace(
          '"datasets": [',
          '"datasets": [null,',
        )(
          replace(
            '"reference/units-ministries.csv"',
            '"reference/units-ministries.csv", 7',
          )(replace('"reference/lineage.csv"', '"reference"')(text)),
        ),
    });
    assert.deepEqual(result.ok ? [] : result.errors, [
      'reference:-:-: (folder) — is a folder, not a file (listed in sources.json datasets[1].lineage)',
      'sources.json:-:datasets[0]: null — expected a dataset (an object with id, units, scores…)',
      'sources.json:-:datasets[1].units[2]: 7 — expected the path of a file relative to data/',
    ]);
  });

  test('an index year ranking fewer units than it publishes', async () => {
    const result = await buildEdited({
      'reference/index-years.csv': replace('https://example.org/2023,63', 'https://example.org/2023,2'),
    });
    assert.deepEqual(result.ok ? [] : result.errors, [
      "raw/published/domains.csv:4:rank_in_domain: 3 — rank is greater than the 2 units ranked (rank_of empty: the index year's units_ranked)",
      'reference/index-years.csv:2:units_ranked: 2 — smaller than the 3 units whose total is published for 2023 (raw/published/provinces.csv)',
    ]);
  });

  test('line endings of any system and a BOM before a quoted header read as usual', async () => {
    const result = await buildEdited({
      'raw/published/provinces.csv': (text) => `\ufeff"year"${text.replace(/^year/, '').replace(/\r?\n/g, '\r')}`,
    });
    assert.deepEqual(result.ok ? [] : result.errors, []);
    const same = await buildEdited({});
    assert.ok(result.ok && same.ok);
    const rows = (r: typeof result) => (r.ok ? r.manifest.files.map((f) => [f.table, f.rows]) : []);
    assert.deepEqual(rows(result), rows(same));
  });

  test('a header with no rows, and bytes that are not UTF-8, are refused with their place', async () => {
    const tmp = copyFixture({ 'raw/published/domains.csv': (text) => `${text.split('\n')[0]}\n` });
    try {
      const file = path.join(tmp.dataDir, 'raw/published/provinces.csv');
      // A Windows-1258 byte (0xE1, "á") followed by ASCII: not valid UTF-8.
      writeFileSync(
        file,
        Buffer.concat([readFileSync(file), Buffer.from('2024,Qu\xe1ng Ninh,province,80,,63,https://example.org/x\n', 'latin1')]),
      );
      const result = await buildData({ dataDir: tmp.dataDir, outDir: tmp.outDir, progress: null });
      assert.deepEqual(result.ok ? [] : result.errors, [
        'raw/published/domains.csv:1:*: (no rows) — a score file with a header and no rows: a file cut short? (remove it from sources.json, or declare "rows": 0 there)',
        'raw/published/provinces.csv:8:unit_name: Qu\ufffdng Ninh — not valid UTF-8 (bytes of another encoding, e.g. Windows-1258 or TCVN3): save the file as UTF-8, or read it with npm run import',
      ]);
    } finally {
      tmp.remove();
    }
  });

  test('declared row counts: a file cut at a row boundary or grown is refused; "rows": 0 accepts a header alone', async () => {
    const declare = (file: string, rows: unknown) =>
      replace(`"file": "raw/published/${file}.csv",`, `"file": "raw/published/${file}.csv", "rows": ${JSON.stringify(rows)},`);
    const lines = (text: string) => text.trimEnd().split('\n');
    const cut = await buildEdited({
      'sources.json': (text) => declare('provinces', 6)(declare('ministries', 1)(text)),
      // A whole last row gone: still a well-formed CSV.
      'raw/published/provinces.csv': (text) => `${lines(text).slice(0, -1).join('\n')}\n`,
    });
    assert.deepEqual(cut.ok ? [] : cut.errors, [
      'raw/published/ministries.csv:-:*: 2 rows — sources.json datasets[0].scores[1].rows declares 1 row: rows were added (check the file against its source, then set "rows" to the count)',
      'raw/published/provinces.csv:-:*: 5 rows — sources.json datasets[0].scores[0].rows declares 6 rows: the file looks cut short (check the file against its source, then set "rows" to the count)',
    ]);
    const exact = await buildEdited({ 'sources.json': declare('provinces', 6) });
    assert.ok(exact.ok, exact.ok ? '' : exact.errors.join('\n'));
    const empty = await buildEdited({
      'sources.json': declare('domains', 0),
      'raw/published/domains.csv': (text) => `${text.split('\n')[0]}\n`,
    });
    assert.ok(empty.ok, empty.ok ? '' : empty.errors.join('\n'));
    const wrong = await buildEdited({ 'sources.json': declare('domains', -1) });
    assert.deepEqual(wrong.ok ? [] : wrong.errors, [
      'sources.json:-:datasets[0].scores[2].rows: -1 — expected the number of data rows (a whole number ≥ 0)',
    ]);
  });

  test('a column the build would not read, and an invisible character in any cell, are refused', async () => {
    const errors = async (edits: Parameters<typeof buildEdited>[0]) => {
      const result = await buildEdited(edits);
      return result.ok ? [] : result.errors;
    };
    assert.deepEqual(await errors({ [DETAIL]: replace('Điểm tự chấm', 'Điểm tự chấm cũ') }), [
      `${DETAIL}:1:Điểm tự chấm cũ: Điểm tự chấm cũ — unknown column: the build would not read it (expected year, unit_name, item_code, item_name, max_points, applicable, self_score, appraisal_r1, final_score, reason, explanation, proposed_score, source_url)`,
    ]);
    // Refused in a link and in an alias list (the row goes, so what depends on it is reported too).
    const link = await errors({ 'reference/index-years.csv': replace('https://example.org/2023,63', 'https://example.org/\u001b2023,63') });
    assert.ok(
      link.includes(
        'reference/index-years.csv:2:source_url: https://example.org/\\u{001b}2023 — holds a control character (a line break, tab or other invisible code)',
      ),
      link.join('\n'),
    );
    const alias = await errors({ 'frameworks/fx-provinces-2023.csv': replace('Chỉ số CCHC', 'Chỉ số\u0000CCHC') });
    assert.ok(
      alias.includes(
        'frameworks/fx-provinces-2023.csv:2:aliases: Chỉ số\\u{0000}CCHC — holds a control character (a line break, tab or other invisible code)',
      ),
      alias.join('\n'),
    );
  });

  test('a proposed score: read with the explanation, refused without one, above the maximum or negative', async () => {
    // A header written without diacritics is accepted like the Vietnamese one.
    const column = (header: string, cells: Record<number, string>) => (text: string) =>
      text
        .split('\n')
        .map((line, i) => (line === '' ? line : line.replace(/\r?$/, (end) => `;${i === 0 ? header : (cells[i + 1] ?? '')}${end}`)))
        .join('\n');
    const result = await buildEdited({ [DETAIL]: column('diem de nghi dieu chinh', { 2: '4', 6: '5', 7: '4,5', 20: '-1' }) });
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(result.errors, [
      `${DETAIL}:2:diem de nghi dieu chinh: 4 — a proposed score without an explanation (Giải trình is empty); give the explanation or leave it empty`,
      `${DETAIL}:7:diem de nghi dieu chinh: 4,5 — a proposed score without an explanation (Giải trình is empty); give the explanation or leave it empty`,
      `${DETAIL}:20:diem de nghi dieu chinh: -1 — negative score`,
      `${DETAIL}:20:diem de nghi dieu chinh: -1 — a proposed score without an explanation (Giải trình is empty); give the explanation or leave it empty`,
    ]);
    const over = await buildEdited({ [DETAIL]: column('Proposed score', { 6: '5,5' }) });
    assert.deepEqual(over.ok ? [] : over.errors, [`${DETAIL}:6:Proposed score: 5,5 — score above the maximum 5`]);
  });

  test('messages never print control or direction characters as they are', () => {
    assert.equal(printable('a\u001b[31mb\u202ec\nd'), 'a\\u{001b}[31mb\\u{202e}c\\u{000a}d');
    assert.equal(printable('x'.repeat(130)), `${'x'.repeat(120)}… (130 characters)`);
  });

  test('"-0" is zero, never a signed zero', async () => {
    const { parsePoints } = await import('../../scripts/data/normalise.ts');
    const parsed = parsePoints('-0');
    assert.ok(parsed.ok && Object.is(parsed.value, 0));
  });
});
