/**
 * Streams a CSV file through papaparse, one record at a time, with exact line numbers (header = 1).
 * UTF-8 with or without BOM; comma or semicolon separated (decided from the header line).
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { Transform } from 'node:stream';
import Papa from 'papaparse';
import type { ErrorList } from './errors.ts';
import type { ColumnMap, HeaderSpec } from './headers.ts';
import { HeaderedRows, type InputFile, type RowHandler } from './row-source.ts';

export { cell, type InputFile, type RowHandler } from './row-source.ts';

/** The separator of a file: whichever of "," and ";" occurs more often in the header line outside quotes. */
export function detectDelimiter(headerLine: string): ',' | ';' {
  let commas = 0;
  let semis = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semis++;
  }
  return semis > commas ? ';' : ',';
}

function firstLine(abs: string): string {
  const fd = openSync(abs, 'r');
  try {
    const buf = Buffer.alloc(65536);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return (
      buf
        .subarray(0, n)
        .toString('utf8')
        .split(/\r\n?|\n/, 1)[0] ?? ''
    );
  } finally {
    closeSync(fd);
  }
}

/**
 * Turns CRLF and a lone CR (old Mac files) into LF on the way through, so that a file whose lines end
 * in any mix of them still splits into rows; a CR at the end of one chunk waits for the next. Drops a
 * leading BOM, so a quoted first header cell (`\ufeff"year"`) stays a quoted cell.
 */
function crlfToLf(): Transform {
  let pending = '';
  let first = true;
  const out = new Transform({
    decodeStrings: false,
    transform(chunk: string, _encoding, done) {
      let text = pending + chunk;
      if (first && text.length > 0) {
        first = false;
        if (text.startsWith('\ufeff')) text = text.slice(1);
      }
      pending = text.endsWith('\r') ? '\r' : '';
      if (pending) text = text.slice(0, -1);
      done(null, text.replace(/\r\n?/g, '\n'));
    },
    flush(done) {
      done(null, pending ? '\n' : '');
    },
  });
  out.setEncoding('utf8');
  return out;
}

function countNewlines(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) {
    if (c.includes('\n')) n += c.split('\n').length - 1;
  }
  return n;
}

/**
 * Parses `file`, maps its header with `spec` and calls `onRow` for every non-empty record.
 * Header problems, ragged rows and broken quotes go to `errors`. Resolves with the column map,
 * or null when a required column is missing (then no row is read).
 */
export function readCsv(
  file: InputFile,
  spec: HeaderSpec,
  errors: ErrorList,
  onRow: RowHandler,
  onChunk?: (rows: number) => void,
): Promise<ColumnMap | null> {
  const delimiter = detectDelimiter(firstLine(file.abs));
  const headered = new HeaderedRows(file, spec, errors, onRow);
  let line = 1;
  const source = createReadStream(file.abs, { encoding: 'utf8' });
  const stream = source.pipe(crlfToLf());
  source.on('error', (e) => stream.destroy(e));

  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(stream as unknown as File, {
      delimiter,
      newline: '\n',
      skipEmptyLines: false,
      chunk(results, parser) {
        const broken = new Map(results.errors.map((e) => [e.row ?? 0, e]));
        for (const [i, cells] of results.data.entries()) {
          const e = broken.get(i);
          if (e) {
            errors.add(file.rel, line, '*', e.code, e.message);
            line += 1 + countNewlines(cells);
            continue;
          }
          headered.push(cells, line);
          line += 1 + countNewlines(cells);
          if (headered.stopped) {
            parser.abort();
            source.destroy();
            stream.destroy();
            break;
          }
        }
        onChunk?.(headered.rows);
      },
      complete: () => resolve(headered.finish()),
      error: (e: Error) => reject(e),
    });
  });
}
