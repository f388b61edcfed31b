/**
 * Stamps: what each build step last read and wrote, recorded only after it succeeded. A step whose
 * inputs and outputs both match its stamp has nothing to do. Kept in `node_modules/.cache/par-build/`
 * beside the precompression cache: removing node_modules forgets them, and nothing in the repo or in
 * `dist/` depends on them.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** What a step read and wrote the last time it succeeded. */
export interface Stamp {
  /** One fingerprint (or plain value, such as a seed) per named input. */
  inputs: Record<string, string>;
  /** Fingerprint of everything the step wrote. */
  outputs: string;
  /** When it finished (ISO 8601), for people reading the file. */
  at: string;
}

/** The stamps of every step, in one JSON file. */
export class StampFile {
  readonly path: string;
  private stamps: Record<string, Stamp> = {};

  constructor(path: string) {
    this.path = path;
  }

  /** Reads the file; a missing or unreadable file means no stamps, so every step runs. */
  async load(): Promise<this> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.path, 'utf8'));
      this.stamps = isStampRecord(parsed) ? parsed : {};
    } catch {
      this.stamps = {};
    }
    return this;
  }

  get(step: string): Stamp | undefined {
    return this.stamps[step];
  }

  /** Records a step's success. */
  async set(step: string, stamp: Stamp): Promise<void> {
    this.stamps[step] = stamp;
    await this.save();
  }

  /** Forgets a step before it runs, so an interrupted run is never mistaken for a finished one. */
  async forget(step: string): Promise<void> {
    if (!(step in this.stamps)) return;
    delete this.stamps[step];
    await this.save();
  }

  private async save(): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.tmp-${process.pid}`;
    await writeFile(tmp, `${JSON.stringify(this.stamps, null, 2)}\n`);
    await rename(tmp, this.path);
  }
}

function isStampRecord(value: unknown): value is Record<string, Stamp> {
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).every(
    (stamp: Partial<Stamp>) => typeof stamp?.outputs === 'string' && typeof stamp.inputs === 'object' && stamp.inputs !== null,
  );
}

/**
 * Why a step must run, or null when its stamp matches: e.g. `first run`, `changed: src, data/dist`,
 * `output missing`, `output changed since the last build`.
 */
export function staleReason(stamp: Stamp | undefined, inputs: Record<string, string>, outputs: string | null): string | null {
  if (stamp === undefined) return 'no record of a finished build';
  const changed = [...new Set([...Object.keys(inputs), ...Object.keys(stamp.inputs)])].filter(
    (name) => inputs[name] !== stamp.inputs[name],
  );
  if (changed.length > 0) return `changed: ${changed.join(', ')}`;
  if (outputs === null) return 'output missing';
  if (outputs !== stamp.outputs) return 'output changed since the last build';
  return null;
}
