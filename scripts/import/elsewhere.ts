/**
 * Values an import would duplicate in another score source of the same index: a year of
 * `raw/published/provinces.csv`, a province's own export under `raw/<province>/`. The data build would
 * refuse the pair as duplicates (same index, year, unit and item); the importer says so first, naming the
 * other file and row and listing how each value compares, since an import writes only under
 * `raw/imported/<index>/`: `--replace` changes values there, never a file it did not write.
 */
import { TOTAL_CODE } from '../../src/schema/index.ts';
import { ErrorList } from '../data/errors.ts';
import { DETAIL_HEADER, RANKING_HEADER } from '../data/headers.ts';
import { readTable } from '../data/read-table.ts';
import { loadSources } from '../data/sources.ts';
import type { OutRow } from './convert.ts';
import { writeNumber } from './numbers.ts';
import type { Target } from './target.ts';

/** A row another source already holds, read with the data build's own readers. */
interface Held {
  file: string;
  row: number;
  values: Record<string, number | null>;
}

/** The columns compared: a raw file's name → the number read from the other source. */
const COMPARED = {
  'scores-detail': ['self_score', 'appraisal_r1', 'final_score'],
  'published-ranking': ['score_pct'],
} as const;

type Format = keyof typeof COMPARED;

/** Every row of the index's other score sources (not under `own`), by `year|unit_id|item_code`. */
async function heldRows(target: Target, own: string): Promise<Map<string, Held>> {
  const errors = new ErrorList();
  const sources = loadSources(target.dataDir, errors);
  const indexId = target.index.index_id;
  const out = new Map<string, Held>();
  const others = (sources?.datasets ?? []).flatMap((d) => d.scores).filter((s) => s.indexId === indexId && s.format in COMPARED);
  for (const source of others) {
    const format = source.format as Format;
    const files = source.files.filter((f) => !f.rel.startsWith(own));
    // Problems of those files are the data build's to report, not the import's: errors are dropped.
    await readTable(files, format === 'scores-detail' ? DETAIL_HEADER : RANKING_HEADER, errors, (r) => {
      const year = r.year('year');
      const name = r.text('unit_name');
      const unit = year === null || name === null ? null : target.dataset.resolver.resolve(name, year, target.levels);
      if (!unit?.ok) return null;
      const code = format === 'scores-detail' ? r.text('item_code') : TOTAL_CODE;
      const values = Object.fromEntries(
        COMPARED[format].map((c) => [c, c === 'score_pct' ? r.percent(c) : r.points(c)] as const),
      ) as Record<string, number | null>;
      if (code !== null && !out.has(`${year}|${unit.unit.unit_id}|${code}`))
        out.set(`${year}|${unit.unit.unit_id}|${code}`, { file: r.file.rel, row: r.row, values });
      return null;
    });
  }
  return out;
}

/** How the imported row compares with the one held: "same values", or each value that differs. */
function compare(out: OutRow, held: Held): string {
  const both = Object.entries(held.values).filter(([column]) => out.values[column] !== undefined);
  const diffs = both.flatMap(([column, before]) => {
    const after = out.values[column]!;
    if (before !== null && Number(after) === before) return [];
    return [`${column} ${before === null ? '(empty)' : writeNumber(before)} → ${after}`];
  });
  if (both.length === 0) return 'the same unit and item';
  return diffs.length === 0 ? 'same values' : diffs.join(', ');
}

/**
 * The import's rows another score source of the index holds, as lines naming both places, each file's
 * first line saying what to do; empty when there are none.
 */
export async function heldElsewhere(target: Target, rows: readonly OutRow[], own: string): Promise<string[]> {
  const held = await heldRows(target, own);
  if (held.size === 0) return [];
  const found = rows.flatMap((out) => {
    const year = Number(out.values.year);
    const unit = target.dataset.resolver.resolve(out.values.unit_name ?? '', year, target.levels);
    const code = out.values.item_code ?? TOTAL_CODE;
    const h = unit.ok ? held.get(`${year}|${unit.unit.unit_id}|${code}`) : undefined;
    return h ? [{ out, h, unit: unit.ok ? unit.unit.unit_id : '', code }] : [];
  });
  const byFile = Map.groupBy(found, (f) => f.h.file);
  return [...byFile].flatMap(([file, list]) => [
    `${list.length} row(s) are already in ${file}, another score source of ${target.index.index_id}: nothing written (an import writes only under ${own}, and --replace changes values there only; correct ${file} itself, or take those rows out of it and import them)`,
    ...list.map(({ out, h, unit, code }) => `${out.at}: ${unit} ${code} ${out.values.year} — ${file} row ${h.row}: ${compare(out, h)}`),
  ]);
}
