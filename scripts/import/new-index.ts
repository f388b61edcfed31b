/**
 * A new index created on request (`--new-index`): a province's first departments' or communes' results,
 * or a province never seen before. It becomes a dataset of its own in sources.json, with its reference
 * files under raw/imported/<id>/: the index, its year (level, framework, source), and the units named in
 * the file with proposed ids and levels, for review like every reference file.
 */
import { UNIT_LEVELS, type UnitLevel } from '../../src/schema/index.ts';
import { stripDiacritics } from '../data/normalise.ts';
import { UnitResolver, levelsOf, type UnitRecord } from '../data/units.ts';
import Papa from 'papaparse';
import { rawGlob } from './raw-files.ts';
import { type DataDir, indexIds, type Target } from './target.ts';

export interface NewIndexOptions {
  id: string;
  level: string;
  framework: string;
  year: number;
  name: string;
  publisher: string;
  /** The unit the index is internal to (a department index's province). */
  scope?: string;
  source?: string;
}

/** What a new index adds: its reference files (path → text) and its dataset entry of sources.json. */
export interface NewIndex {
  target: Target;
  files: Map<string, string>;
  dataset: Record<string, unknown>;
  units: UnitRecord[];
  /** The dataset holding the scope unit, which the validation build needs too. */
  scopeAt: string[];
}

const dir = (id: string): string => `raw/imported/${id}`;

/** Checks the options against the data directory; the reason when they cannot make an index. */
export function checkNewIndex(data: DataDir, o: NewIndexOptions): string | null {
  if (!/^[a-z][a-z0-9-]*$/.test(o.id)) return `--new-index ${o.id}: ids are lower case letters, digits and "-"`;
  if (indexIds(data).includes(o.id)) return `--new-index ${o.id}: the index exists already (use --index ${o.id})`;
  if (!(UNIT_LEVELS as readonly string[]).includes(o.level)) return `--level takes one of ${UNIT_LEVELS.join(', ')}`;
  if (!data.frameworks.has(o.framework))
    return `--framework ${o.framework}: no such framework in frameworks/ (known: ${[...data.frameworks.keys()].join(', ')})`;
  if (o.scope !== undefined && !data.unitIds.has(o.scope)) return `--scope ${o.scope}: unknown unit id`;
  return null;
}

/** An id from a name: unaccented, lower case, words joined by "-" ("Sở Nội vụ" → "so-noi-vu"). */
export function slug(name: string): string {
  return stripDiacritics(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The level a commune index's unit has by its name (ward, special zone), else the index's. */
function levelOf(name: string, level: UnitLevel): UnitLevel {
  if (level !== 'commune') return level;
  const folded = stripDiacritics(name);
  return folded.startsWith('phuong ') ? 'ward' : folded.startsWith('dac khu ') ? 'special_zone' : 'commune';
}

function proposeUnits(data: DataDir, o: NewIndexOptions, names: readonly string[]): UnitRecord[] {
  const taken = new Set(data.unitIds);
  const units: UnitRecord[] = [];
  for (const [i, name] of [...new Set(names)].entries()) {
    let id = slug(name);
    if (taken.has(id)) id = `${id}-${o.scope ?? o.id}`;
    for (let n = 2; taken.has(id); n++) id = `${slug(name)}-${n}`;
    taken.add(id);
    const level = levelOf(name, o.level as UnitLevel);
    const at = { file: `${dir(o.id)}/units.csv`, row: i + 2 };
    units.push({
      unit_id: id,
      name_vi: name,
      name_en: null,
      level,
      parent_id: o.scope ?? null,
      valid_from: o.year,
      valid_to: null,
      aliases: [],
      is_sample: false,
      at,
    });
  }
  return units;
}

const csv = (fields: string[], rows: (string | number | null)[][]): string =>
  `${Papa.unparse({ fields, data: rows }, { newline: '\n' })}\n`;

/** The new index, its year and the units named in the file (`names`), as files and a target to import into. */
export function planNewIndex(data: DataDir, o: NewIndexOptions, names: readonly string[], datasetCount: number): NewIndex {
  const units = proposeUnits(data, o, names);
  const level = o.level as UnitLevel;
  const d = dir(o.id);
  const index = {
    index_id: o.id,
    name_vi: o.name,
    name_en: o.name,
    publisher_vi: o.publisher,
    publisher_en: o.publisher,
    unit_level: level,
    scope_unit_id: o.scope ?? null,
    is_sample: false,
    sort_order: 100,
    at: { file: `${d}/indices.csv`, row: 2 },
  };
  const year = {
    index_id: o.id,
    year: o.year,
    framework_id: o.framework,
    decision_vi: null,
    source_url: o.source ?? null,
    units_ranked: null,
    at: { file: `${d}/index-years.csv`, row: 2 },
  };
  const files = new Map([
    [
      `${d}/indices.csv`,
      csv(
        ['index_id', 'name_vi', 'name_en', 'publisher_vi', 'publisher_en', 'unit_level', 'scope_unit_id', 'sort_order'],
        [[o.id, o.name, o.name, o.publisher, o.publisher, level, o.scope ?? '', 100]],
      ),
    ],
    [
      `${d}/index-years.csv`,
      csv(
        ['index_id', 'year', 'framework_id', 'decision_vi', 'source_url', 'units_ranked'],
        [[o.id, o.year, o.framework, '', o.source ?? '', '']],
      ),
    ],
    [
      `${d}/units.csv`,
      csv(
        ['unit_id', 'name_vi', 'name_en', 'level', 'parent_id', 'valid_from', 'valid_to', 'aliases'],
        units.map((u) => [u.unit_id, u.name_vi, '', u.level, u.parent_id, u.valid_from, '', '']),
      ),
    ],
    [`${d}/lineage.csv`, csv(['from_unit_id', 'to_unit_id', 'effective_date', 'event', 'source_vi'], [])],
  ]);
  const id = `imported-${o.id}`;
  const dataset = {
    id,
    is_sample: false,
    indices: [`${d}/indices.csv`],
    index_years: [`${d}/index-years.csv`],
    units: [`${d}/units.csv`],
    lineage: [`${d}/lineage.csv`],
    scores: [] as unknown[],
    aggregates: [],
  };
  const ref = {
    dataset: {
      id,
      at: `datasets[${datasetCount}]`,
      isSample: false,
      visibility: 'public' as const,
      internalColumns: [],
      indices: [],
      indexYears: [],
      units: [],
      lineage: [],
      gradeThresholds: [],
      crosswalk: [],
      owners: [],
      itemOwners: [],
      targets: [],
      scores: [],
      aggregates: [],
    },
    indices: new Map([[o.id, index]]),
    indexYears: new Map([[`${o.id}|${o.year}`, year]]),
    resolver: new UnitResolver(units),
  };
  const target: Target = { dataDir: data.dataDir, dataset: ref, index, levels: levelsOf(level), frameworks: data.frameworks };
  const scopeAt = data.datasets.filter((r) => r.resolver.units.some((u) => u.unit_id === o.scope)).map((r) => r.dataset.at);
  return { target, files, dataset, units, scopeAt };
}

/** sources.json with the new index's dataset, reading its score files from `format`'s glob. */
export function sourcesWithIndex(
  sources: Record<string, unknown>,
  plan: NewIndex,
  glob: { format: string; index_id: string },
): Record<string, unknown> {
  const entry = { glob: rawGlob(glob.index_id, glob.format as 'scores-detail'), ...glob };
  return { ...sources, datasets: [...(sources.datasets as unknown[]), { ...plan.dataset, scores: [entry] }] };
}
