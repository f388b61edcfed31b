/** A CSV file written line by line with back-pressure, so the national scale never holds a file in memory. */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { csvLine } from './csv-format.ts';

const FLUSH_AT = 1 << 16;

/** Writes header and rows to `file`; call `close()` to finish. Counts the data rows it wrote. */
export class CsvStream {
  rows = 0;
  private readonly out: WriteStream;
  private buffer: string;
  private readonly delimiter: ',' | ';';

  /** `bom`: start with a UTF-8 byte-order mark, as Excel's "CSV UTF-8" export does. */
  constructor(file: string, header: readonly string[], delimiter: ',' | ';', bom: boolean) {
    this.out = createWriteStream(file, { encoding: 'utf8' });
    this.delimiter = delimiter;
    this.buffer = (bom ? '\ufeff' : '') + csvLine(header, delimiter) + '\n';
  }

  /** Adds one row; resolves once the stream can take more. */
  async write(cells: readonly string[]): Promise<void> {
    this.buffer += csvLine(cells, this.delimiter) + '\n';
    this.rows++;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  /** Writes what is buffered and closes the file. */
  async close(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
  }

  private async flush(): Promise<void> {
    if (this.buffer === '') return;
    const ok = this.out.write(this.buffer);
    this.buffer = '';
    if (!ok) await once(this.out, 'drain');
  }
}
