/**
 * The remediation worksheets, one XLSX and one CSV per unit and year with item detail, written at
 * build time so the unit page links them as plain files (no JavaScript needed to download).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBuildDb } from '../../../db/node.ts';
import { listIndices } from '../../../queries/indices.ts';
import { loadIndexLostSource, type LostSource } from '../../../queries/lost-index.ts';
import { listUnits } from '../../../queries/units.ts';
import { worksheetFiles, type WorksheetSubject } from '../../../views/worksheet-view.ts';

interface Props {
  subject: WorksheetSubject;
  format: 'xlsx' | 'csv';
}

const sources = new Map<string, Promise<LostSource>>();
/** Both files of a worksheet are built together and kept until the second one is written. */
const files = new Map<string, { built: ReturnType<typeof worksheetFiles>; served: number }>();

export const getStaticPaths = (async () => {
  const db = await getBuildDb();
  const [indices, units] = await Promise.all([listIndices(db), listUnits(db)]);
  const pairs = await db.all<{ index_id: string; unit_id: string; year: number }>(
    `SELECT DISTINCT index_id, unit_id, year FROM scores WHERE item_level IN ('criterion', 'sub_criterion') ORDER BY ALL`,
  );
  const unitById = new Map(units.map((u) => [u.unit_id, u]));
  const indexById = new Map(indices.map((i) => [i.index_id, i]));
  return pairs.flatMap(({ index_id, unit_id, year }) => {
    const unit = unitById.get(unit_id);
    const index = indexById.get(index_id);
    if (!unit || !index) return [];
    const subject: WorksheetSubject = { unit, index, year, source: `/units/${unit_id}/?year=${year}` };
    return (['xlsx', 'csv'] as const).map((format) => ({
      params: { index: index_id, file: `${unit_id}-${year}.${format}` },
      props: { subject, format },
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { subject, format } = props;
  const id = subject.index.index_id;
  if (!sources.has(id))
    sources.set(
      id,
      getBuildDb().then((db) => loadIndexLostSource(db, id)),
    );
  const key = `${id}/${subject.unit.unit_id}/${subject.year}`;
  const entry = files.get(key) ?? { built: sources.get(id)!.then((source) => worksheetFiles(source, subject)), served: 0 };
  files.set(key, entry);
  const built = await entry.built;
  if (++entry.served === 2) files.delete(key);
  if (format === 'csv') return new Response(built.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  return new Response(built.xlsx, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
