/**
 * DuckDB's error messages as the console shows them: DuckDB's own words, without a JavaScript stack,
 * with the "LINE n:" of its excerpt counted in the editor's lines (the console runs the text wrapped,
 * one line down, see guard.ts).
 */
import { WRAP_LINES } from './guard.ts';

/** An error ready to show: the message and, when DuckDB gave one, the editor line it points at. */
export interface ConsoleError {
  readonly message: string;
  readonly line: number | null;
}

/** The message of anything thrown, without the stack trace a worker may append. */
function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/\n\s+at /)[0]!.trim();
}

/** Cleans DuckDB's message and renumbers its excerpt's lines to the editor's. */
export function consoleError(error: unknown): ConsoleError {
  let line: number | null = null;
  const lines = messageOf(error).split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = /^LINE (\d+):/.exec(lines[i]!);
    if (match === null) {
      out.push(lines[i]!);
      continue;
    }
    const editorLine = Number(match[1]) - WRAP_LINES;
    // An excerpt of the wrapper itself (its first or last line) says nothing about the user's text.
    if (editorLine < 1) {
      i += 1;
      continue;
    }
    line ??= editorLine;
    const label = `LINE ${editorLine}:`;
    out.push(label + lines[i]!.slice(match[0].length));
    // The caret line below is aligned on the label: keep it aligned when the number has fewer digits.
    const caret = lines[i + 1];
    if (caret !== undefined && /^\s*\^\s*$/.test(caret)) {
      out.push(caret.slice(match[0].length - label.length));
      i += 1;
    }
  }
  return { message: out.join('\n').trim(), line };
}
