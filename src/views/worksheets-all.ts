/**
 * Every remediation worksheet of the data: one XLSX and one CSV per unit and year with item detail,
 * at `worksheets/<index>/<unit>-<year>.{xlsx,csv}` under the site (the paths of worksheetPath), and the
 * round-2 appendix beside them (`<unit>-<year>-round2.xlsx`, appendixPath), so the unit pages link them as plain files. Written by scripts/build-site.ts beside the Astro build, in a
 * process of its own: 1,580 files were a tenth of the site's build time when Astro wrote them one route each.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/types.ts';
import { DEFAULT_EDITION, type Edition } from '../schema/index.ts';
import { listIndices } from '../queries/indices.ts';
import { loadIndexLostSource, type LostSource } from '../queries/lost-index.ts';
import { listUnits } from '../queries/units.ts';
import { appendixFile } from './round-two-file.ts';
import { appendixPath } from './round-two-view.ts';
import { worksheetFiles, worksheetPath } from './worksheet-view.ts';

/** The source with one unit-year's breakdown read once: the worksheet and the appendix both need it. */
function sharedBreakdown(source: LostSource, unitId: string, year: number): LostSource {
  const rows = source.breakdown(unitId, year);
  return { ...source, breakdown: (u, y) => (u === unitId && y === year ? rows : source.breakdown(u, y)) };
}

/** Writes the worksheets of `edition` under `outDir` (the site's root); returns how many unit-years were written. */
export async function writeAllWorksheets(db: Db, outDir: string, edition: Edition = DEFAULT_EDITION): Promise<number> {
  const [indices, units] = await Promise.all([listIndices(db), listUnits(db)]);
  const pairs = await db.all<{ index_id: string; unit_id: string; year: number }>(
    `SELECT DISTINCT index_id, unit_id, year FROM scores WHERE item_level IN ('criterion', 'sub_criterion') ORDER BY ALL`,
  );
  const unitById = new Map(units.map((u) => [u.unit_id, u]));
  let written = 0;
  for (const index of indices) {
    const own = pairs.filter((p) => p.index_id === index.index_id);
    if (own.length === 0) continue;
    const source = await loadIndexLostSource(db, index.index_id);
    mkdirSync(path.join(outDir, 'worksheets', index.index_id), { recursive: true });
    for (const { unit_id: unitId, year } of own) {
      const unit = unitById.get(unitId);
      if (!unit) continue;
      const subject = { unit, index, year, source: `/units/${unitId}/?year=${year}`, edition };
      const shared = sharedBreakdown(source, unitId, year);
      const files = await worksheetFiles(shared, subject);
      writeFileSync(path.join(outDir, worksheetPath(index.index_id, unitId, year, 'xlsx')), files.xlsx);
      writeFileSync(path.join(outDir, worksheetPath(index.index_id, unitId, year, 'csv')), files.csv);
      writeFileSync(path.join(outDir, appendixPath(index.index_id, unitId, year)), await appendixFile(shared, subject));
      written++;
    }
  }
  return written;
}
