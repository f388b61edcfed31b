/**
 * One import: read the file, recognise its table, convert it to raw rows, match the units, merge with
 * the raw files already there, validate the result with the data build, and only then write. Every
 * problem comes back at once, with its place (`Sheet1!C14`), never as an exception.
 */
import path from 'node:path';
import { writeFileAtomically } from '../data/atomic.ts';
import { appendixUnit } from './appendix-unit.ts';
import { convert, type Converted } from './convert.ts';
import { anyItem, ItemMatcher } from './items.ts';
import { parseMapping, pickSheet, yearOf } from './pick.ts';
import { summarise } from './report.ts';
import { checkNewIndex, planNewIndex } from './new-index.ts';
import type { ImportOptions, ImportReport } from './options.ts';
import { findTarget, frameworkIn, frameworksOf, loadData, type Target } from './target.ts';
import { ALIAS_COLUMNS, matchUnits, readAliases, type UnitMatch, withPending } from './units-match.ts';
import { fail, writePlans } from './write.ts';
import { readWorkbook } from './workbook.ts';
import Papa from 'papaparse';

export type { ImportOptions, ImportReport } from './options.ts';

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
  const unit =
    layout.kind === 'appendix' ? appendixUnit(layout.title, o.unit, target.dataset.resolver.existing(year.year, target.levels)) : null;
  const converted = convert(layout, { year: year.year, items, unit: unit && 'name' in unit ? unit.name : unit });
  if (unit && 'name' in unit) converted.assumptions.unshift(`the appendix is about ${unit.name}, from ${unit.from}`);
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
    problems.push(
      `${units.unresolved.length} unit name(s) not resolved: nothing imported; ${aliasFile} is written for you to edit: fill each name's unit_id (a suggestion's id) and run again`,
    );
  } else if (units.unresolved.length > 0)
    problems.push(`${units.unresolved.length} unit name(s) not resolved (--dry-run: no alias file written)`);
  problems.push(...units.unresolved.map(unitProblem));
  if (problems.length === 0) return await writePlans(o, target, converted, summary, newIndex);
  // Every error at once: the rows without a problem still go through the data build's checks.
  const rest = sound(
    converted,
    units.unresolved.map((u) => u.written),
  );
  const later = rest.rows.length === 0 ? null : await writePlans({ ...o, dryRun: true }, target, rest, [...summary], newIndex);
  return fail(summary, [...problems, ...(later && !later.ok ? later.errors : [])]);
}

/** `converted` without the rows a problem was found in (a bad cell, no year, an unresolved unit name). */
function sound(converted: Converted, unresolved: readonly string[]): Converted {
  const bad = new Set(converted.problems.map((p) => p.place));
  const names = new Set(unresolved);
  const rows = converted.rows.filter(
    (r) =>
      r.values.year !== undefined &&
      !names.has(r.values.unit_name ?? '') &&
      !bad.has(r.at) &&
      !Object.values(r.places).some((p) => bad.has(p)),
  );
  return { ...converted, rows };
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
