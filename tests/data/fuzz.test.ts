/**
 * A bounded, seeded fuzz test of `build:data` (issue 12): a few hundred mutations of the fixture's real
 * inputs, each of a kind whose right outcome is known. Breaking mutations (a separator added or lost, a
 * control or direction character, bytes that are not UTF-8, a row lost from a file with a declared count,
 * a number that is not one, a renamed or duplicated column, a duplicated row) must be refused with
 * errors that name the file, row and column; harmless ones (other line endings, a BOM, blank lines at the
 * end, quoted cells, spaces around a cell, decomposed Unicode) must build the same tables as the
 * unmutated data. Never a crash or a hang, and a refused build leaves the last good output as it was.
 *
 *   FUZZ_SEED=7 FUZZ_MUTATIONS=500 node --test tests/data/fuzz.test.ts
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildData } from '../../scripts/data/build.ts';
import { copyFixture, type TempData } from '../fixtures/build/fixture.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const COUNT = Number(process.env.FUZZ_MUTATIONS ?? 200);
/** Longer than any fixture build takes even on a loaded machine: past it, the build hangs. */
const HANG_MS = 60_000;

/** A small seeded generator (mulberry32): the same seed gives the same mutations. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A CSV line split into fields, keeping quotes, with the offsets of its separators outside quotes. */
function fields(line: string, sep: string): { cells: string[]; seps: number[] } {
  const cells: string[] = [];
  const seps: number[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (!quoted && line[i] === sep) {
      cells.push(line.slice(start, i));
      seps.push(i);
      start = i + 1;
    }
  }
  cells.push(line.slice(start));
  return { cells, seps };
}

interface Csv {
  rel: string;
  text: string;
  bom: string;
  sep: string;
  header: string[];
  rows: string[];
  /** Columns that hold numbers (every non-empty cell parses as one), by index. */
  numeric: number[];
}

function readCsv(dataDir: string, rel: string): Csv {
  const text = readFileSync(path.join(dataDir, rel), 'utf8');
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const lines = text.slice(bom.length).replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const sep = (lines[0]!.match(/;/g)?.length ?? 0) > (lines[0]!.match(/,/g)?.length ?? 0) ? ';' : ',';
  const header = fields(lines[0]!, sep).cells;
  const rows = lines.slice(1);
  const cells = rows.map((r) => fields(r, sep).cells);
  const numeric = header
    .map((_, i) => i)
    .filter((i) => {
      const values = cells.map((c) => (c[i] ?? '').replace(/^"|"$/g, '').trim()).filter((v) => v !== '');
      return values.length > 0 && values.every((v) => /^-?\d+([.,]\d+)?( ?%)?$/.test(v));
    });
  return { rel, text, bom, sep, header, rows, numeric };
}

const join = (csv: Csv, header: readonly string[], rows: readonly string[]): string =>
  `${csv.bom}${[header.join(csv.sep), ...rows].join('\n')}\n`;

