/**
 * What a sub-criterion is about, read from its Vietnamese name: decides how often units lose
 * points on it (hardness) and which reason the appraisal council writes. Order matters: the first
 * matching rule wins.
 */
import type { Leaf } from './frameworks.ts';

export const TOPICS = [
  'survey-sipas',
  'survey-leaders',
  'revenue',
  'poverty',
  'rural',
  'order',
  'complaints',
  'business',
  'apology',
  'overdue',
  'backlog',
  'digitisation',
  'project06',
  'online',
  'disbursement',
  'report',
  'plan',
  'audit',
  'mediation',
  'legal',
  'civil',
  'staffing',
  'training',
  'disciplined',
  'conduct',
  'democracy',
  'inspection',
  'iso',
  'email',
  'web',
  'signature',
  'postal',
  'one-stop',
  'publication',
  'innovation',
  'system',
  'tasks',
  'finance',
  'completion',
  'evidence',
] as const;
export type Topic = (typeof TOPICS)[number];

type Rule = readonly [Topic, RegExp];

const SURVEY: readonly Rule[] = [
  ['survey-sipas', /Hài lòng/],
  ['survey-leaders', /./],
];

const IMPACT: readonly Rule[] = [
  ['revenue', /thu ngân sách/],
  ['poverty', /hộ nghèo/],
  ['rural', /nông thôn mới/],
  ['order', /trật tự/],
  ['complaints', /khiếu nại/],
  ['business', /doanh nghiệp/],
  ['evidence', /./],
];

const APPRAISAL: readonly Rule[] = [
  ['apology', /xin lỗi/],
  ['overdue', /hồ sơ.*đúng hạn/],
  ['backlog', /tồn đọng/],
  ['digitisation', /Số hóa/],
  ['project06', /Đề án 06|dữ liệu dân cư/],
  ['online', /trực tuyến/],
  ['disbursement', /giải ngân vốn|giải ngân kế hoạch/],
  ['report', /[Bb]áo cáo/],
  ['plan', /Ban hành kế hoạch|dự toán ngân sách xã đúng thời hạn/],
  ['audit', /kiến nghị sau thanh tra|Khắc phục tồn tại/],
  ['mediation', /hòa giải/],
  ['legal', /văn bản|pháp luật|[Rr]à soát/],
  ['civil', /hộ tịch|Chứng thực/],
  ['complaints', /khiếu nại/],
  ['staffing', /biên chế|số lượng|không chuyên trách|kiêm nhiệm|vị trí việc làm|[Tt]uyển dụng|cơ cấu ngạch|đúng chức danh/],
  ['training', /đào tạo|[Bb]ồi dưỡng|đạt chuẩn/],
  ['disciplined', /bị kỷ luật/],
  ['conduct', /thời gian làm việc|Trang phục|văn hóa công sở/],
  ['democracy', /dân chủ|đối thoại/],
  ['inspection', /được kiểm tra|Kiểm tra công vụ|Kiểm tra việc/],
  ['iso', /ISO/],
  ['email', /thư điện tử/],
  ['web', /Trang thông tin|Cổng\/Trang/],
  ['signature', /ký số/],
  ['postal', /bưu chính/],
  ['one-stop', /Một cửa|Phục vụ hành chính công|liên thông/],
  ['publication', /[Cc]ông khai|[Nn]iêm yết|công bố/],
  ['innovation', /[Ss]áng kiến|mô hình/],
  ['system', /hệ thống|an toàn thông tin|[Kk]ết nối|[Tt]rang thiết bị/],
  ['tasks', /nhiệm vụ.*giao/],
  ['finance', /kinh phí|tài sản công|quỹ|tự chủ|tự bảo đảm/],
  ['completion', /Mức độ (hoàn thành|thực hiện)|Thực hiện kế hoạch|Kết quả/],
  ['evidence', /./],
];

/** The topic of a leaf item. */
export function topicOf(leaf: Pick<Leaf, 'nameVi' | 'kind'>): Topic {
  const rules = leaf.kind === 'survey' ? SURVEY : leaf.kind === 'impact' ? IMPACT : APPRAISAL;
  const rule = rules.find(([, re]) => re.test(leaf.nameVi));
  return rule ? rule[0] : 'evidence';
}

/**
 * How often an average unit (quality 0.9) loses points on the topic. The hard ones are what
 * provinces' letters complain about year after year: overdue dossiers, online services,
 * disbursement of public investment, digitisation.
 */
export const HARDNESS: Readonly<Record<Topic, number>> = {
  'survey-sipas': 1,
  'survey-leaders': 1,
  revenue: 0.4,
  poverty: 0.35,
  rural: 0.45,
  order: 0.2,
  complaints: 0.3,
  business: 0.4,
  apology: 0.3,
  overdue: 0.95,
  backlog: 0.45,
  digitisation: 0.85,
  project06: 0.65,
  online: 0.95,
  disbursement: 0.95,
  report: 0.3,
  plan: 0.12,
  audit: 0.35,
  mediation: 0.3,
  legal: 0.25,
  civil: 0.25,
  staffing: 0.2,
  training: 0.3,
  disciplined: 0.18,
  conduct: 0.2,
  democracy: 0.2,
  inspection: 0.3,
  iso: 0.3,
  email: 0.3,
  web: 0.3,
  signature: 0.35,
  postal: 0.45,
  'one-stop': 0.25,
  publication: 0.22,
  innovation: 0.5,
  system: 0.25,
  tasks: 0.4,
  finance: 0.2,
  completion: 0.35,
  evidence: 0.2,
};
