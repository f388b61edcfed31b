/**
 * One import: read the file, recognise its table, convert it to raw rows, match the units, merge with
 * the raw files already there, validate the result with the data build, and only then write. Every
 * problem comes back at once, with its place (`Sheet1!C14`), never as an exception.
 */
import path from 'node:path';
import { writeFileAtomically } from '../data/atomic.ts';
import { formatError } from '../data/errors.ts';
import { convert, type Converted, type OutRow } from './convert.ts';
import type { Encoding } from './decode.ts';
import { anyItem, ItemMatcher } from './items.ts';
import { parseMapping, pickSheet, yearOf } from './pick.ts';
import { type Change, csvText, type FilePlan, planFile, rawGlob, rawPath } from './raw-files.ts';
import { summarise } from './report.ts';
import { checkNewIndex, type NewIndex, type NewIndexOptions, planNewIndex, sourcesWithIndex } from './new-index.ts';
import { findTarget, frameworkIn, frameworksOf, loadData, type Target } from './target.ts';
import { ALIAS_COLUMNS, matchUnits, readAliases, type UnitMatch, withPending } from './units-match.ts';
import { readSourcesJson, validateWith, withScoreSource } from './validate.ts';
import { type ImportVisibility, sourcesWithVisibility } from './visibility.ts';
import { readWorkbook } from './workbook.ts';
import Papa from 'papaparse';

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

const fail = (summary: [string, string][], errors: string[], changes: Change[] = []): ImportReport => ({
  ok: false,
  summary,
  errors,
  changes,
  written: [],
});

/** Runs an import (see the module comment); never throws for a problem of the input. */
export async function runImport(o: ImportOptions): Promise<ImportReport> {
  const overrides = parseMapping(o.mapping ?? []);
  if (typeof overrides === 'string') return fail([], [overrides]);
  const data = await loadData(o.dataDir);
  if (typeof data === 'string') return fail([], [data]);
  const why = o.newIndex ? checkNewIndex(data, o.newIndex) : null;
  if (why) return fail([], [why]);
  // A new index is planned twice: without units to read the file, then with the units it names.
  let newIndex = o.newIndex ? planNewIndex(data, o.newIndex, [], data.datasets.length) : null;
  let target = newIndex ? newIndex.target : findTarget(data, o.index);
  if (typeof target === 'string') return fail([], [target]);
  let book;
  try {
    book = await readWorkbook(o.file, o.encoding);
  } catch (e) {
    return fail([], [`${path.basename(o.file)}: ${(e as Error).message}`]);
  }
  const first = pickSheet(book, o.sheet, overrides, anyItem(frameworksOf(target)));
  if (typeof first === 'string') return fail([], [first]);
  const year = yearOf(first, o.year ?? o.newIndex?.year);
  if (year.year === null) return fail([], ['no year: none in the title or a year column; give --year <yyyy>']);
  const framework = frameworkIn(target, year.year);
  if (typeof framework === 'string') return fail([], [framework]);
  const items = new ItemMatcher(framework);
  const layout = pickSheet(book, first.sheet.name, overrides, (t) => items.match(t));
  if (typeof layout === 'string') return fail([], [layout]);
  const converted = convert(layout, { year: year.year, items, unit: o.unit ?? null });
  if (year.from !== '--year' && year.from !== 'the year column') converted.assumptions.unshift(`year ${year.year} read from ${year.from}`);
  if (o.newIndex) {
    const names = converted.rows.map((r) => r.values.unit_name).filter((n): n is string => n !== undefined);
    newIndex = planNewIndex(data, o.newIndex, names, data.datasets.length);
    target = newIndex.target;
  }
  const aliasFile = o.aliases ?? path.join(o.dataDir, 'import-aliases.csv');
  const units = resolveUnits(converted, target, aliasFile);
  const summary = summarise({ file: o.file, book, layout, converted, units: units.matches });
  if (newIndex)
    summary.push(['new index', `${target.index.index_id}: ${newIndex.units.map((u) => `${u.unit_id} (${u.level})`).join(', ')}`]);
  const problems = converted.problems.map((p) => `${p.place}: ${p.value} — ${p.why}`);
  if (units.unresolved.length > 0 && !o.dryRun) {
    writeFileAtomically(
      aliasFile,
      Papa.unparse({ fields: [...ALIAS_COLUMNS], data: units.pending.map((r) => ALIAS_COLUMNS.map((c) => r[c])) }, { newline: '\n' }) +
        '\n',
    );
    problems.push(`${units.unresolved.length} unit name(s) not resolved: fill their unit_id in ${aliasFile} and run again`);
  }
  problems.push(...units.unresolved.map(unitProblem));
  if (problems.length > 0) return fail(summary, problems);
  return await writePlans(o, target, converted, summary, newIndex);
}

