/** The lost-points sections of a unit page at build time: one per index the unit has item detail in. */
import type { Db } from '../db/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { loadIndexLostSource, type LostSource } from '../queries/lost-index.ts';
import { staticDocument } from './static-render.ts';
import { lostHtml, lostView, paretoFigures, type LostUnit } from './lost-view.ts';

export interface LostSection {
  indexId: string;
  years: number[];
  year: number;
  html: string;
}

/** One in-memory source per index for the whole build (hundreds of pages ask the same index). */
const sources = new Map<string, Promise<LostSource>>();

function sourceFor(db: Db, indexId: string): Promise<LostSource> {
  let source = sources.get(indexId);
  if (source === undefined) {
    source = loadIndexLostSource(db, indexId);
    sources.set(indexId, source);
  }
  return source;
}

/** Sections for the indices in which `unit` has criteria or sub-criteria, latest year shown. */
export async function lostSections(
  db: Db,
  p: { locale: Locale; unit: LostUnit; indexIds: readonly string[]; withheld?: readonly string[] },
): Promise<Map<string, LostSection>> {
  const out = new Map<string, LostSection>();
  for (const indexId of p.indexIds) {
    const source = await sourceFor(db, indexId);
    const years = await source.detailYears(p.unit.unit_id);
    const year = years.at(-1);
    if (year === undefined) continue;
    const view = await lostView(source, { locale: p.locale, indexId, unit: p.unit, year, withheld: p.withheld ?? [] });
    out.set(indexId, { indexId, years, year, html: lostHtml(view, p.locale, paretoFigures(view, p.locale, staticDocument())) });
  }
  return out;
}
