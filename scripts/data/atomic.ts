/**
 * Atomic output: everything is written to a temporary sibling of the output folder, then swapped in
 * with renames. A failed build removes the temporary folder and leaves the previous output untouched.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The temporary sibling the build writes to, e.g. `data/dist.tmp-1234`. */
export function tempSibling(outDir: string, tag = 'tmp'): string {
  return `${path.resolve(outDir)}.${tag}-${process.pid}`;
}

/** Whether a process with this id is running (a build that still owns its temporary folder). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary siblings left by builds that were killed (`dist.tmp-<pid>`, `dist.old-<pid>` of a
 * process no longer running): each can hold a whole output. Returns the folders removed.
 */
export function removeStaleSiblings(outDir: string): string[] {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  if (!existsSync(parent)) return [];
  const prefix = `${path.basename(target)}.`;
  const removed: string[] = [];
  for (const name of readdirSync(parent)) {
    const match = name.startsWith(prefix) ? /^(?:tmp|old)-(\d+)$/.exec(name.slice(prefix.length)) : null;
    if (!match || running(Number(match[1]))) continue;
    rmSync(path.join(parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/** Runs `write` on a fresh temporary folder and, if it succeeds, puts that folder in place of `outDir`. */
export async function writeAtomically<T>(outDir: string, write: (dir: string) => Promise<T>): Promise<T> {
  const target = path.resolve(outDir);
  const tmp = tempSibling(target);
  mkdirSync(path.dirname(target), { recursive: true });
  removeStaleSiblings(target);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    const result = await write(tmp);
    swap(tmp, target);
    return result;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Moves the old output aside, the new one in, then deletes the old one; restores it if the move fails. */
function swap(tmp: string, target: string): void {
  const old = tempSibling(target, 'old');
  const hadOld = existsSync(target);
  if (hadOld) renameSync(target, old);
  try {
    renameSync(tmp, target);
  } catch (e) {
    if (hadOld) renameSync(old, target);
    throw e;
  }
  if (hadOld) rmSync(old, { recursive: true, force: true });
}

/** Writes one file whole or not at all: a temporary sibling, then a rename over the target. */
export function writeFileAtomically(file: string, content: string | Uint8Array): void {
  const target = path.resolve(file);
  const tmp = tempSibling(target);
  mkdirSync(path.dirname(target), { recursive: true });
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { force: true });
  }
}
