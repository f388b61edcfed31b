/**
 * Fixed rows and labels for the lost-points charts. Codes and names follow the sample departments
 * framework (data/frameworks/sample-departments-2025.csv); one name is long on purpose, to wrap at
 * 360 px. Figures are invented but add up (cumulative shares, totals).
 */
import type { MostLostLabels, MostLostRow } from '../../src/charts/most-lost-chart.ts';
import type { ParetoLabels, ParetoRow } from '../../src/charts/pareto-chart.ts';
import type { HeatCell, HeatTableLabels } from '../../src/charts/heat-table.ts';
import type { ReasonsLabels, ReasonsRow } from '../../src/charts/reasons-chart.ts';

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

const mostLost = (item_code: string, label: string, total_lost: number, units_losing: number, units_scored: number): MostLostRow => ({
  item_code,
  label,
  total_lost,
  units_losing,
  units_scored,
  share_losing: units_losing / units_scored,
});

/** Seven items over 150 departments; D6.2.1 applies to 121 only, D3.5.2 (a survey item) costs every unit something. */
export const MOST_LOST_ROWS: readonly MostLostRow[] = [
  mostLost('D3.4.1', 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn', 187.5, 132, 150),
  mostLost('D7.2.1', LOST[1]?.[1] ?? '', 164.25, 118, 146),
  mostLost('D1.4.1', 'Có sáng kiến, giải pháp mới được cấp có thẩm quyền công nhận', 142.5, 95, 150),
  mostLost('D3.5.2', 'Hài lòng về thủ tục hành chính', 98.75, 150, 150),
  mostLost('D6.2.1', 'Tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao', 76, 61, 121),
  mostLost('D3.3.2', 'Tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích', 51.5, 88, 150),
  mostLost('D5.5.2', 'Không có cán bộ, công chức, viên chức bị kỷ luật', 33, 22, 150),
];

export const MOST_LOST_LABELS_VI: MostLostLabels = {
  title: 'Tiêu chí thành phần bị trừ nhiều điểm nhất trên toàn bộ đơn vị',
  summary: '{top} bị trừ nhiều điểm nhất: {lost} điểm, ở {n} trên {total} đơn vị',
  item: 'Tiêu chí thành phần',
  lost: 'Tổng điểm bị trừ',
  units: 'Đơn vị bị trừ điểm',
  unitsOf: '{n} trên {total} đơn vị',
  unitsLosing: 'Số đơn vị bị trừ điểm',
  unitsScored: 'Số đơn vị được chấm',
  shareLosing: 'Tỷ lệ đơn vị bị trừ điểm',
};
export const MOST_LOST_LABELS_EN: MostLostLabels = {
  title: 'Sub-criteria with the most points lost across units',
  summary: '{top} lost the most points: {lost}, in {n} of {total} units',
  item: 'Sub-criterion',
  lost: 'Total points lost',
  units: 'Units losing points',
  unitsOf: '{n} of {total} units',
  unitsLosing: 'Units losing points',
  unitsScored: 'Units scored',
  shareLosing: 'Share of units losing points',
};

const REASONS: readonly (readonly [string, string, number, number, readonly string[]])[] = [
  [
    'evidence',
    'Thiếu hoặc không có tài liệu kiểm chứng',
    412.5,
    380,
    ['Không có tài liệu kiểm chứng', 'Tài liệu kiểm chứng chưa đầy đủ', 'Tài liệu kiểm chứng không đúng thời gian đánh giá'],
  ],
  ['overdue', 'Hồ sơ quá hạn, tồn đọng', 265.25, 190, ['Tỷ lệ hồ sơ giải quyết đúng hạn đạt 92,4%', 'Còn 37 hồ sơ quá hạn chưa xin lỗi']],
  ['online', 'Dịch vụ công trực tuyến, số hóa, dữ liệu', 201, 175, ['Tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,3%']],
  ['survey', 'Kết quả khảo sát xã hội học thấp', 150.5, 300, ['Điểm điều tra xã hội học thấp']],
  ['', 'Không ghi lý do', 48.75, 61, []],
  ['innovation', 'Chưa có sáng kiến, mô hình mới được công nhận', 37.5, 25, ['Không có sáng kiến được công nhận']],
  ['other', 'Lý do khác', 4.25, 9, ['Không đạt yêu cầu']],
];
const REASONS_TOTAL = REASONS.reduce((sum, r) => sum + r[2], 0);

/** Seven categories; points lost with no reason recorded (category '') rank fifth, "other" is under 1 %. */
export const REASONS_ROWS: readonly ReasonsRow[] = REASONS.map(([category_id, label, lost_points, deductions, examples]) => ({
  category_id,
  label,
  lost_points,
  share: lost_points / REASONS_TOTAL,
  deductions,
  examples,
}));

export const REASONS_LABELS_VI: ReasonsLabels = {
  title: 'Điểm bị trừ theo nhóm lý do',
  summary: '{top} chiếm {share} số điểm bị trừ ({points} trên {lost} điểm)',
  category: 'Nhóm lý do',
  share: 'Tỷ lệ điểm bị trừ',
  lost: 'Điểm bị trừ',
  points: '{points} điểm',
  deductions: 'Số lượt trừ điểm',
  examples: 'Lý do thường gặp',
  noReason: 'Không ghi lý do',
};
export const REASONS_LABELS_EN: ReasonsLabels = {
  title: 'Points lost by kind of reason',
  summary: '{top} accounts for {share} of the points lost ({points} of {lost} points)',
  category: 'Kind of reason',
  share: 'Share of points lost',
  lost: 'Points lost',
  points: '{points} pts',
  deductions: 'Deductions',
  examples: 'Frequent reasons',
  noReason: 'No reason recorded',
};

const HEAT_ITEMS = {
  A: ['D3.4.1', 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn', 2.5],
  B: ['D7.2.1', LOST[1]?.[1] ?? '', 1.5],
  C: ['D1.4.1', 'Có sáng kiến, giải pháp mới được cấp có thẩm quyền công nhận', 1.5],
  D: ['D3.3.2', 'Tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích', 0.5],
  E: ['D6.2.1', 'Tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao', 2],
  F: ['D5.5.2', 'Không có cán bộ, công chức, viên chức bị kỷ luật', 1.5],
} as const;

/** A cell: points lost (null: unknown), 'na' where the item does not apply, and the council's reason. */
function heat(
  unit_id: string,
  unit_label: string,
  key: keyof typeof HEAT_ITEMS,
  lost: number | null | 'na',
  reason: string | null = null,
): HeatCell {
  const [item_code, item_label, max] = HEAT_ITEMS[key];
  const na = lost === 'na';
  return {
    unit_id,
    unit_label,
    item_code,
    item_label,
    applicable: !na,
    max_points: na ? null : max,
    final_score: na || lost === null ? null : max - lost,
    lost_points: na ? null : lost,
    lost_share: na || lost === null ? null : lost / max,
    reason_vi: reason,
  };
}

const NV = ['noi-vu', 'Sở Nội vụ'] as const;
const TN = ['tai-nguyen', 'Sở Tài nguyên và Môi trường'] as const;
const GT = ['giao-thong', 'Sở Giao thông vận tải'] as const;
const VP = ['van-phong', 'Văn phòng Ủy ban nhân dân tỉnh'] as const;
const TP = ['tu-phap', 'Sở Tư pháp'] as const;

/**
 * Five departments × six sub-criteria, in query order (by unit name). Exercises: N/A (Sở Nội vụ and
 * Văn phòng on D6.2.1), unknown (Giao thông on D7.2.1, lost NULL), no row at all (Văn phòng on D3.3.2),
 * 0 lost, every bin boundary (0.05 of 0.5 = 10 %, 0.375 of 1.5 = 25 %, 1.5 of 2 = 75 %), a loss with
 * no reason and a long reason. Units by points lost: Tài nguyên 4.925, Tư pháp 3.675, Nội vụ 2.25,
 * Giao thông 1.375, Văn phòng 0.75; items: D1.4.1, D6.2.1, D7.2.1, D3.4.1, D5.5.2, D3.3.2.
 */
export const HEAT_CELLS: readonly HeatCell[] = [
  heat(...GT, 'A', 0.5, 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,1%'),
  heat(...GT, 'B', null),
  heat(...GT, 'C', 0.375, 'Sáng kiến chưa được công nhận'),
  heat(...GT, 'D', 0),
  heat(...GT, 'E', 0.5),
  heat(...GT, 'F', 0),
  heat(...NV, 'A', 0),
  heat(...NV, 'B', 0.75, 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,3%'),
  heat(...NV, 'C', 1.5, 'Không có sáng kiến được công nhận'),
  heat(...NV, 'D', 0),
  heat(...NV, 'E', 'na'),
  heat(...NV, 'F', 0),
  heat(
    ...TN,
    'A',
    1.25,
    'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 92,4%; còn 37 hồ sơ quá hạn chưa thực hiện xin lỗi tổ chức, cá nhân theo quy định',
  ),
  heat(...TN, 'B', 1.125, 'Tài liệu kiểm chứng chưa đầy đủ'),
  heat(...TN, 'C', 0),
  heat(...TN, 'D', 0.05, 'Chưa công khai đầy đủ danh mục TTHC tiếp nhận qua bưu chính công ích'),
  heat(...TN, 'E', 1, 'Tỷ lệ giải ngân đạt 71,2%'),
  heat(...TN, 'F', 1.5, 'Có 01 công chức bị kỷ luật khiển trách'),
  heat(...TP, 'A', 0.125, 'Còn 3 hồ sơ quá hạn'),
  heat(...TP, 'B', 0.3),
  heat(...TP, 'C', 1.5, 'Không có sáng kiến được công nhận'),
  heat(...TP, 'D', 0.25, 'Tài liệu kiểm chứng chưa đầy đủ'),
  heat(...TP, 'E', 1.5, 'Tỷ lệ giải ngân đạt 38,0%'),
  heat(...TP, 'F', 0),
  heat(...VP, 'A', 0),
  heat(...VP, 'B', 0),
  heat(...VP, 'C', 0.75, 'Sáng kiến chưa được áp dụng thực tế'),
  heat(...VP, 'E', 'na'),
  heat(...VP, 'F', 0),
];

export const HEAT_LABELS_VI: HeatTableLabels = {
  unit: 'Đơn vị',
  total: 'Tổng điểm bị trừ',
  legend: 'Tỷ lệ điểm bị trừ trên điểm tối đa:',
  none: 'Không bị trừ',
  notApplicable: 'Không áp dụng',
  notApplicableShort: 'N/A',
  unknown: 'Chưa có số liệu',
  max: 'Điểm tối đa',
  final: 'Điểm đạt được',
  lost: 'Điểm bị trừ',
  reason: 'Lý do trừ điểm',
  noReason: 'Không ghi lý do',
  cell: '{unit}, {item}: {value}',
  lostOf: 'bị trừ {lost} trên {max} điểm',
};
export const HEAT_LABELS_EN: HeatTableLabels = {
  unit: 'Unit',
  total: 'Total points lost',
  legend: 'Share of the maximum lost:',
  none: 'Nothing lost',
  notApplicable: 'Not applicable',
  notApplicableShort: 'N/A',
  unknown: 'No data',
  max: 'Maximum',
  final: 'Score',
  lost: 'Points lost',
  reason: 'Reason for deduction',
  noReason: 'No reason recorded',
  cell: '{unit}, {item}: {value}',
  lostOf: 'lost {lost} of {max} points',
};
