/**
 * The appraisal council's reasons for deductions (lý do trừ điểm), by topic, with plausible figures.
 * Where a reason quotes a figure (a rate, a count), the points lost follow from that figure.
 */
import { formatPercentVi } from './csv-format.ts';
import { type Rng, between, clamp, intBetween, pick } from './prng.ts';
import type { Topic } from './topics.ts';

/** What a deduction needs to know: the item's maximum (hundredths), the unit's quality that year. */
export interface DeductionContext {
  rng: Rng;
  max: number;
  quality: number;
  year: number;
  nameVi: string;
}

/** Points lost (hundredths, 1..max) and the council's reason. */
export interface Deduction {
  lost: number;
  reason: string;
}

/** Loses `share` of the maximum (at least 0.01 point, at most all of it). */
export function share(max: number, frac: number): number {
  return clamp(Math.round(max * frac), 1, max);
}

const pct = formatPercentVi;
const two = (n: number): string => String(n).padStart(2, '0');

/** Reasons about missing or weak evidence: what over-claiming units get most. */
export function evidence(c: DeductionContext): Deduction {
  return pick(c.rng, [
    () => ({ lost: c.max, reason: 'Không có tài liệu kiểm chứng' }),
    () => ({ lost: share(c.max, 0.5), reason: 'Tài liệu kiểm chứng chưa đầy đủ' }),
    () => ({ lost: share(c.max, 0.5), reason: 'Tài liệu kiểm chứng không đúng thời gian đánh giá' }),
    () => ({ lost: share(c.max, 0.25), reason: 'Tài liệu kiểm chứng không thể hiện kết quả thực hiện' }),
  ])();
}

/** What over-claiming units get: full marks claimed, nothing (or too little) to show for them. */
export function overclaimed(c: DeductionContext): Deduction {
  return c.rng() < 0.6
    ? { lost: c.max, reason: 'Không có tài liệu kiểm chứng' }
    : {
        lost: share(c.max, 0.5 + c.rng() * 0.25),
        reason: 'Tự chấm điểm tối đa nhưng tài liệu kiểm chứng không thể hiện kết quả thực hiện',
      };
}

type Rule = (c: DeductionContext) => Deduction;

/** The first variant whose pattern matches the item's name, else the fallback. */
function byName(c: DeductionContext, variants: readonly (readonly [RegExp, Rule])[], fallback: Rule): Deduction {
  const hit = variants.find(([re]) => re.test(c.nameVi));
  return (hit ? hit[1] : fallback)(c);
}

const fixed =
  (frac: number, reason: string): Rule =>
  (c) => ({ lost: share(c.max, frac), reason });

/** Achieved `x` % against a target of `target` %: points in proportion. */
function rate(c: DeductionContext, what: string, target: number, lo: number): Deduction {
  const x = Math.round(between(c.rng, lo, 0.97) * target * 10) / 10;
  return { lost: share(c.max, 1 - x / target), reason: `${what} đạt ${pct(x)}% (chỉ tiêu ${target}%)` };
}

/** a of b done: points in proportion to what is missing. */
function countOf(c: DeductionContext, text: (a: number, b: number) => string, bLo: number, bHi: number): Deduction {
  const b = intBetween(c.rng, bLo, bHi);
  const a = intBetween(c.rng, Math.ceil(b * 0.5), b - 1);
  return { lost: share(c.max, (b - a) / b), reason: text(a, b) };
}

function overdue(c: DeductionContext): Deduction {
  const r = Math.round(between(c.rng, 0.4, 5) * (0.6 + (1 - c.quality) * 5) * 10) / 10;
  const lost = share(c.max, Math.min(1, r / 10));
  if (c.rng() < 0.5) return { lost, reason: `Tỷ lệ hồ sơ quá hạn ${pct(r)}% (chỉ tiêu 0%)` };
  return { lost, reason: `Còn ${intBetween(c.rng, 3, 180)} hồ sơ giải quyết quá hạn (tỷ lệ ${pct(r)}%)` };
}

function online(c: DeductionContext): Deduction {
  if (/toàn trình/.test(c.nameVi)) return rate(c, 'Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình', 80, 0.4);
  if (/thanh toán/.test(c.nameVi)) return rate(c, 'Tỷ lệ thanh toán trực tuyến', 30, 0.3);
  return rate(c, 'Tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến', c.year >= 2024 ? 80 : 50, 0.35);
}

function disbursement(c: DeductionContext): Deduction {
  const x = Math.round(between(c.rng, 52, 94.5) * 10) / 10;
  return { lost: share(c.max, (95 - x) / 40), reason: `Tỷ lệ giải ngân đạt ${pct(x)}% kế hoạch vốn được giao` };
}

