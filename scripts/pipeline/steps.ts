/**
 * The build as five steps, each with what it reads, what it writes and the command that does it:
 *
 *   sample      scripts/sample + seed           → data/raw/sample       (npm run data:sample)
 *   data        data/ + scripts/data + schema   → data/dist             (npm run build:data)
 *   site        src/ + public/ + data/dist      → dist/ but worksheets  (astro build)
 *   worksheets  src/ + data/dist + dist/        → dist/worksheets/      (the remediation worksheets, XLSX and CSV, and round-2 appendices)
 *   compress    dist/                           → dist/**.br, dist/**.gz (scripts/precompress.ts)
 *
 * `npm start` serves after the site step and runs the worksheets and the compression in the background
 * (a worksheet link answers 404 for the ~20 s they take); `npm run build` runs every step in turn.
 *
 * Each step's inputs include the previous step's output, so a change anywhere reaches every step after
 * it, and nothing before it. package-lock.json is an input wherever a dependency shapes the output
 * (DuckDB writes data/dist, Astro and Vite write dist/, and the lock pins the Node that runs them).
 */
import type { Edition } from '../../src/schema/index.ts';
import type { FileFilter, Fingerprinter } from './fingerprint.ts';

/** Names of the steps, in the order they run. */
export type StepName = 'sample' | 'data' | 'site' | 'worksheets' | 'compress';

/** One step of the build. */
export interface Step {
  name: StepName;
  /** What it does, for the log, e.g. `astro build`. */
  title: string;
  /** The command, run from the project root: the program, then its arguments. */
  command: readonly string[];
  /** One fingerprint or value per named input. */
  inputs(): Promise<Record<string, string>>;
  /** Fingerprint of what it wrote; null when that is missing. */
  outputs(): Promise<string | null>;
}

/** How to run the steps' programs. */
export interface StepOptions {
  /** The Node that runs the scripts: the project's own (process.execPath under npm). */
  node: string;
  /** The sample's seed and scale, passed to the generator. */
  seed: number;
  scale: string;
  /**
   * The edition of the data (src/schema/editions.ts). An input of the data step, so switching editions
   * rebuilds data/dist, and through it the site and its compressed files: never the other edition's output.
   */
  edition: Edition;
}

/** Compressed siblings and the leftovers of an interrupted compression: the compress step's output. */
export const isCompressedSibling: FileFilter = (path) => /\.(br|gz)(\.tmp-\d+)?$/.test(path);

/** The worksheets step's output: the astro build's own output is everything else of dist/. */
export const isWorksheet: FileFilter = (path) => /^dist\/worksheets\//.test(path);

/** Everything under data/ that the data build reads: not its own output nor its temporary directories. */
const isDataInput: FileFilter = (path) => !/^data\/dist($|\/|\.)/.test(path);

const SCHEMA = 'src/schema';
const LOCK = 'package-lock.json';

/** The steps, in the order they run. */
export type Steps = Readonly<Record<StepName, Step>>;

/** The steps, fingerprinting through `fp` (whose root is the project); `Object.values` lists them in order. */
export function buildSteps(fp: Fingerprinter, options: StepOptions): Steps {
  const of = async (paths: readonly string[], keep?: FileFilter): Promise<string> => (await fp.of(paths, keep)) ?? 'none';
  const isSiteFile: FileFilter = (path) => !isCompressedSibling(path);
  const isPage: FileFilter = (path) => isSiteFile(path) && !isWorksheet(path);
  return {
    sample: {
      name: 'sample',
      title: `generate the ILLUSTRATIVE sample (seed ${options.seed}, scale ${options.scale})`,
      command: [options.node, 'scripts/generate-sample.ts', '--seed', String(options.seed), '--scale', options.scale],
      inputs: async () => ({
        code: await of(['scripts/generate-sample.ts', 'scripts/sample', SCHEMA]),
        frameworks: await of(['data/frameworks']),
        seed: String(options.seed),
        scale: options.scale,
      }),
      outputs: () => fp.of(['data/raw/sample']),
    },
    data: {
      name: 'data',
      title: `build data/dist from data/ (${options.edition} edition)`,
      command: [options.node, 'scripts/build-data.ts', '--edition', options.edition],
      inputs: async () => ({
        edition: options.edition,
        code: await of(['scripts/build-data.ts', 'scripts/data', SCHEMA]),
        data: await of(['data'], isDataInput),
        packages: await of([LOCK]),
      }),
      outputs: () => fp.of(['data/dist']),
    },
    site: {
      name: 'site',
      title: 'astro build',
      command: [options.node, 'scripts/build-site.ts', '--pages-only'],
      inputs: async () => ({
        // Also in data/dist's manifest; named here so the log says why the site is rebuilt.
        edition: options.edition,
        site: await of(['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'scripts/build-site.ts']),
        'data/dist': await of(['data/dist']),
        packages: await of([LOCK]),
      }),
      outputs: () => fp.of(['dist'], isPage),
    },
    worksheets: {
      name: 'worksheets',
      title: 'the remediation worksheets (XLSX and CSV) and round-2 appendices (XLSX) of every unit and year',
      command: [options.node, 'scripts/build-site.ts', '--worksheets'],
      inputs: async () => ({
        edition: options.edition,
        code: await of(['src', 'scripts/build-site.ts']),
        'data/dist': await of(['data/dist']),
        // A new astro build empties dist/, worksheets included: they follow it.
        pages: await of(['dist'], isPage),
        packages: await of([LOCK]),
      }),
      outputs: () => fp.of(['dist/worksheets'], isSiteFile),
    },
    compress: {
      name: 'compress',
      title: 'write brotli and gzip files beside those of dist/',
      command: [options.node, 'scripts/precompress.ts', 'dist'],
      inputs: async () => ({
        code: await of(['scripts/precompress.ts']),
        dist: await of(['dist'], isSiteFile),
      }),
      outputs: () => fp.of(['dist'], isCompressedSibling),
    },
  };
}
