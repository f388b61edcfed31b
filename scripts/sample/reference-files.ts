/**
 * Writes the small reference files of the sample: indices, index years, grade thresholds, units and
 * lineage (comma-separated).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { TOTAL_CODE } from '../../src/schema/index.ts';
import { csvLine } from './csv-format.ts';
import { type SampleLevel, SAMPLE_LEVELS, frameworkIdFor } from './frameworks.ts';
import type { SampleProvince } from './province.ts';
import { type Scale, yearsOf } from './scales.ts';
import { existsIn } from './units.ts';

const LEVEL_NAMES: Record<SampleLevel, { vi: string; en: string; level: string }> = {
  departments: { vi: 'các sở, ban, ngành', en: 'provincial departments', level: 'department' },
  districts: { vi: 'UBND cấp huyện', en: "district People's Committees", level: 'district' },
  communes: { vi: 'UBND cấp xã', en: "commune, ward and special-zone People's Committees", level: 'commune' },
};

/** The years an index covers: districts were abolished on 1 July 2025 and have no 2025 index. */
export function indexYears(level: SampleLevel, scale: Scale): number[] {
  return yearsOf(scale).filter((y) => level !== 'districts' || y <= 2024);
}

export function writeCsv(file: string, header: readonly string[], rows: readonly (readonly string[])[]): number {
  const text = [header, ...rows].map((r) => csvLine(r, ',')).join('\n') + '\n';
  writeFileSync(file, text, 'utf8');
  return rows.length;
}

const str = (v: number | string | null): string => (v === null ? '' : String(v));

export function writeIndices(dir: string, provinces: readonly SampleProvince[]): number {
  const one = provinces.length === 1 ? provinces[0] : undefined;
  const where = one ? 'Tỉnh Mẫu' : `${provinces.length} tỉnh mẫu`;
  const whereEn = one ? 'Sample Province' : `${provinces.length} sample provinces`;
  const rows = SAMPLE_LEVELS.map((level, i) => {
    const n = LEVEL_NAMES[level];
    return [
      `sample-${level}`,
      `Chỉ số CCHC ${n.vi} – ${where} (dữ liệu mẫu minh họa)`,
      `PAR Index of ${n.en} – ${whereEn} (illustrative sample data)`,
      'UBND Tỉnh Mẫu (minh họa)',
      "People's Committee of the Sample Province (illustrative)",
      n.level,
      one?.identity.unit_id ?? '',
      String(10 + i),
    ];
  });
  return writeCsv(
    path.join(dir, 'indices.csv'),
    ['index_id', 'name_vi', 'name_en', 'publisher_vi', 'publisher_en', 'unit_level', 'scope_unit_id', 'sort_order'],
    rows,
  );
}

export function writeIndexYears(dir: string, provinces: readonly SampleProvince[], scale: Scale): number {
  const rows = SAMPLE_LEVELS.flatMap((level, li) =>
    indexYears(level, scale).map((year) => {
      const ranked = provinces.reduce((n, p) => n + p.units.filter((u) => u.index === level && existsIn(u, year)).length, 0);
      const decision = `Quyết định (minh họa) số ${String(li + 1).padStart(2, '0')}/QĐ-UBND ngày 15/3/${year + 1} của UBND Tỉnh Mẫu (minh họa)`;
      return [`sample-${level}`, String(year), frameworkIdFor(level, year), decision, '', String(ranked)];
    }),
  );
  return writeCsv(
    path.join(dir, 'index-years.csv'),
    ['index_id', 'year', 'framework_id', 'decision_vi', 'source_url', 'units_ranked'],
    rows,
  );
}

/**
 * The classification groups of every sample index year: the thresholds of the 2022–2030 period
 * (A from 90 %, B from 80 %, C from 70 %), as a province's own index would use them.
 */
export function writeGradeThresholds(dir: string, scale: Scale): number {
  const rows = SAMPLE_LEVELS.flatMap((level) =>
    indexYears(level, scale).map((year) => [`sample-${level}`, String(year), TOTAL_CODE, '90', '80', '70', SAMPLE_THRESHOLDS_SOURCE]),
  );
  return writeCsv(path.join(dir, 'grade-thresholds.csv'), ['index_id', 'year', 'item_code', 'A', 'B', 'C', 'source'], rows);
}

const SAMPLE_THRESHOLDS_SOURCE = 'Minh họa: ngưỡng giai đoạn 2022–2030 (A từ 90%, B từ 80%, C từ 70%)';

export function writeUnits(dir: string, provinces: readonly SampleProvince[]): number {
  const rows = provinces.flatMap((p) =>
    p.units.map((u) => [
      u.unit_id,
      u.name_vi,
      u.name_en,
      u.level,
      str(u.parent_id),
      str(u.valid_from),
      str(u.valid_to),
      u.aliases.join('|'),
    ]),
  );
  return writeCsv(
    path.join(dir, 'units.csv'),
    ['unit_id', 'name_vi', 'name_en', 'level', 'parent_id', 'valid_from', 'valid_to', 'aliases'],
    rows,
  );
}

export function writeLineage(dir: string, provinces: readonly SampleProvince[]): number {
  const rows = provinces.flatMap((p) => p.lineage.map((e) => [e.from_unit_id, e.to_unit_id, e.effective_date, e.event, e.source_vi]));
  return writeCsv(path.join(dir, 'lineage.csv'), ['from_unit_id', 'to_unit_id', 'effective_date', 'event', 'source_vi'], rows);
}
