/**
 * Fixed rows and labels for the chart snapshots. Ranks and scores are invented but shaped like the
 * real ones (Hà Tĩnh 2022: 85.95 %, rank 28); the 2025 merger of Quảng Bình and Quảng Trị exercises
 * a line that ends and one that begins. Labels are fixed here, not read from src/i18n, so editing a
 * translation does not change the snapshots.
 */
import type { BumpLabels, BumpRow } from '../../src/charts/bump-chart.ts';
import type { PeersLabels, PeersRow } from '../../src/charts/domain-peers.ts';
import type { TrendLabels, TrendRow } from '../../src/charts/score-trend.ts';
import type { SlopeLabels, SlopeRow } from '../../src/charts/slope-chart.ts';

const rank = (unit_id: string, label: string, ranks: readonly (number | null)[], from = 2021): BumpRow[] =>
  ranks.map((r, i) => ({ unit_id, label, year: from + i, rank: r }));

/** Six provinces over 2021–2024, every year complete. */
export const BUMP_ROWS: readonly BumpRow[] = [
  ...rank('ha-tinh', 'Hà Tĩnh', [1, 5, 4, 2]),
  ...rank('nghe-an', 'Nghệ An', [4, 2, 1, 1]),
  ...rank('quang-binh', 'Quảng Bình', [6, 6, 5, 6]),
  ...rank('quang-tri', 'Quảng Trị', [5, 4, 6, 5]),
  ...rank('hue', 'Thừa Thiên Huế', [2, 1, 3, 4]),
  ...rank('da-nang', 'Đà Nẵng', [3, 3, 2, 3]),
];

/**
 * 2021–2025 with a gap and a merger: Nghệ An has no rank in 2022 (a null row) and Huế no row in 2023;
 * Quảng Bình and Quảng Trị end in 2024 and the new Quảng Trị begins in 2025.
 */
export const BUMP_MERGER_ROWS: readonly BumpRow[] = [
  ...rank('ha-tinh', 'Hà Tĩnh', [1, 4, 4, 2, 2]),
  ...rank('nghe-an', 'Nghệ An', [4, null, 1, 1, 1]),
  ...rank('quang-binh', 'Quảng Bình', [6, 5, 5, 6]),
  ...rank('quang-tri', 'Quảng Trị', [5, 3, 6, 5]),
  ...rank('hue', 'Thừa Thiên Huế', [2, 1]),
  ...rank('hue', 'Thừa Thiên Huế', [4, 3], 2024),
  ...rank('da-nang', 'Đà Nẵng', [3, 2, 2, 3, 4]),
  ...rank('quang-tri-2025', 'Quảng Trị (mới)', [5], 2025),
];

/**
 * Departments of a province 2022–2025 with long names, as on the sample's departments page: the
 * information department ends in 2024 (merged); scores and changes for the tooltips.
 */
const DEPARTMENT_NAMES: readonly (readonly [string, string])[] = [
  ['so-vhttdl', 'Sở Văn hóa, Thể thao và Du lịch'],
  ['ban-qlkcn', 'Ban Quản lý các khu công nghiệp'],
  ['so-nnptnt', 'Sở Nông nghiệp và Phát triển nông thôn'],
  ['so-ldtbxh', 'Sở Lao động - Thương binh và Xã hội'],
  ['vp-ubnd', 'Văn phòng UBND tỉnh'],
  ['thanh-tra', 'Thanh tra tỉnh'],
  ['so-tu-phap', 'Sở Tư pháp'],
  ['so-gddt', 'Sở Giáo dục và Đào tạo'],
  ['so-tnmt', 'Sở Tài nguyên và Môi trường'],
  ['so-khcn', 'Sở Khoa học và Công nghệ'],
  ['so-tttt', 'Sở Thông tin và Truyền thông'],
];
export const DEPARTMENT_ROWS: readonly BumpRow[] = DEPARTMENT_NAMES.flatMap(([unit_id, label], u) =>
  [2022, 2023, 2024, 2025]
    .filter((year) => unit_id !== 'so-tttt' || year < 2025)
    .map((year) => {
      // Every unit moves by a place or two a year, deterministically.
      const rank = ((u + (year - 2022) * 4) % DEPARTMENT_NAMES.length) + 1;
      return { unit_id, label, year, rank, score: 95 - rank * 0.8, change: year === 2022 ? null : (u % 3) - 1 };
    }),
);

export const BUMP_LABELS_VI: BumpLabels = {
  title: 'Thứ hạng qua các năm',
  summary: 'Thứ hạng của {count} đơn vị từ năm {from} đến năm {to}',
  year: 'Năm',
  rank: 'Hạng',
  score: 'Điểm',
  change: 'Thay đổi hạng',
  unit: 'Đơn vị',
  ended: 'Kết thúc do sáp nhập',
  began: 'Hình thành sau sáp nhập',
  noRank: '–',
};
export const BUMP_LABELS_EN: BumpLabels = {
  title: 'Rank over the years',
  summary: 'Ranks of {count} units from {from} to {to}',
  year: 'Year',
  rank: 'Rank',
  score: 'Score',
  change: 'Places gained',
  unit: 'Unit',
  ended: 'Ended by merger',
  began: 'Formed by merger',
  noRank: '–',
};

