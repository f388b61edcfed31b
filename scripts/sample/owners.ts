/**
 * Who answers for each domain inside the sample's units, and the province's explicit targets: the
 * offices of a department (Văn phòng Sở, Phòng Pháp chế…), the offices of a district People's
 * Committee (Phòng Nội vụ, Phòng Tư pháp…) and the posts of a commune (công chức Văn phòng – Thống kê…),
 * which from the July 2025 reorganisation are the new commune's divisions. Illustrative, like the rest
 * of the sample, but shaped as letters 002 and 004 describe: each domain has one lead office.
 */
import path from 'node:path';
import type { OwnerKind } from '../../src/schema/index.ts';
import { formatHundredths } from './csv-format.ts';
import { type SampleFramework, type SampleLevel, SAMPLE_LEVELS, frameworkIdFor } from './frameworks.ts';
import { indexYears, writeCsv } from './reference-files.ts';
import { type Scale, yearsOf } from './scales.ts';

interface Owner {
  id: string;
  vi: string;
  en: string;
  kind: OwnerKind;
}

/** One framework's owners and the owner of each domain D1…D8. */
interface Assignment {
  owners: Owner[];
  domains: Record<string, string>;
}

const o = (id: string, vi: string, en: string, kind: OwnerKind): Owner => ({ id, vi, en, kind });

const DEPARTMENTS: Assignment = {
  owners: [
    o('van-phong-so', 'Văn phòng Sở', "Department's Office", 'office'),
    o('phap-che', 'Phòng Pháp chế', 'Legal Affairs Division', 'office'),
    o('mot-cua', 'Bộ phận Một cửa', 'One-stop desk', 'office'),
    o('to-chuc-can-bo', 'Phòng Tổ chức cán bộ', 'Personnel Division', 'office'),
    o('ke-hoach-tai-chinh', 'Phòng Kế hoạch – Tài chính', 'Planning and Finance Division', 'office'),
  ],
  domains: {
    D1: 'van-phong-so',
    D2: 'phap-che',
    D3: 'mot-cua',
    D4: 'to-chuc-can-bo',
    D5: 'to-chuc-can-bo',
    D6: 'ke-hoach-tai-chinh',
    D7: 'van-phong-so',
    D8: 'van-phong-so',
  },
};

const DISTRICTS: Assignment = {
  owners: [
    o('noi-vu', 'Phòng Nội vụ', 'Home Affairs Office', 'office'),
    o('tu-phap', 'Phòng Tư pháp', 'Justice Office', 'office'),
    o('van-phong', 'Văn phòng HĐND và UBND', "Office of the Council and People's Committee", 'office'),
    o('tai-chinh-ke-hoach', 'Phòng Tài chính – Kế hoạch', 'Finance and Planning Office', 'office'),
    o('van-hoa-thong-tin', 'Phòng Văn hóa và Thông tin', 'Culture and Information Office', 'office'),
  ],
  domains: {
    D1: 'noi-vu',
    D2: 'tu-phap',
    D3: 'van-phong',
    D4: 'noi-vu',
    D5: 'noi-vu',
    D6: 'tai-chinh-ke-hoach',
    D7: 'van-hoa-thong-tin',
    D8: 'van-phong',
  },
};

/** Communes before July 2025: posts of commune officials (công chức). */
const COMMUNES_2021: Assignment = {
  owners: [
    o('cc-van-phong-thong-ke', 'Công chức Văn phòng – Thống kê', 'Office and statistics official', 'post'),
    o('cc-tu-phap-ho-tich', 'Công chức Tư pháp – Hộ tịch', 'Justice and civil status official', 'post'),
    o('cc-tai-chinh-ke-toan', 'Công chức Tài chính – Kế toán', 'Finance and accounting official', 'post'),
    o('cc-van-hoa-xa-hoi', 'Công chức Văn hóa – Xã hội', 'Culture and social affairs official', 'post'),
  ],
  domains: {
    D1: 'cc-van-phong-thong-ke',
    D2: 'cc-tu-phap-ho-tich',
    D3: 'cc-van-phong-thong-ke',
    D4: 'cc-van-phong-thong-ke',
    D5: 'cc-van-phong-thong-ke',
    D6: 'cc-tai-chinh-ke-toan',
    D7: 'cc-van-hoa-xa-hoi',
    D8: 'cc-van-phong-thong-ke',
  },
};