const RULES: Partial<Record<Topic, (c: DeductionContext) => Deduction>> = {
  overdue,
  online,
  disbursement,
  apology: (c) => countOf(c, (a, b) => `Không thực hiện xin lỗi đối với ${b - a}/${b} hồ sơ quá hạn`, 3, 40),
  backlog: (c) => {
    const n = intBetween(c.rng, 3, 60);
    return { lost: share(c.max, 0.2 + n / 80), reason: `Còn ${n} hồ sơ tồn đọng, chưa cập nhật kết quả trên hệ thống một cửa điện tử` };
  },
  digitisation: (c) => rate(c, 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC', 100, 0.25),
  project06: (c) =>
    c.rng() < 0.3
      ? { lost: c.max, reason: 'Chưa khai thác, sử dụng dữ liệu dân cư trong giải quyết TTHC' }
      : rate(c, 'Tỷ lệ hồ sơ tái sử dụng dữ liệu, giấy tờ điện tử', 50, 0.3),
  report: (c) =>
    byName(
      c,
      [
        [
          /thời hạn|đúng hạn/,
          (x) =>
            x.rng() < 0.6
              ? { lost: share(x.max, 0.5), reason: `Báo cáo gửi chậm so với quy định (${intBetween(x.rng, 2, 15)} ngày)` }
              : { lost: share(x.max, 0.25), reason: `Báo cáo quý ${intBetween(x.rng, 1, 3)} gửi chậm so với quy định` },
        ],
      ],
      (x) =>
        x.rng() < 0.5
          ? { lost: share(x.max, 0.5), reason: 'Báo cáo chưa đầy đủ nội dung theo đề cương hướng dẫn' }
          : { lost: share(x.max, 0.25), reason: `Thiếu báo cáo quý ${intBetween(x.rng, 1, 3)}` },
    ),
  plan: (c) =>
    c.rng() < 0.6
      ? {
          lost: share(c.max, 0.5),
          reason: `Ban hành kế hoạch chậm so với quy định (ngày ${two(intBetween(c.rng, 10, 28))}/${two(intBetween(c.rng, 1, 3))}/${c.year})`,
        }
      : { lost: share(c.max, 0.25), reason: 'Kế hoạch chưa xác định rõ nhiệm vụ, sản phẩm, thời hạn hoàn thành' },
  audit: (c) => countOf(c, (a, b) => `Còn ${b - a}/${b} kiến nghị sau thanh tra, kiểm tra, kiểm toán chưa thực hiện xong`, 4, 20),
  mediation: (c) => rate(c, 'Tỷ lệ hòa giải thành', 80, 0.6),
  legal: (c) =>
    byName(
      c,
      [
        [
          /trái pháp luật/,
          (x) => ({ lost: share(x.max, 0.5), reason: `Còn ${intBetween(x.rng, 1, 6)} văn bản trái pháp luật chưa được xử lý` }),
        ],
        [
          /[Rr]à soát|kiểm tra/,
          (x) => ({
            lost: share(x.max, 0.25 + x.rng() * 0.5),
            reason: `Chưa xử lý kết quả rà soát đối với ${intBetween(x.rng, 2, 12)} văn bản`,
          }),
        ],
        [/[Ll]ấy ý kiến|thẩm định|quy trình|trình tự/, fixed(0.5, 'Chưa lấy ý kiến đối tượng chịu tác động của văn bản theo quy định')],
        [/tiếp cận pháp luật/, fixed(1, 'Chưa được công nhận đạt chuẩn tiếp cận pháp luật')],
        [/phổ biến|giáo dục/, (x) => countOf(x, (a, b) => `Thực hiện ${a}/${b} nội dung kế hoạch phổ biến, giáo dục pháp luật`, 6, 15)],
      ],
      (x) =>
        x.rng() < 0.5
          ? { lost: share(x.max, 0.5), reason: `Trình chậm ${intBetween(x.rng, 1, 4)} dự thảo so với kế hoạch` }
          : countOf(x, (a, b) => `Hoàn thành ${a}/${b} nội dung theo kế hoạch`, 5, 15),
    ),
  civil: (c) => ({
    lost: share(c.max, 0.25 + c.rng() * 0.5),
    reason: `Còn ${intBetween(c.rng, 2, 25)} trường hợp đăng ký, cập nhật hộ tịch trễ hạn`,
  }),
  complaints: (c) => countOf(c, (a, b) => `Giải quyết ${a}/${b} đơn khiếu nại, tố cáo đúng thời hạn`, 5, 30),
  staffing: (c) =>
    byName(
      c,
      [
        [/tinh giản/, (x) => countOf(x, (a, b) => `Chưa hoàn thành lộ trình tinh giản biên chế (${a}/${b} người)`, 4, 12)],
        [/biên chế/, (x) => ({ lost: share(x.max, 0.5), reason: `Sử dụng vượt ${intBetween(x.rng, 1, 4)} biên chế được giao` })],
        [/[Pp]hê duyệt|đề án/, fixed(0.5, 'Đề án vị trí việc làm chưa được điều chỉnh theo quy định')],
        [/[Tt]uyển dụng/, fixed(0.5, 'Tuyển dụng chưa đúng quy trình (thiếu thông báo công khai)')],
        [
          /ngạch|chức danh|vị trí việc làm/,
          (x) => ({
            lost: share(x.max, 0.5),
            reason: `Còn ${intBetween(x.rng, 1, 6)} trường hợp bố trí chưa phù hợp vị trí việc làm, ngạch`,
          }),
        ],
      ],
      (x) => ({ lost: share(x.max, 0.5), reason: `Bố trí vượt ${intBetween(x.rng, 1, 3)} người so với quy định` }),
    ),
  training: (c) => rate(c, 'Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng', 100, 0.6),
  disciplined: (c) => {
    const n = intBetween(c.rng, 1, 3);
    return { lost: share(c.max, n === 1 ? 0.5 : 1), reason: `Có ${two(n)} công chức bị kỷ luật (khiển trách)` };
  },
  conduct: (c) => ({
    lost: share(c.max, 0.5),
    reason: `Qua kiểm tra đột xuất, ${two(intBetween(c.rng, 1, 5))} công chức vi phạm quy định về thời gian làm việc, đeo thẻ`,
  }),
  democracy: (c) =>
    byName(
      c,
      [[/đối thoại/, fixed(0.5, 'Chưa tổ chức đối thoại với nhân dân theo quy định')]],
      fixed(0.5, 'Chưa công khai đầy đủ nội dung theo quy định về dân chủ ở cơ sở'),
    ),
  inspection: (c) => countOf(c, (a, b) => `Kiểm tra ${a}/${b} đơn vị, chưa đạt kế hoạch kiểm tra`, 6, 20),
  iso: (c) =>
    c.rng() < 0.35
      ? { lost: c.max, reason: 'Chưa công bố HTQLCL phù hợp TCVN ISO 9001:2015' }
      : { lost: share(c.max, 0.5), reason: `Chưa cập nhật quy trình ISO đối với ${intBetween(c.rng, 2, 30)} TTHC mới công bố` },
  email: (c) =>
    c.rng() < 0.3
      ? { lost: share(c.max, 0.5), reason: `Chưa triển khai hệ thống thư điện tử công vụ cho ${intBetween(c.rng, 2, 15)} công chức` }
      : rate(c, 'Tỷ lệ công chức sử dụng thư điện tử công vụ', 100, 0.6),
  web: (c) =>
    byName(
      c,
      [
        [
          /[Cc]ập nhật/,
          (x) => ({ lost: share(x.max, 0.5), reason: `Cập nhật thông tin không thường xuyên (${intBetween(x.rng, 2, 9)} tin/quý)` }),
        ],
      ],
      fixed(0.5, 'Chưa công khai đầy đủ thông tin theo quy định trên Trang thông tin điện tử'),
    ),
  signature: (c) => rate(c, 'Tỷ lệ văn bản điện tử được ký số', 90, 0.55),
  postal: (c) =>
    c.rng() < 0.4
      ? { lost: c.max, reason: 'Chưa có hồ sơ tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích' }
      : rate(c, 'Tỷ lệ hồ sơ qua dịch vụ bưu chính công ích', 20, 0.2),
  'one-stop': (c) =>
    byName(
      c,
      [
        [/liên thông/, (x) => ({ lost: share(x.max, 0.5), reason: `Còn ${intBetween(x.rng, 2, 12)} hồ sơ liên thông giải quyết quá hạn` })],
        [
          /[Tt]ỷ lệ TTHC/,
          (x) => ({
            lost: share(x.max, 0.25 + x.rng() * 0.5),
            reason: `Còn ${intBetween(x.rng, 2, 15)} TTHC chưa tiếp nhận tại Bộ phận Một cửa`,
          }),
        ],
      ],
      fixed(0.5, 'Chưa bố trí công chức làm việc tại Bộ phận Một cửa theo quy định'),
    ),
  publication: (c) =>
    byName(
      c,
      [
        [/[Nn]iêm yết/, (x) => ({ lost: share(x.max, 0.5), reason: `Niêm yết chưa đầy đủ ${intBetween(x.rng, 2, 20)} TTHC` })],
        [
          /công bố/,
          (x) => ({ lost: share(x.max, 0.5), reason: `Công bố danh mục TTHC chậm ${intBetween(x.rng, 3, 20)} ngày so với quy định` }),
        ],
        [/tiến độ/, fixed(0.5, 'Chưa công khai tiến độ giải quyết hồ sơ trên Cổng Dịch vụ công')],
      ],
      fixed(0.5, 'Công khai chưa đầy đủ nội dung theo quy định'),
    ),
  innovation: (c) =>
    byName(c, [[/[Nn]hân rộng/, fixed(1, 'Chưa nhân rộng mô hình, sáng kiến CCHC')]], (x) =>
      x.rng() < 0.6
        ? { lost: x.max, reason: 'Không có sáng kiến, giải pháp mới được công nhận' }
        : { lost: share(x.max, 0.5), reason: 'Sáng kiến chưa được cấp có thẩm quyền công nhận' },
    ),
  system: (c) =>
    byName(
      c,
      [
        [/an toàn thông tin/, fixed(0.5, 'Chưa phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin')],
        [/[Kk]ết nối|chia sẻ/, fixed(0.5, 'Chưa kết nối, chia sẻ dữ liệu với nền tảng của tỉnh')],
        [/[Tt]rang thiết bị/, fixed(0.5, 'Trang thiết bị chưa đáp ứng yêu cầu theo quy định')],
        [
          /quản lý văn bản/,
          (x) =>
            x.rng() < 0.3
              ? { lost: share(x.max, 0.5), reason: `Chưa triển khai hệ thống đến ${intBetween(x.rng, 1, 5)} đơn vị trực thuộc` }
              : rate(x, 'Tỷ lệ văn bản đi, đến được xử lý trên hệ thống', 100, 0.6),
        ],
      ],
      fixed(1, 'Chưa triển khai hệ thống'),
    ),
  tasks: (c) => ({ lost: share(c.max, 0.2 + c.rng() * 0.6), reason: `Còn ${intBetween(c.rng, 1, 9)} nhiệm vụ được giao quá hạn` }),
  finance: (c) =>
    byName(
      c,
      [
        [/kinh phí/, fixed(0.5, 'Sử dụng kinh phí chưa đúng quy định theo kết luận kiểm tra')],
        [/tự chủ/, fixed(0.5, 'Chưa xây dựng phương án tự chủ tài chính giai đoạn mới')],
        [/tự bảo đảm/, fixed(1, 'Không tăng số đơn vị sự nghiệp tự bảo đảm chi thường xuyên')],
        [/tài sản/, fixed(0.5, 'Chưa cập nhật tài sản công vào Cơ sở dữ liệu quốc gia về tài sản công')],
      ],
      fixed(0.5, 'Quản lý, sử dụng quỹ chưa đúng quy định'),
    ),
  completion: (c) => countOf(c, (a, b) => `Hoàn thành ${a}/${b} nhiệm vụ theo kế hoạch`, 8, 30),
  revenue: (c) => rate(c, 'Thu ngân sách', 100, 0.8),
  poverty: (c) => rate(c, 'Tỷ lệ giảm hộ nghèo so với chỉ tiêu', 100, 0.5),
  rural: (c) => {
    const b = intBetween(c.rng, 15, 19);
    const a = intBetween(c.rng, b - 4, b - 1);
    return { lost: share(c.max, (b - a) / 5), reason: `Đạt ${a}/19 tiêu chí nông thôn mới (kế hoạch ${b}/19)` };
  },
  order: (c) => ({
    lost: share(c.max, 0.25 + c.rng() * 0.5),
    reason: `Xảy ra ${intBetween(c.rng, 1, 4)} vụ việc phức tạp về an ninh, trật tự trên địa bàn`,
  }),
  business: (c) => rate(c, 'Số doanh nghiệp thành lập mới so với kế hoạch', 100, 0.5),
};

/** A deduction on an appraisal or impact item: mostly the topic's own reason, sometimes missing evidence. */
export function deduct(topic: Topic, c: DeductionContext): Deduction {
  const rule = RULES[topic];
  return rule && c.rng() < 0.85 ? rule(c) : evidence(c);
}

/** The reason written beside a survey result (points follow the share of satisfied respondents). */
export function surveyReason(topic: Topic, pctOfMax: number): string {
  return topic === 'survey-sipas'
    ? `Chỉ số hài lòng đạt ${pct(pctOfMax)}% (kết quả điều tra xã hội học)`
    : `Kết quả khảo sát lãnh đạo, quản lý đạt ${pct(pctOfMax)}% số điểm`;
}
