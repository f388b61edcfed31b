/**
 * Atomic output: everything is written to a temporary sibling of the output folder, then put in place.
 * A failed build removes the temporary folder and leaves the previous output untouched.
 *
 * The output folder is a symbolic link to a versioned sibling (`data/dist` → `dist.v-<stamp>`), and a
 * new version replaces it by renaming a new link over the old one: one rename, so a reader (a server, a
 * page build) always finds a whole `data/dist`, old or new, never none. Where the output is still a
 * real folder (the first build after this change) or links cannot be made, the old folder is moved
 * aside and the new one moved in: two renames, with a moment between them.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
    const match = name.startsWith(prefix) ? /^(?:tmp|old|link)-(\d+)$/.exec(name.slice(prefix.length)) : null;
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
    if (!swapLink(tmp, target)) swap(tmp, target);
    return result;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The versions beside `target` that its link does not point to (left by a build killed mid-swap). */
function unusedVersions(target: string): string[] {
  const current = isLink(target) ? path.basename(readlinkSync(target)) : null;
  const prefix = `${path.basename(target)}.v-`;
  return readdirSync(path.dirname(target)).filter((name) => name.startsWith(prefix) && name !== current);
}

const isLink = (file: string): boolean => {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
};

/**
 * Puts `tmp` in place as a new version behind the link `target` and removes the versions no longer
 * linked. One rename where `target` is already a link or missing; where it is a real folder, that
 * folder is moved aside first (once). False, with nothing changed, where links cannot be made.
 */
function swapLink(tmp: string, target: string): boolean {
  const version = `${target}.v-${Date.now().toString(36)}-${process.pid}`;
  const link = tempSibling(target, 'link');
  rmSync(link, { force: true });
  try {
    symlinkSync(path.basename(version), link, 'dir');
  } catch {
    return false;
  }
  renameSync(tmp, version);
  const folder = existsSync(target) && !isLink(target) ? tempSibling(target, 'old') : null;
  try {
    if (folder) renameSync(target, folder);
    renameSync(link, target);
  } catch (e) {
    if (folder && !existsSync(target)) renameSync(folder, target);
    renameSync(version, tmp);
    rmSync(link, { force: true });
    throw e;
  }
  if (folder) rmSync(folder, { recursive: true, force: true });
  for (const old of unusedVersions(target)) rmSync(path.join(path.dirname(target), old), { recursive: true, force: true });
  return true;
}

/** Where links cannot be made: moves the old output aside, the new one in, then deletes the old one; restores it if the move fails. */
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
