/** Fixed rows for the domain-trends small multiples: a sample-like index (every year has a band) and a published one (few units). */
import type { DomainTrendsLabels, TrendPanel } from '../../src/charts/domain-trends.ts';
import type { PanelYear } from '../../src/charts/trend-panels.ts';

const year = (y: number, median: number, brk: PanelYear['break'] = null, n = 20): PanelYear => ({
  year: y,
  n,
  min: median - 12,
  q1: median - 4,
  median,
  q3: median + 3,
  max: Math.min(100, median + 8),
  mean: null,
  break: brk,
});

export const TREND_YEARS = [2021, 2022, 2023, 2024, 2025];

/** Three panels; D7 re-weighted in 2025; every series breaks in 2025 (the merger). */
export const TREND_PANELS: TrendPanel[] = [
  {
    series: 'TOTAL',
    label: 'Chỉ số CCHC',
    years: [year(2021, 82), year(2022, 84), year(2023, 85), year(2024, 86), year(2025, 87, 'merger', 14)],
    unit: [
      { year: 2021, value: 85, break: null },
      { year: 2022, value: 88, break: null },
      { year: 2023, value: 91, break: null },
      { year: 2024, value: 79, break: null },
      { year: 2025, value: 83, break: 'merger' },
    ],
    few: [],
  },
  {
    series: 'D1',
    label: 'Công tác chỉ đạo, điều hành cải cách hành chính',
    years: [year(2021, 78), year(2022, 80), year(2023, 83), year(2024, 81), year(2025, 85, 'merger', 14)],
    unit: [
      { year: 2021, value: 70, break: null },
      { year: 2022, value: null, break: null },
      { year: 2023, value: 76, break: null },
      { year: 2024, value: 80, break: null },
      { year: 2025, value: 90, break: 'merger' },
    ],
    few: [],
  },
  {
    series: 'D7',
    label: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
    years: [year(2021, 70), year(2022, 72), year(2023, 75), year(2024, 77), year(2025, 74, 'framework', 14)],
    unit: [],
    few: [],
  },
];

/** Published national data: a few units a year, a published mean, a framework change in 2022. */
export const FEW_PANELS: TrendPanel[] = [
  {
    series: 'TOTAL',
    label: 'Chỉ số cải cách hành chính',
    years: [
      { ...year(2021, 86, null, 4), mean: 86.37 },
      { ...year(2022, 87, 'framework', 3), mean: null },
      { ...year(2023, 88, null, 30), mean: 86.98 },
    ],
    unit: [],
    few: [
      { year: 2021, value: 90.1 },
      { year: 2021, value: 84.2 },
      { year: 2022, value: 88.5 },
    ],
  },
];

export const TREND_LABELS_VI: DomainTrendsLabels = {
  title: 'Các lĩnh vực qua các năm',
  summary: '{count} ô, từ {from} đến {to}',
  series: 'Lĩnh vực',
  year: 'Năm',
  n: 'Số đơn vị',
  median: 'Trung vị',
  iqr: 'Khoảng giữa (25–75%)',
  range: 'Cao nhất và thấp nhất',
  mean: 'Bình quân công bố',
  few: 'Từng đơn vị (năm có ít đơn vị)',
  unit: 'Sở Y tế',
  breaks: { framework: 'bộ tiêu chí mới', gap: 'thiếu năm', merger: 'sắp xếp đơn vị' },
};
