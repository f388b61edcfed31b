/**
 * Fixed rows and labels for the self-assessed against appraised charts (appraisal items only). Figures
 * are invented, shaped like provinces' appraisal points.
 */
import type { ClaimsRow, ClaimsScatterLabels } from '../../src/charts/claims-scatter.ts';
import type { ClaimsTrendLabels, ClaimsTrendRow } from '../../src/charts/claims-trend.ts';

const claim = (unit_id: string, label: string, self_score: number, appraised: number): ClaimsRow => ({
  unit_id,
  label,
  self_score,
  appraised,
});

/**
 * Fourteen provinces, appraisal items only. The five largest cuts come in two close pairs (TP. Hồ Chí
 * Minh and Bà Rịa – Vũng Tàu, Lai Châu and Hà Giang), whose names must be pushed apart; An Giang sits
 * on the diagonal and Kiên Giang above it (granted more than it claimed).
 */
export const CLAIMS_ROWS: readonly ClaimsRow[] = [
  claim('ha-tinh', 'Hà Tĩnh', 58.5, 55.25),
  claim('nghe-an', 'Nghệ An', 57, 53.9),
  claim('quang-ninh', 'Quảng Ninh', 61.2, 60.45),
  claim('hai-phong', 'Hải Phòng', 60.8, 59.1),
  claim('ho-chi-minh', 'Thành phố Hồ Chí Minh', 60.5, 53),
  claim('ba-ria-vung-tau', 'Bà Rịa – Vũng Tàu', 59.9, 52.8),
  claim('hue', 'Thừa Thiên Huế', 58, 51.6),
  claim('da-nang', 'Đà Nẵng', 61.5, 60.9),
  claim('ha-giang', 'Hà Giang', 52.4, 45.9),
  claim('dien-bien', 'Điện Biên', 50.1, 47.3),
  claim('lai-chau', 'Lai Châu', 51.3, 44.6),
  claim('cao-bang', 'Cao Bằng', 49.8, 46.95),
  claim('an-giang', 'An Giang', 55.4, 55.4),
  claim('kien-giang', 'Kiên Giang', 54.2, 54.7),
];

export const CLAIMS_LABELS_VI: ClaimsScatterLabels = {
  title: 'Điểm tự chấm và điểm thẩm định',
  summary: '{count} đơn vị, trung bình bị trừ {mean} điểm so với điểm tự chấm; nhiều nhất là {top} ({topCut} điểm)',
  unit: 'Đơn vị',
  self: 'Điểm tự chấm',
  appraised: 'Điểm thẩm định',
  cut: 'Chênh lệch',
  diagonal: 'Không bị trừ',
};
export const CLAIMS_LABELS_EN: ClaimsScatterLabels = {
  title: 'Self-assessed and appraised points',
  summary: '{count} units, {mean} points cut from the self-assessment on average; most: {top} ({topCut} points)',
  unit: 'Unit',
  self: 'Self-assessed',
  appraised: 'Appraised',
  cut: 'Cut',
  diagonal: 'No cut',
};

/** The gap narrowing from 2017 to 2024; mean and median end 0.3 apart, so their end labels must be pushed apart. */
export const CLAIMS_TREND_ROWS: readonly ClaimsTrendRow[] = [
  [2017, 5.82, 4.9],
  [2018, 5.14, 4.41],
  [2019, 4.93, 4.12],
  [2020, 4.21, 3.5],
  [2021, 3.94, 3.33],
  [2022, 3.61, 3.02],
  [2023, 3.1, 2.74],
  [2024, 2.81, 2.51],
].map(([year = 0, mean_cut = 0, median_cut = 0]) => ({ year, mean_cut, median_cut }));

export const CLAIMS_TREND_LABELS_VI: ClaimsTrendLabels = {
  title: 'Chênh lệch giữa điểm tự chấm và điểm thẩm định qua các năm',
  summary: 'Trung bình mỗi đơn vị bị trừ {first} điểm so với điểm tự chấm năm {from} và {last} điểm năm {to}',
  year: 'Năm',
  mean: 'Trung bình',
  median: 'Trung vị',
  axis: 'Điểm bị trừ so với điểm tự chấm',
};
export const CLAIMS_TREND_LABELS_EN: ClaimsTrendLabels = {
  title: 'Gap between self-assessed and appraised points over the years',
  summary: 'On average a unit was cut {first} points from its self-assessment in {from} and {last} in {to}',
  year: 'Year',
  mean: 'Mean',
  median: 'Median',
  axis: 'Points cut from the self-assessment',
};
