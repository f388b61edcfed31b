/**
 * Merges the output of a second `astro build` (another shard of the pages, scripts/build-site.ts) into
 * the first. Both builds bundle the same scripts and copy the same public files: a file present in both
 * must be byte-identical, or the merge stops and names it (the two builds would disagree on what a page
 * loads). Files only in the second are moved; the second directory is left empty.
 */
import { readdirSync, readFileSync, mkdirSync, renameSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';

export interface MergeSummary {
  moved: number;
  same: number;
}

export function mergeOutput(from: string, into: string): MergeSummary {
  const summary: MergeSummary = { moved: 0, same: 0 };
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = path.join(entry.parentPath, entry.name);
    const relative = path.relative(from, source);
    const target = path.join(into, relative);
    if (existsSync(target)) {
      const same = statSync(target).size === statSync(source).size && readFileSync(target).equals(readFileSync(source));
      if (!same) throw new Error(`the two page builds wrote different files at ${relative}: build again with PAR_BUILD_SHARDS=1`);
      summary.same++;
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    renameSync(source, target);
    summary.moved++;
  }
  return summary;
}
