/** What units write in round 2 (giải trình) when they contest a round-1 deduction. */
import { type Rng, chance, intBetween, pick } from './prng.ts';
import type { Topic } from './topics.ts';

const DOCS = [
  ['Kế hoạch', 'KH'],
  ['Báo cáo', 'BC'],
  ['Quyết định', 'QĐ'],
  ['Công văn', 'CV'],
] as const;

function date(rng: Rng, year: number): string {
  return `${String(intBetween(rng, 1, 28)).padStart(2, '0')}/${String(intBetween(rng, 1, 12)).padStart(2, '0')}/${year}`;
}

/** A document reference as units cite them: "Kế hoạch số 15/KH-SYT ngày 12/03/2023". */
function documentRef(rng: Rng, abbr: string, year: number): string {
  const [name, code] = pick(rng, DOCS);
  const number = intBetween(rng, 3, 480);
  const ref = code === 'CV' ? `${number}/${abbr}-VP` : `${number}/${code}-${abbr}`;
  return `${name} số ${ref} ngày ${date(rng, year)}`;
}

/** The unit's explanation for contesting a deduction on `topic` in assessment year `year`. */
export function explanation(rng: Rng, topic: Topic, abbr: string, year: number): string {
  if (topic === 'report' && rng() < 0.7) {
    return 'Báo cáo đã gửi đúng hạn qua Hệ thống thông tin báo cáo của tỉnh (bổ sung ảnh chụp màn hình)';
  }
  if (['overdue', 'online', 'digitisation', 'backlog', 'apology'].includes(topic) && rng() < 0.7) {
    return `Số liệu trên Hệ thống thông tin giải quyết TTHC chưa đồng bộ; bổ sung báo cáo trích xuất ngày ${date(rng, year + 1)}`;
  }
  if (topic === 'disbursement' && rng() < 0.7) {
    return `Bổ sung số liệu giải ngân đến hết ngày 31/01/${year + 1} theo quy định`;
  }
  return `Đã bổ sung tài liệu kiểm chứng: ${documentRef(rng, abbr, year)}`;
}

/**
 * The score a unit asks for with its explanation (điểm đề nghị điều chỉnh), in hundredths: most ask for all
 * the council took (units that explain assessed themselves at the maximum), some for part of it; never less
 * than the council finally granted, so the final score lies between round 1 and the proposal.
 */
export function proposedScore(rng: Rng, max: number, r1: number, final: number): number {
  if (final >= max || chance(rng, 0.65)) return max;
  const part = r1 + Math.ceil((max - r1) * (0.5 + 0.4 * rng()));
  return Math.min(max, Math.max(final, part));
}
