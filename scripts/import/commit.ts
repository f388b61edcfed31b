/**
 * Writes an import's files all or nothing. Every file is first written in full beside its target
 * (`<file>.tmp-<pid>`); only when all are staged are they renamed into place, each existing file moved
 * aside first. If a write or a rename fails, what was renamed is put back, the files and folders the
 * import created are removed, and the error is thrown: the data directory is as it was.
 */
import { existsSync, mkdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The file operations a commit uses; a test replaces one to make a given write fail. */
export interface CommitOps {
  write: (file: string, text: string) => void;
  rename: (from: string, to: string) => void;
}

const REAL: CommitOps = { write: (f, t) => writeFileSync(f, t), rename: (a, b) => renameSync(a, b) };

/** Folders to create for `file` (outermost first), below `root`. */
function missingFolders(root: string, file: string): string[] {
  const out: string[] = [];
  for (let dir = path.dirname(file); dir.startsWith(root) && dir !== root && !existsSync(dir); dir = path.dirname(dir)) out.unshift(dir);
  return out;
}

/** Writes `files` (path relative to `root` → text) all or nothing; throws the first error after undoing. */
export function commitFiles(root: string, files: ReadonlyMap<string, string>, ops: CommitOps = REAL): void {
  const base = path.resolve(root);
  const suffix = `.tmp-${process.pid}`;
  const made: string[] = [];
  const staged: string[] = [];
  const placed: { target: string; aside: string | null }[] = [];
  try {
    for (const [rel, text] of files) {
      const target = path.join(base, rel);
      for (const dir of missingFolders(base, target)) {
        mkdirSync(dir);
        made.push(dir);
      }
      ops.write(target + suffix, text);
      staged.push(target + suffix);
    }
    for (const [rel] of files) {
      const target = path.join(base, rel);
      const aside = existsSync(target) ? `${target}.old-${process.pid}` : null;
      if (aside) ops.rename(target, aside);
      placed.push({ target, aside });
      ops.rename(target + suffix, target);
    }
  } catch (e) {
    for (const { target, aside } of placed.reverse()) {
      if (aside) renameSync(aside, target);
      else rmSync(target, { force: true });
    }
    for (const f of staged) rmSync(f, { force: true });
    for (const dir of made.reverse()) rmdirSync(dir);
    throw e;
  }
  for (const { aside } of placed) if (aside) rmSync(aside, { force: true });
}
