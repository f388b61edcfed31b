/**
 * The provincial departments of the sample, with real department names, and the March 2025
 * reorganisation of departments (the provincial mirror of Nghị quyết 176/2025/QH15 for ministries):
 * merged departments get a new id, an absorbed one ends and its absorber keeps its id.
 */
import type { LineageEvent } from '../../src/schema/index.ts';
import type { LineageEdge, ProvinceIdentity, SampleUnit } from './units.ts';

interface DepartmentDef {
  key: string;
  vi: string;
  en: string;
  abbr: string;
  aliases: string[];
  /** Only for departments formed in 2025. */
  from2025?: boolean;
  /** For departments that end in 2024: where they went. */
  to?: { key: string; event: LineageEvent };
}

export const DEPARTMENTS: readonly DepartmentDef[] = [
  {
    key: 'van-phong-ubnd',
    vi: 'Văn phòng UBND tỉnh',
    en: "Office of the Provincial People's Committee",
    abbr: 'VPUBND',
    aliases: ['Văn phòng Ủy ban nhân dân tỉnh', 'Văn phòng Uỷ ban nhân dân tỉnh', 'VP UBND tỉnh'],
  },
  { key: 'so-noi-vu', vi: 'Sở Nội vụ', en: 'Department of Home Affairs', abbr: 'SNV', aliases: ['SNV'] },
  { key: 'so-tu-phap', vi: 'Sở Tư pháp', en: 'Department of Justice', abbr: 'STP', aliases: ['STP'] },
  {
    key: 'so-tai-chinh',
    vi: 'Sở Tài chính',
    en: 'Department of Finance',
    abbr: 'STC',
    aliases: ['STC'],
    to: { key: 'so-tai-chinh-2025', event: 'merge' },
  },
  {
    key: 'so-ke-hoach-dau-tu',
    vi: 'Sở Kế hoạch và Đầu tư',
    en: 'Department of Planning and Investment',
    abbr: 'SKHĐT',
    aliases: ['Sở KH&ĐT', 'Sở Kế hoạch - Đầu tư'],
    to: { key: 'so-tai-chinh-2025', event: 'merge' },
  },
  { key: 'so-cong-thuong', vi: 'Sở Công Thương', en: 'Department of Industry and Trade', abbr: 'SCT', aliases: ['SCT'] },
  {
    key: 'so-nong-nghiep-ptnt',
    vi: 'Sở Nông nghiệp và Phát triển nông thôn',
    en: 'Department of Agriculture and Rural Development',
    abbr: 'SNN',
    aliases: ['Sở NN&PTNT', 'Sở Nông nghiệp và PTNT'],
    to: { key: 'so-nong-nghiep-moi-truong', event: 'merge' },
  },
  {
    key: 'so-tai-nguyen-moi-truong',
    vi: 'Sở Tài nguyên và Môi trường',
    en: 'Department of Natural Resources and Environment',
    abbr: 'STNMT',
    aliases: ['Sở TN&MT', 'Sở TNMT'],
    to: { key: 'so-nong-nghiep-moi-truong', event: 'merge' },
  },
  {
    key: 'so-giao-thong-van-tai',
    vi: 'Sở Giao thông vận tải',
    en: 'Department of Transport',
    abbr: 'SGTVT',
    aliases: ['Sở GTVT', 'Sở Giao thông - Vận tải'],
    to: { key: 'so-xay-dung-2025', event: 'merge' },
  },
  {
    key: 'so-xay-dung',
    vi: 'Sở Xây dựng',
    en: 'Department of Construction',
    abbr: 'SXD',
    aliases: ['SXD'],
    to: { key: 'so-xay-dung-2025', event: 'merge' },
  },
  {
    key: 'so-thong-tin-truyen-thong',
    vi: 'Sở Thông tin và Truyền thông',
    en: 'Department of Information and Communications',
    abbr: 'STTTT',
    aliases: ['Sở TT&TT', 'Sở TTTT'],
    to: { key: 'so-khoa-hoc-cong-nghe-2025', event: 'merge' },
  },
  {
    key: 'so-khoa-hoc-cong-nghe',
    vi: 'Sở Khoa học và Công nghệ',
    en: 'Department of Science and Technology',
    abbr: 'SKHCN',
    aliases: ['Sở KH&CN', 'Sở KHCN'],
    to: { key: 'so-khoa-hoc-cong-nghe-2025', event: 'merge' },
  },
  {
    key: 'so-giao-duc-dao-tao',
    vi: 'Sở Giáo dục và Đào tạo',
    en: 'Department of Education and Training',
    abbr: 'SGDĐT',
    aliases: ['Sở GD&ĐT', 'Sở GDĐT'],
  },
  { key: 'so-y-te', vi: 'Sở Y tế', en: 'Department of Health', abbr: 'SYT', aliases: ['SYT'] },
  {
    key: 'so-van-hoa-the-thao-du-lich',
    vi: 'Sở Văn hóa, Thể thao và Du lịch',
    en: 'Department of Culture, Sports and Tourism',
    abbr: 'SVHTTDL',
    aliases: ['Sở VHTTDL', 'Sở Văn hoá, Thể thao và Du lịch'],
  },
  {
    key: 'so-lao-dong-tbxh',
    vi: 'Sở Lao động - Thương binh và Xã hội',
    en: 'Department of Labour, Invalids and Social Affairs',
    abbr: 'SLĐTBXH',
    aliases: ['Sở LĐTBXH', 'Sở Lao động, Thương binh và Xã hội'],
    to: { key: 'so-noi-vu', event: 'absorb' },
  },
  { key: 'thanh-tra-tinh', vi: 'Thanh tra tỉnh', en: 'Provincial Inspectorate', abbr: 'TTr', aliases: ['TTr tỉnh'] },
  {
    key: 'ban-dan-toc',
    vi: 'Ban Dân tộc',
    en: 'Ethnic Minorities Committee',
    abbr: 'BDT',
    aliases: ['Ban Dân tộc tỉnh'],
    to: { key: 'so-dan-toc-ton-giao', event: 'rename' },
  },
  {
    key: 'ban-quan-ly-kcn',
    vi: 'Ban Quản lý các khu công nghiệp',
    en: 'Industrial Zones Authority',
    abbr: 'BQLKCN',
    aliases: ['Ban Quản lý các KCN', 'BQL các KCN'],
  },
  {
    key: 'so-ngoai-vu',
    vi: 'Sở Ngoại vụ',
    en: 'Department of Foreign Affairs',
    abbr: 'SNgV',
    aliases: ['SNgV'],
    to: { key: 'van-phong-ubnd', event: 'absorb' },
  },
  { key: 'so-tai-chinh-2025', vi: 'Sở Tài chính', en: 'Department of Finance', abbr: 'STC', aliases: ['STC'], from2025: true },
  {
    key: 'so-nong-nghiep-moi-truong',
    vi: 'Sở Nông nghiệp và Môi trường',
    en: 'Department of Agriculture and Environment',
    abbr: 'SNNMT',
    aliases: ['Sở NN&MT', 'Sở NNMT'],
    from2025: true,
  },
  { key: 'so-xay-dung-2025', vi: 'Sở Xây dựng', en: 'Department of Construction', abbr: 'SXD', aliases: ['SXD'], from2025: true },
  {
    key: 'so-khoa-hoc-cong-nghe-2025',
    vi: 'Sở Khoa học và Công nghệ',
    en: 'Department of Science and Technology',
    abbr: 'SKHCN',
    aliases: ['Sở KH&CN', 'Sở KHCN'],
    from2025: true,
  },
  {
    key: 'so-dan-toc-ton-giao',
    vi: 'Sở Dân tộc và Tôn giáo',
    en: 'Department of Ethnic and Religious Affairs',
    abbr: 'SDTTG',
    aliases: ['Sở DT&TG'],
    from2025: true,
  },
];

