/**
 * Fixed rows and labels for the lost-points charts. Codes and names follow the sample departments
 * framework (data/frameworks/sample-departments-2025.csv); one name is long on purpose, to wrap at
 * 360 px. Figures are invented but add up (cumulative shares, totals).
 */
import type { ParetoLabels, ParetoRow } from '../../src/charts/pareto-chart.ts';

const LOST: readonly (readonly [string, string, number])[] = [
  ['D3.4.1', 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn', 2],
  ['D7.2.1', 'Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện', 1.5],
  ['D1.4.1', 'Có sáng kiến, giải pháp mới được cấp có thẩm quyền công nhận', 1.25],
  ['D3.3.4', 'Số hóa hồ sơ, kết quả giải quyết TTHC', 1],
  ['D6.2.1', 'Tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao', 0.75],
  ['D5.5.2', 'Không có cán bộ, công chức, viên chức bị kỷ luật', 0.75],
  ['D2.1.2', 'Lấy ý kiến, thẩm định dự thảo văn bản QPPL đúng quy định', 0.5],
  ['D3.4.2', 'Thực hiện xin lỗi tổ chức, cá nhân đối với hồ sơ quá hạn', 0.5],
  ['D1.2.2', 'Báo cáo CCHC gửi đúng thời hạn', 0.25],
  ['D4.2.2', 'Thực hiện tinh giản biên chế theo lộ trình', 0.25],
  ['', '6 tiêu chí thành phần khác', 0.75],
];
export const PARETO_TOTAL_LOST = 9.5;
export const PARETO_ITEMS_TOTAL = 16;

/** Ten sub-criteria of one unit and a row for the six others; the cumulative share first reaches 80 % at D2.1.2 (index 6). */
export const PARETO_ROWS: readonly ParetoRow[] = LOST.map(([item_code, label, lost], i) => ({
  item_code,
  label,
  lost,
  cumulative_share: LOST.slice(0, i + 1).reduce((sum, r) => sum + r[2], 0) / PARETO_TOTAL_LOST,
}));
export const PARETO_CUT = 6;

export const PARETO_LABELS_VI: ParetoLabels = {
  title: 'Tiêu chí thành phần bị trừ nhiều điểm nhất',
  summary: '{top} bị trừ nhiều nhất ({topLost} điểm); {n} trên {total} tiêu chí thành phần chiếm {share} tổng số {lost} điểm bị trừ',
  cut: '{n} trên {total} tiêu chí thành phần chiếm {share} tổng số {lost} điểm bị trừ',
  item: 'Tiêu chí thành phần',
  lost: 'Điểm bị trừ',
  cumulative: 'Tỷ lệ cộng dồn',
};
export const PARETO_LABELS_EN: ParetoLabels = {
  title: 'Sub-criteria with the most points lost',
  summary: '{top} lost the most ({topLost} points); {n} of {total} sub-criteria account for {share} of the {lost} points lost',
  cut: '{n} of {total} sub-criteria account for {share} of the {lost} points lost',
  item: 'Sub-criterion',
  lost: 'Points lost',
  cumulative: 'Cumulative share',
};