interface Mutation {
  kind: 'breaking' | 'harmless';
  what: string;
  rel: string;
  text: string | Buffer;
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/** One mutation of a random file, or null when the file does not lend itself to the chosen kind. */
function mutate(rnd: () => number, csvs: readonly Csv[], declared: ReadonlySet<string>): Mutation | null {
  const csv = pick(rnd, csvs);
  const r = Math.floor(rnd() * csv.rows.length);
  const row = csv.rows[r] ?? '';
  const at = `${csv.rel} row ${r + 2}`;
  const withRow = (line: string) =>
    join(
      csv,
      csv.header,
      csv.rows.map((x, i) => (i === r ? line : x)),
    );
  const { cells, seps } = fields(row, csv.sep);
  const ops: (() => Mutation | null)[] = [
    () => {
      const s = seps.length > 0 ? pick(rnd, seps) : row.length;
      return {
        kind: 'breaking',
        what: `${at}: a separator added at ${s}`,
        rel: csv.rel,
        text: withRow(row.slice(0, s) + csv.sep + row.slice(s)),
      };
    },
    () => {
      if (seps.length === 0) return null;
      const s = pick(rnd, seps);
      return {
        kind: 'breaking',
        what: `${at}: the separator at ${s} removed`,
        rel: csv.rel,
        text: withRow(row.slice(0, s) + row.slice(s + 1)),
      };
    },
    () => {
      const c = Math.floor(rnd() * cells.length);
      const ch = pick(rnd, ['\u0007', '\u0000', '\u001b', '\u202e', '\u2066', '\u000b']);
      const cell = cells[c]!;
      const quoted = cell.startsWith('"') && cell.length > 1;
      const inner = quoted ? cell.slice(1, -1) : cell;
      const k = Math.floor(rnd() * (inner.length + 1));
      const next = inner.slice(0, k) + ch + inner.slice(k);
      const line = cells.map((x, i) => (i === c ? (quoted ? `"${next}"` : next) : x)).join(csv.sep);
      return {
        kind: 'breaking',
        what: `${at} column ${csv.header[c]}: U+${ch.codePointAt(0)!.toString(16).padStart(4, '0')} inserted`,
        rel: csv.rel,
        text: withRow(line),
      };
    },
    () => {
      const bytes = Buffer.from(withRow(row), 'utf8');
      const start = Buffer.byteLength(join(csv, csv.header, csv.rows.slice(0, r)), 'utf8') - 1;
      const k = start + 1 + Math.floor(rnd() * Buffer.byteLength(row, 'utf8'));
      return {
        kind: 'breaking',
        what: `${at}: byte 0xE1 (Windows-1258 "á") inserted`,
        rel: csv.rel,
        text: Buffer.concat([bytes.subarray(0, k), Buffer.from([0xe1]), bytes.subarray(k)]),
      };
    },
    () => {
      if (!declared.has(csv.rel) || csv.rows.length === 0) return null;
      return {
        kind: 'breaking',
        what: `${at}: the row removed (the file declares its rows)`,
        rel: csv.rel,
        text: join(
          csv,
          csv.header,
          csv.rows.filter((_, i) => i !== r),
        ),
      };
    },
    () => {
      const numeric = csv.numeric.filter((c) => (cells[c] ?? '').trim() !== '');
      if (numeric.length === 0) return null;
      const c = pick(rnd, numeric);
      const value = pick(rnd, ['abc', 'NaN', '∞', '1e999', '8O', '--3', '3..5']);
      const line = cells.map((x, i) => (i === c ? value : x)).join(csv.sep);
      return { kind: 'breaking', what: `${at} column ${csv.header[c]}: "${value}"`, rel: csv.rel, text: withRow(line) };
    },
    () => {
      const c = Math.floor(rnd() * csv.header.length);
      const header = csv.header.map((h, i) => (i === c ? 'cot_la' : h));
      return {
        kind: 'breaking',
        what: `${csv.rel} header: column ${csv.header[c]} renamed "cot_la"`,
        rel: csv.rel,
        text: join(csv, header, csv.rows),
      };
    },
    () => {
      const c = Math.floor(rnd() * csv.header.length);
      const other = (c + 1) % csv.header.length;
      const header = csv.header.map((h, i) => (i === other ? csv.header[c]! : h));
      return {
        kind: 'breaking',
        what: `${csv.rel} header: column ${csv.header[c]} twice`,
        rel: csv.rel,
        text: join(csv, header, csv.rows),
      };
    },
    () => {
      if (csv.rows.length === 0) return null;
      const rows = [...csv.rows.slice(0, r + 1), row, ...csv.rows.slice(r + 1)];
      return { kind: 'breaking', what: `${at}: the row twice`, rel: csv.rel, text: join(csv, csv.header, rows) };
    },
    () => {
      const eol = pick(rnd, ['\r\n', '\r']);
      return {
        kind: 'harmless',
        what: `${csv.rel}: line endings ${JSON.stringify(eol)}`,
        rel: csv.rel,
        text: csv.text.replace(/\r?\n/g, eol),
      };
    },
    () => (csv.bom ? null : { kind: 'harmless', what: `${csv.rel}: a BOM added`, rel: csv.rel, text: `\ufeff${csv.text}` }),
    () => ({ kind: 'harmless', what: `${csv.rel}: blank lines at the end`, rel: csv.rel, text: `${csv.text}\n\n` }),
    () => {
      const line = cells.map((x) => (x.startsWith('"') ? x : `"${x.replaceAll('"', '""')}"`)).join(csv.sep);
      return { kind: 'harmless', what: `${at}: every cell quoted`, rel: csv.rel, text: withRow(line) };
    },
    () => {
      const c = Math.floor(rnd() * cells.length);
      const line = cells.map((x, i) => (i === c && !x.startsWith('"') ? ` ${x} ` : x)).join(csv.sep);
      return { kind: 'harmless', what: `${at} column ${csv.header[c]}: spaces around the cell`, rel: csv.rel, text: withRow(line) };
    },
    () => ({ kind: 'harmless', what: `${csv.rel}: decomposed Unicode (NFD)`, rel: csv.rel, text: csv.text.normalize('NFD') }),
  ];
  return pick(rnd, ops)();
}

/** Every table the build writes, as CSV text by file: what "the same output" means. */
function tables(outDir: string): Record<string, string> {
  const dir = path.join(outDir, 'csv');
  return Object.fromEntries(
    readdirSync(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(path.join(dir, f)))
        .digest('hex'),
    ]),
  );
}

