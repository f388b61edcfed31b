/** The options and the report of one import (./run.ts). */
import type { Encoding } from './decode.ts';
import type { NewIndexOptions } from './new-index.ts';
import type { Change } from './raw-files.ts';
import type { ImportVisibility } from './visibility.ts';

export interface ImportOptions {
  file: string;
  dataDir: string;
  index?: string;
  year?: number;
  sheet?: string;
  mapping?: readonly string[];
  /** The unit an explanation appendix is about. */
  unit?: string;
  encoding?: Encoding;
  dryRun?: boolean;
  replace?: boolean;
  /** The alias file (default: <dataDir>/import-aliases.csv). */
  aliases?: string;
  /** Create this index (and its units) instead of importing into an existing one. */
  newIndex?: NewIndexOptions;
  /** `--internal`, `--internal-columns`: what the public edition leaves out (./visibility.ts). */
  visibility?: ImportVisibility;
}

export interface ImportReport {
  ok: boolean;
  /** What was recognised, as label → text. */
  summary: [string, string][];
  errors: string[];
  changes: Change[];
  /** Files written (relative to the data directory); empty on --dry-run or failure. */
  written: string[];
}