function unitProblem(m: UnitMatch & { at: string }): string {
  const hint = m.suggestions.length > 0 ? `; closest: ${m.suggestions.join(', ')}` : '';
  return `${m.at}: ${m.written} — ${m.why === 'ambiguous' ? 'ambiguous unit name' : m.why === 'unknown' ? 'unknown unit' : m.why}${hint}`;
}

/** Matches the rows' unit names year by year and writes each unit's own name into its rows. */
function resolveUnits(converted: Converted, target: Target, aliasFile: string) {
  const aliases = readAliases(aliasFile);
  const matches: UnitMatch[] = [];
  const unresolved: (UnitMatch & { at: string })[] = [];
  const years = new Set(converted.rows.map((r) => r.values.year).filter((y): y is string => y !== undefined));
  for (const y of years) {
    const rows = converted.rows.filter((r) => r.values.year === y && r.values.unit_name);
    const found = matchUnits(
      rows.map((r) => r.values.unit_name!),
      Number(y),
      target.levels,
      target.dataset.resolver,
      aliases,
    );
    for (const m of found.values()) {
      matches.push(m);
      if (!m.unit) unresolved.push({ ...m, at: rows.find((r) => r.values.unit_name === m.written)!.at });
    }
    for (const r of rows) {
      const unit = found.get(r.values.unit_name!)?.unit;
      if (unit) r.values.unit_name = unit.name_vi;
    }
  }
  return { matches, unresolved, pending: withPending(aliases, unresolved) };
}

async function writePlans(
  o: ImportOptions,
  target: Target,
  converted: Converted,
  summary: [string, string][],
  newIndex: NewIndex | null,
): Promise<ImportReport> {
  const indexId = target.index.index_id;
  const byYear = Map.groupBy(converted.rows, (r: OutRow) => r.values.year!);
  const plans: FilePlan[] = [...byYear].map(([y, rows]) =>
    planFile(o.dataDir, rawPath(indexId, y, converted.format), converted.format, rows),
  );
  const changes = plans.flatMap((p) => p.changes);
  for (const p of plans) summary.push(['writes', `${p.rel}: ${p.added} new, ${p.changes.length} changed, ${p.unchanged} unchanged`]);
  if (changes.length > 0 && !o.replace) {
    const lines = changes.map((c) => `${c.place}: ${c.after} — differs from ${c.before} in ${c.file} (${c.row}, ${c.column})`);
    return fail(
      summary,
      [`${changes.length} value(s) differ from the raw files: nothing written (run with --replace to overwrite them)`, ...lines],
      changes,
    );
  }
  const entry = { glob: rawGlob(indexId, converted.format), format: converted.format, index_id: indexId };
  const sources = readSourcesJson(o.dataDir);
  const added = newIndex
    ? sourcesWithIndex(sources, newIndex, { format: converted.format, index_id: indexId })
    : withScoreSource(sources, target.dataset.dataset.at, entry);
  if (added)
    summary.push(['sources', `sources.json: ${entry.glob} added to ${newIndex ? 'new ' : ''}dataset ${target.dataset.dataset.id}`]);
  const visible = sourcesWithVisibility(
    added ?? sources,
    added !== null,
    { newIndex: newIndex !== null, datasetAt: target.dataset.dataset.at, glob: entry.glob },
    o.visibility ?? { internal: false, internalColumns: [] },
  );
  if ('error' in visible) return fail(summary, [visible.error], changes);
  if (visible.line) summary.push(['visibility', visible.line]);
  const nextSources = visible.changed ?? added;
  const files = new Map([...(newIndex?.files ?? []), ...plans.map((p) => [p.rel, csvText(p)] as const)]);
  const check = await validateWith(o.dataDir, [target.dataset.dataset.at, ...(newIndex?.scopeAt ?? [])], nextSources ?? sources, files);
  if (!check.ok)
    return fail(summary, ['the data build refuses the result: nothing written', ...check.details.map((e) => placeOf(e, plans))], changes);
  if (o.dryRun) return { ok: true, summary, errors: [], changes, written: [] };
  for (const [rel, text] of files) writeFileAtomically(path.join(o.dataDir, rel), text);
  if (nextSources) writeFileAtomically(path.join(o.dataDir, 'sources.json'), `${JSON.stringify(nextSources, null, 2)}\n`);
  return { ok: true, summary, errors: [], changes, written: [...files.keys(), ...(nextSources ? ['sources.json'] : [])] };
}

/** A build error on a written file, named by the place in the imported file the value came from. */
function placeOf(e: Parameters<typeof formatError>[0], plans: readonly FilePlan[]): string {
  const origin = plans.find((p) => p.rel === e.file)?.origin.get(e.row ?? -1);
  return origin ? `${origin.places[e.column] ?? origin.at}: ${e.value} — ${e.why}` : formatError(e);
}
