/** Progress on stderr for long builds: silent for the first two seconds, then one line per step. */

/** Where progress goes; null for silence. */
export type ProgressSink = { write(text: string): unknown } | null;

/** Seconds of silence before the first line: short builds print nothing. */
const DELAY_MS = 2000;
/** At most one row-count update per file this often. */
const ROWS_EVERY_MS = 1000;

export class Progress {
  private readonly start = Date.now();
  private lastRows = 0;

  private readonly sink: ProgressSink;
  private readonly delayMs: number;

  constructor(sink: ProgressSink, delayMs = DELAY_MS) {
    this.sink = sink;
    this.delayMs = delayMs;
  }

  /** A new step, e.g. "file 3/12 raw/sample/scores/communes-2024.csv". */
  step(message: string): void {
    this.print(message);
  }

  /** Rows read so far in a long file (throttled). */
  rows(message: string, rows: number): void {
    const now = Date.now();
    if (now - this.lastRows < ROWS_EVERY_MS) return;
    this.lastRows = now;
    this.print(`${message}: ${rows.toLocaleString('en')} rows`);
  }

  private print(message: string): void {
    const elapsed = Date.now() - this.start;
    if (!this.sink || elapsed < this.delayMs) return;
    this.sink.write(`[build:data ${(elapsed / 1000).toFixed(1)} s] ${message}\n`);
  }
}
