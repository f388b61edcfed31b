/**
 * Fixed rows for the comparison charts: three units over 2020–2025 with a framework change in 2022
 * (every line breaks there), a missing 2021 score for one unit, a unit formed by the 2025 merger (one
 * point), and long names that must wrap whole.
 */
import type { ComparePoint } from '../../src/charts/compare-lines.ts';
import type { ProfileRow } from '../../src/charts/compare-profiles.ts';
import type { ComparedUnit } from '../../src/charts/unit-styles.ts';

export const COMPARE_UNITS: ComparedUnit[] = [
  { id: 'so-y-te', label: 'Sở Y tế' },
  { id: 'so-tn-mt', label: 'Sở Tài nguyên và Môi trường' },
  { id: 'so-kh-cn', label: 'Sở Khoa học và Công nghệ (2025)' },
];

export const COMPARE_YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

const point = (unit: string, year: number, value: number | null, brk: ComparePoint['break'] = null): ComparePoint => ({
  unit,
  year,
  value,
  break: brk,
});

export const COMPARE_SCORES: ComparePoint[] = [
  point('so-y-te', 2020, 81.2),
  point('so-y-te', 2021, 84.5),
  point('so-y-te', 2022, 88.1, 'framework'),
  point('so-y-te', 2023, 90.4),
  point('so-y-te', 2024, 89.75),
  point('so-tn-mt', 2020, 78.4),
  point('so-tn-mt', 2021, null),
  point('so-tn-mt', 2022, 83.3, 'framework'),
  point('so-tn-mt', 2023, 86.05),
  point('so-tn-mt', 2024, 91.2),
  point('so-kh-cn', 2025, 92.6),
];

export const COMPARE_RANKS: ComparePoint[] = [
  point('so-y-te', 2020, 7),
  point('so-y-te', 2021, 4),
  point('so-y-te', 2022, 3, 'framework'),
  point('so-y-te', 2023, 1),
  point('so-y-te', 2024, 2),
  point('so-tn-mt', 2020, 11),
  point('so-tn-mt', 2022, 9, 'framework'),
  point('so-tn-mt', 2023, 5),
  point('so-tn-mt', 2024, 1),
  point('so-kh-cn', 2025, 1),
];

export const COMPARE_LABELS_VI = { title: 'Điểm qua các năm', summary: '{units}, {from}–{to}', year: 'Năm' };
export const COMPARE_LABELS_EN = { title: 'Scores over the years', summary: '{units}, {from}–{to}', year: 'Year' };

export const PROFILE_ROWS: ProfileRow[] = [
  { label: 'Công tác chỉ đạo, điều hành cải cách hành chính', values: { 'so-y-te': 92.5, 'so-tn-mt': 85, 'so-kh-cn': 92.5 } },
  { label: 'Cải cách thể chế', values: { 'so-y-te': 78.33, 'so-tn-mt': 88.2, 'so-kh-cn': null } },
  { label: 'Cải cách thủ tục hành chính', values: { 'so-y-te': 95, 'so-tn-mt': 71.5, 'so-kh-cn': 83 } },
  { label: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số', values: { 'so-y-te': 66.67, 'so-tn-mt': 80 } },
];

export const PROFILE_LABELS_VI = {
  title: 'Các lĩnh vực năm 2025',
  summary: '{units}: {count} lĩnh vực năm {year}',
  domain: 'Lĩnh vực',
  axis: '% điểm tối đa',
  year: 'Năm',
};
