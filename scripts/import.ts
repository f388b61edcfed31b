/**
 * `npm run import -- <file> [options]` — reads results as provinces hold them (Excel, CSV or TSV, any
 * layout and encoding), shows what it recognised, and writes raw files the data build reads (see the
 * README's recipe and data/README.md). Nothing is written on --dry-run, on any error, or while a unit
 * name is unresolved.
 *
 *   --index <id>          the index the results belong to (required)
 *   --year <yyyy>         the assessment year (else from a year column or the title)
 *   --sheet <name>        the sheet to read (else the one that looks like results)
 *   --mapping <col=meaning>  a column's meaning, by letter or header (repeatable; meaning "ignore" drops it)
 *   --unit <id or name>   the unit an explanation appendix is about (else the one its title names)
 *   --encoding <name>     utf-8, utf-16le, utf-16be, windows-1258, tcvn3 or vni (else detected)
 *   --replace             overwrite values that differ from the raw files (listing them)
 *   --dry-run             show what would be written, write nothing
 *   --new-index <id>      create the index (with --level, --framework, --name, --publisher, --year; --scope
 *                         <unit id> for a province's own index, --source <url>) and the units the file names
 *   --internal            the results are internal (an index before its decision): its new dataset, or the
 *                         index's new source of imported files, is left out of the public edition
 *   --internal-columns <a,b>  columns kept internal (self_score, appraisal_r1, reason_vi, explanation_vi, proposed_score)
 *   --data <dir>          the data directory (default data)
 *   --aliases <file>      the alias file (default <data>/import-aliases.csv)
 */
import { parseArgs } from 'node:util';
import { ENCODINGS, type Encoding } from './import/decode.ts';
import { formatSummary } from './import/report.ts';
import { runImport } from './import/run.ts';
import { parseInternalColumns } from './import/visibility.ts';

const USAGE =
  'usage: npm run import -- <file.xlsx|csv|tsv> --index <id> [--year y] [--sheet name] [--mapping col=meaning] [--unit id-or-name] [--internal] [--internal-columns a,b] [--dry-run] [--replace]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      index: { type: 'string' },
      year: { type: 'string' },
      sheet: { type: 'string' },
      mapping: { type: 'string', multiple: true },
      unit: { type: 'string' },
      encoding: { type: 'string' },
      replace: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      data: { type: 'string', default: 'data' },
      aliases: { type: 'string' },
      'new-index': { type: 'string' },
      level: { type: 'string' },
      framework: { type: 'string' },
      name: { type: 'string' },
      publisher: { type: 'string' },
      scope: { type: 'string' },
      source: { type: 'string' },
      internal: { type: 'boolean', default: false },
      'internal-columns': { type: 'string' },
    },
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) return usage(USAGE);
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) return usage('--year takes 4 digits');
  if (values.encoding !== undefined && !(ENCODINGS as readonly string[]).includes(values.encoding)) {
    return usage(`--encoding takes one of ${ENCODINGS.join(', ')}`);
  }
  const internalColumns = parseInternalColumns(values['internal-columns']);
  if (typeof internalColumns === 'string') return usage(internalColumns);
  const id = values['new-index'];
  const missing = ['level', 'framework', 'name', 'publisher', 'year'].filter((k) => values[k as keyof typeof values] === undefined);
  if (id !== undefined && missing.length > 0) return usage(`--new-index needs ${missing.map((m) => `--${m}`).join(', ')}`);
  const newIndex =
    id === undefined
      ? undefined
      : {
          id,
          level: values.level!,
          framework: values.framework!,
          year: Number(values.year),
          name: values.name!,
          publisher: values.publisher!,
          scope: values.scope,
          source: values.source,
        };
  const report = await runImport({
    file,
    dataDir: values.data,
    index: values.index,
    year: values.year === undefined ? undefined : Number(values.year),
    sheet: values.sheet,
    mapping: values.mapping ?? [],
    unit: values.unit,
    encoding: values.encoding as Encoding | undefined,
    dryRun: values['dry-run'],
    replace: values.replace,
    aliases: values.aliases,
    newIndex,
    visibility: { internal: values.internal, internalColumns },
  });
  if (report.summary.length > 0) process.stdout.write(`${formatSummary(report.summary)}\n\n`);
  if (!report.ok) {
    process.stderr.write(`import failed (${report.errors.length}):\n${report.errors.map((e) => `  ${e}`).join('\n')}\n`);
    return 1;
  }
  for (const c of report.changes) process.stdout.write(`  changed ${c.file} ${c.row} ${c.column}: ${c.before} → ${c.after} (${c.place})\n`);
  const done = values['dry-run'] ? 'dry run: nothing written' : `wrote ${report.written.join(', ')}; run \`npm start\` to rebuild the site`;
  process.stdout.write(`${done}\n`);
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`${message}\n${message === USAGE ? '' : `${USAGE}\n`}`);
  return 2;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bug, not bad input: still one line, no stack trace.
    process.stderr.write(`import failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
