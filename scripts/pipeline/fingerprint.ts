/**
 * Content fingerprints of files and directories, so a build step can tell whether what it reads (or
 * wrote) is what it was last time. Content, not modification times: a fresh clone, `git checkout` or a
 * copy changes every mtime but no byte, and must not force a rebuild.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Which files of a directory count; paths are relative to the fingerprinter's root, with `/`. */
export type FileFilter = (path: string) => boolean;

interface Known {
  /** Size, inode, modification and change times: any of them changes when the file is rewritten or replaced. */
  identity: string;
  hash: string;
}

/**
 * Fingerprints paths under one root. File hashes are remembered for the life of the object (as long as
 * the file's size, inode and times stay the same), so a directory read by two steps, e.g. `dist/` as the site's output and the
 * compressor's input, is read once per run.
 */
export class Fingerprinter {
  private readonly known = new Map<string, Known>();
  readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  /**
   * One hash for the files at `paths` (files or directories, relative to the root): every file's path
   * and bytes, in sorted order. A missing path counts as missing, so creating it changes the result.
   * Null when none of the paths exist or no file passes the filter.
   */
  async of(paths: readonly string[], keep: FileFilter = () => true): Promise<string | null> {
    const hash = createHash('sha256');
    let files = 0;
    for (const path of paths.toSorted()) {
      const listed = await this.list(path);
      if (listed === null) {
        hash.update(`missing ${path}\n`);
        continue;
      }
      for (const file of listed.filter(keep)) {
        hash.update(`${file} ${await this.hashFile(file)}\n`);
        files++;
      }
    }
    return files > 0 ? hash.digest('hex') : null;
  }

  /** Files at `path` (itself if a file), relative to the root, sorted; null if it does not exist. */
  private async list(path: string): Promise<string[] | null> {
    const full = join(this.root, path);
    const info = await stat(full).catch(() => null);
    if (info === null) return null;
    if (!info.isDirectory()) return [toPosix(path)];
    const entries = await readdir(full, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => toPosix(relative(this.root, join(entry.parentPath, entry.name))))
      .sort();
  }

  private async hashFile(path: string): Promise<string> {
    const full = join(this.root, path);
    const info = await stat(full);
    const identity = `${info.size} ${info.ino} ${info.mtimeMs} ${info.ctimeMs}`;
    const known = this.known.get(full);
    if (known?.identity === identity) return known.hash;
    const hash = createHash('sha256')
      .update(await readFile(full))
      .digest('hex');
    this.known.set(full, { identity, hash });
    return hash;
  }
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