/** Ranks 2021 → 2022: risers, fallers (Hà Tĩnh 8 → 28), one unchanged, one missing 2022. */
export const SLOPE_RANK_ROWS: readonly SlopeRow[] = [
  { unit_id: 'ha-tinh', label: 'Hà Tĩnh', from: 8, to: 28 },
  { unit_id: 'nghe-an', label: 'Nghệ An', from: 20, to: 12 },
  { unit_id: 'da-nang', label: 'Đà Nẵng', from: 3, to: 3 },
  { unit_id: 'quang-ninh', label: 'Quảng Ninh', from: 1, to: 2 },
  { unit_id: 'hai-phong', label: 'Hải Phòng', from: 2, to: 1 },
  { unit_id: 'ba-ria-vung-tau', label: 'Bà Rịa – Vũng Tàu', from: 40, to: 25 },
  { unit_id: 'hue', label: 'Thừa Thiên Huế', from: 15, to: null },
];

/** Scores 2021 → 2022 in percent, one change below rounding. */
export const SLOPE_PCT_ROWS: readonly SlopeRow[] = [
  { unit_id: 'ha-tinh', label: 'Hà Tĩnh', from: 88.42, to: 85.95 },
  { unit_id: 'nghe-an', label: 'Nghệ An', from: 84.1, to: 87.3 },
  { unit_id: 'da-nang', label: 'Đà Nẵng', from: 90.5, to: 90.502 },
  { unit_id: 'quang-ninh', label: 'Quảng Ninh', from: 91.2, to: 91.9 },
];

export const SLOPE_LABELS_VI: SlopeLabels = {
  title: 'Thay đổi giữa hai năm',
  summary: 'Từ {from} đến {to}: {risers} đơn vị tăng, {fallers} đơn vị giảm, {unchanged} đơn vị giữ nguyên',
  unit: 'Đơn vị',
  rank: 'Hạng',
  score: 'Điểm (%)',
  change: 'Thay đổi',
  year: 'Năm',
  risers: 'Tăng',
  fallers: 'Giảm',
  unchanged: 'Không đổi',
};
export const SLOPE_LABELS_EN: SlopeLabels = {
  title: 'Change between two years',
  summary: 'From {from} to {to}: {risers} units rose, {fallers} fell, {unchanged} unchanged',
  unit: 'Unit',
  rank: 'Rank',
  score: 'Score (%)',
  change: 'Change',
  year: 'Year',
  risers: 'Rose',
  fallers: 'Fell',
  unchanged: 'Unchanged',
};

/** Hà Tĩnh's score 2017–2022 with no score in 2019, and a peers' median. */
export const TREND_ROWS: readonly TrendRow[] = [
  { year: 2017, value: 78.2 },
  { year: 2018, value: 81.05 },
  { year: 2019, value: null },
  { year: 2020, value: 84.3 },
  { year: 2021, value: 88.42 },
  { year: 2022, value: 85.95 },
];
export const TREND_MEDIAN: readonly TrendRow[] = [2017, 2018, 2019, 2020, 2021, 2022].map((year, i) => ({ year, value: 76 + i * 1.5 }));

export const TREND_LABELS_VI: TrendLabels = {
  title: 'Điểm qua các năm',
  summary: '{unit}: {first} năm {from}, {last} năm {to}',
  year: 'Năm',
  score: 'Điểm (%)',
  unit: 'Hà Tĩnh',
  comparison: 'Trung vị các đơn vị cùng cấp',
};
export const TREND_LABELS_EN: TrendLabels = {
  title: 'Score over the years',
  summary: '{unit}: {first} in {from}, {last} in {to}',
  year: 'Year',
  score: 'Score (%)',
  unit: 'Hà Tĩnh',
  comparison: 'Median of peer units',
};

/** Five domains, one without the unit's score. */
export const PEERS_ROWS: readonly PeersRow[] = [
  { domain_label: 'Công tác chỉ đạo, điều hành cải cách hành chính', unit_pct: 91.2, median_pct: 88.4, best_pct: 98.5 },
  { domain_label: 'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật', unit_pct: 80.5, median_pct: 85.1, best_pct: 96 },
  { domain_label: 'Cải cách thủ tục hành chính', unit_pct: 88, median_pct: 82.3, best_pct: 93.75 },
  { domain_label: 'Cải cách tổ chức bộ máy hành chính nhà nước', unit_pct: null, median_pct: 79, best_pct: 90 },
  { domain_label: 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', unit_pct: 70.1, median_pct: 72.4, best_pct: 88.8 },
];

export const PEERS_LABELS_VI: PeersLabels = {
  title: 'Các lĩnh vực so với đơn vị cùng cấp',
  summary: '{unit} cao hơn trung vị ở {above} trên {count} lĩnh vực',
  domain: 'Lĩnh vực',
  unit: 'Hà Tĩnh',
  median: 'Trung vị',
  best: 'Cao nhất',
  axis: '% điểm tối đa',
};
export const PEERS_LABELS_EN: PeersLabels = {
  title: 'Domains compared with peer units',
  summary: '{unit} is above the median in {above} of {count} domains',
  domain: 'Domain',
  unit: 'Hà Tĩnh',
  median: 'Median',
  best: 'Best',
  axis: '% of maximum points',
};

export * from './fixtures-claims.ts';
export * from './fixtures-lost.ts';
