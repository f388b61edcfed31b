/** Rows of the waterfall chart's tests: a unit's domains from one year's total to the next, with a residual. */
import type { WaterfallLabels, WaterfallRow } from '../../src/charts/waterfall.ts';

export const WATERFALL_ROWS: WaterfallRow[] = [
  { label: 'Tổng điểm 2023', kind: 'total', value: 80.25 },
  { label: 'Công tác chỉ đạo, điều hành cải cách hành chính', kind: 'step', value: 3 },
  { label: 'Cải cách thể chế', kind: 'step', value: -0.5 },
  { label: 'Cải cách thủ tục hành chính', kind: 'step', value: 0 },
  { label: 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', kind: 'step', value: 1.75 },
  { label: 'Không quy được cho lĩnh vực nào (làm tròn)', kind: 'other', value: -0.25 },
  { label: 'Tổng điểm 2024', kind: 'total', value: 84.25 },
];

export const WATERFALL_LABELS_VI: WaterfallLabels = {
  title: 'Điểm thay đổi theo lĩnh vực, 2023 → 2024',
  summary: 'Sở Tư pháp: 80,25 → 84,25 điểm (+4)',
  item: 'Khoản mục',
  change: 'Thay đổi',
  runningTotal: 'Điểm cộng dồn',
  suffix: '',
};