/** Every file of the output, hashed: what "left as it was" means. */
function everything(outDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(outDir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
}

/** "file:row:column: value — why", with a file of the data dir and a row number or "-". */
const ERROR = /^(?<file>[^:]+):(?<row>\d+|-):(?<column>[^:]*): .* — .+$/s;

let tmp: TempData;
let csvs: Csv[];
let declared: Set<string>;
let goodTables: Record<string, string>;

before(async () => {
  tmp = copyFixture();
  const sources = JSON.parse(readFileSync(path.join(tmp.dataDir, 'sources.json'), 'utf8')) as {
    datasets: { scores: { file?: string; rows?: number }[] }[];
  };
  const rels = (dir: string): string[] =>
    readdirSync(path.join(tmp.dataDir, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.csv'))
      .map((e) => path.relative(tmp.dataDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  csvs = [...rels('frameworks'), ...rels('raw'), ...rels('reference')].sort().map((rel) => readCsv(tmp.dataDir, rel));
  // Every single-file score entry declares its rows, as the published files do.
  declared = new Set();
  for (const d of sources.datasets)
    for (const s of d.scores)
      if (s.file) {
        s.rows = csvs.find((c) => c.rel === s.file)!.rows.length;
        declared.add(s.file);
      }
  writeFileSync(path.join(tmp.dataDir, 'sources.json'), JSON.stringify(sources, null, 2));
  const good = await buildData({ dataDir: tmp.dataDir, outDir: tmp.outDir, progress: null });
  assert.ok(good.ok, good.ok ? '' : good.errors.join('\n'));
  goodTables = tables(tmp.outDir);
});

after(() => tmp?.remove());

describe(`fuzzing build:data (seed ${SEED}, ${COUNT} mutations)`, () => {
  test('every breaking mutation is refused with its place, every harmless one builds the same tables', async () => {
    const rnd = random(SEED);
    const problems: string[] = [];
    const seen = { breaking: 0, harmless: 0 };
    for (let n = 0; n < COUNT;) {
      const m = mutate(rnd, csvs, declared);
      if (m === null) continue;
      n++;
      seen[m.kind]++;
      const file = path.join(tmp.dataDir, m.rel);
      const original = readFileSync(file);
      const before = everything(tmp.outDir);
      writeFileSync(file, m.text);
      let timer: NodeJS.Timeout | undefined;
      try {
        const hang = new Promise<never>((_, fail) => {
          timer = setTimeout(() => fail(new Error(`no answer after ${HANG_MS / 1000} s`)), HANG_MS);
        });
        const result = await Promise.race([buildData({ dataDir: tmp.dataDir, outDir: tmp.outDir, progress: null }), hang]);
        if (m.kind === 'breaking') {
          if (result.ok) problems.push(`#${n} accepted: ${m.what}`);
          else {
            const bad = result.errors.filter(
              (e) =>
                !ERROR.test(e) ||
                (!csvs.some((c) => c.rel === ERROR.exec(e)!.groups!.file) && ERROR.exec(e)!.groups!.file !== 'sources.json'),
            );
            if (bad.length > 0) problems.push(`#${n} ${m.what}: errors without a place: ${bad.join(' | ')}`);
            if (JSON.stringify(everything(tmp.outDir)) !== JSON.stringify(before))
              problems.push(`#${n} ${m.what}: the last good output changed`);
          }
        } else if (!result.ok) problems.push(`#${n} refused: ${m.what}: ${result.errors.join(' | ')}`);
        else if (JSON.stringify(tables(tmp.outDir)) !== JSON.stringify(goodTables)) problems.push(`#${n} ${m.what}: the tables changed`);
      } catch (e) {
        problems.push(`#${n} ${m.what}: ${(e as Error).stack ?? String(e)}`);
      } finally {
        clearTimeout(timer);
        writeFileSync(file, original);
      }
    }
    assert.ok(seen.breaking > COUNT / 3 && seen.harmless > COUNT / 6, `a mix of both kinds: ${JSON.stringify(seen)}`);
    assert.deepEqual(problems, [], `seed ${SEED}: ${problems.length} of ${COUNT} mutations went wrong`);
  });
});