/** When the department reorganisation took effect (before the 1 July commune mergers). */
export const DEPARTMENT_REORG_DATE = '2025-03-01';
const REORG_SOURCE = 'Quyết định (minh họa) số 02/QĐ-UBND về sắp xếp các cơ quan chuyên môn thuộc UBND tỉnh';

/** The departments of one province and the lineage of the 2025 reorganisation. */
export function departmentUnits(p: ProvinceIdentity): { units: SampleUnit[]; lineage: LineageEdge[] } {
  const id = (key: string): string => p.idPrefix + key;
  const units = DEPARTMENTS.map((d): SampleUnit => ({
    unit_id: id(d.key),
    name_vi: d.vi + p.suffixVi,
    name_en: d.en + p.suffixEn,
    level: 'department',
    parent_id: p.unit_id,
    valid_from: d.from2025 ? 2025 : null,
    valid_to: d.to ? 2024 : null,
    aliases: d.aliases.map((a) => a + p.suffixVi),
    index: 'departments',
    key: d.key,
    abbr: d.abbr,
    predecessors: DEPARTMENTS.filter((x) => x.to?.key === d.key && d.from2025).map((x) => id(x.key)),
  }));
  const lineage = DEPARTMENTS.flatMap((d) =>
    d.to
      ? [
          {
            from_unit_id: id(d.key),
            to_unit_id: id(d.to.key),
            effective_date: DEPARTMENT_REORG_DATE,
            event: d.to.event,
            source_vi: REORG_SOURCE,
          },
        ]
      : [],
  );
  return { units, lineage };
}