/** Communes from July 2025: the divisions of the new two-level local government. */
const COMMUNES_2025: Assignment = {
  owners: [
    o('van-phong-hdnd-ubnd', 'Văn phòng HĐND và UBND xã', "Office of the commune Council and People's Committee", 'office'),
    o('trung-tam-phuc-vu', 'Trung tâm Phục vụ hành chính công xã', 'Public administration service centre', 'office'),
    o('phong-kinh-te', 'Phòng Kinh tế', 'Economic Division', 'office'),
    o('phong-van-hoa-xa-hoi', 'Phòng Văn hóa – Xã hội', 'Culture and Social Affairs Division', 'office'),
  ],
  domains: {
    D1: 'van-phong-hdnd-ubnd',
    D2: 'van-phong-hdnd-ubnd',
    D3: 'trung-tam-phuc-vu',
    D4: 'van-phong-hdnd-ubnd',
    D5: 'van-phong-hdnd-ubnd',
    D6: 'phong-kinh-te',
    D7: 'phong-van-hoa-xa-hoi',
    D8: 'trung-tam-phuc-vu',
  },
};

/** The assignment of a level's framework. */
function assignmentOf(level: SampleLevel, frameworkId: string): Assignment {
  if (level === 'departments') return DEPARTMENTS;
  if (level === 'districts') return DISTRICTS;
  return frameworkId.endsWith('-2025') ? COMMUNES_2025 : COMMUNES_2021;
}

const OWNER_NOTE = 'Minh họa: phân công chủ trì theo lĩnh vực, như các văn bản 002 và 004 mô tả.';

/** The frameworks a level used over the years of the scale (in year order, each once). */
function frameworksOf(level: SampleLevel, years: readonly number[]): string[] {
  return [...new Set(years.map((y) => frameworkIdFor(level, y)))];
}

/** Writes owners.csv and item-owners.csv (one row per domain and framework); returns their row counts. */
export function writeOwners(dir: string, scale: Scale): { owners: number; items: number } {
  const owners: string[][] = [];
  const items: string[][] = [];
  for (const level of SAMPLE_LEVELS) {
    const index = `sample-${level}`;
    const seen = new Set<string>();
    for (const fw of frameworksOf(level, indexYears(level, scale))) {
      const a = assignmentOf(level, fw);
      for (const w of a.owners.filter((w) => !seen.has(w.id))) {
        seen.add(w.id);
        owners.push([index, w.id, w.vi, w.en, w.kind, OWNER_NOTE]);
      }
      for (const [domain, owner] of Object.entries(a.domains)) items.push([index, fw, domain, owner]);
    }
  }
  return {
    owners: writeCsv(path.join(dir, 'owners.csv'), ['index_id', 'owner_id', 'name_vi', 'name_en', 'kind', 'note_vi'], owners),
    items: writeCsv(path.join(dir, 'item-owners.csv'), ['index_id', 'framework_id', 'item_code', 'owner_id'], items),
  };
}

/** Share of each domain's maximum the province's 2025 plan asks of every unit (illustrative). */
const TARGET_SHARE = 0.8;
const TARGET_NOTE = 'Minh họa: Kế hoạch CCHC năm 2025 của tỉnh yêu cầu mỗi lĩnh vực đạt tối thiểu 80% điểm tối đa.';

/**
 * Explicit targets: in 2025 (a new framework, so last year's points are no target) every unit of the
 * departments and communes indices must reach 80 % of each domain's maximum. Elsewhere the target is
 * last year's points, which needs no row.
 */
export function writeTargets(dir: string, scale: Scale, frameworks: ReadonlyMap<string, SampleFramework>): number {
  const rows: string[][] = [];
  if (yearsOf(scale).includes(2025)) {
    for (const level of ['departments', 'communes'] as const) {
      const fw = frameworks.get(frameworkIdFor(level, 2025));
      if (!fw) continue;
      const max = new Map<string, number>();
      for (const leaf of fw.leaves) max.set(leaf.domain, (max.get(leaf.domain) ?? 0) + leaf.max);
      for (const [domain, hundredths] of max) {
        rows.push([`sample-${level}`, '2025', '', domain, formatHundredths(Math.floor(hundredths * TARGET_SHARE), '.'), TARGET_NOTE]);
      }
    }
  }
  return writeCsv(path.join(dir, 'targets.csv'), ['index_id', 'year', 'unit_id', 'item_code', 'target_points', 'note_vi'], rows);
}
