/** Made-up Vietnamese place names for districts and communes: two Sino-Vietnamese syllables, as real names are. */
import { type Rng, shuffled } from './prng.ts';

const FIRST = [
  'An',
  'Bình',
  'Phú',
  'Tân',
  'Hòa',
  'Quế',
  'Hưng',
  'Long',
  'Thuận',
  'Phước',
  'Mỹ',
  'Vĩnh',
  'Quang',
  'Minh',
  'Đức',
  'Xuân',
  'Hồng',
  'Kim',
  'Cẩm',
  'Thanh',
  'Hiệp',
  'Gia',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Trung',
  'Hải',
  'Sơn',
  'Lâm',
  'Yên',
  'Hương',
  'Nghĩa',
  'Thái',
  'Phong',
  'Cát',
] as const;

const SECOND = [
  'Phú',
  'Hòa',
  'Thành',
  'Lợi',
  'Thịnh',
  'Lộc',
  'Tiến',
  'Hưng',
  'An',
  'Bình',
  'Long',
  'Sơn',
  'Hải',
  'Thủy',
  'Lâm',
  'Mỹ',
  'Đông',
  'Tây',
  'Trung',
  'Phong',
  'Quý',
  'Khánh',
  'Nghĩa',
  'Xuân',
  'Hà',
  'Điền',
  'Giang',
  'Hiệp',
  'Tân',
  'Thắng',
  'Lạc',
  'Định',
  'Ninh',
  'Vinh',
  'Thuận',
  'Phước',
] as const;

/** Island names for the district that becomes a special zone (đặc khu) in 2025. */
const ISLANDS = ['Hòn Ngọc', 'Cồn Mây', 'Bãi Lan', 'Hòn Lam', 'Cù Lao Xanh', 'Hòn Sương'] as const;

/** Every two-syllable name, in a fixed order. */
const ALL_NAMES: readonly string[] = FIRST.flatMap((a) => SECOND.filter((b) => b !== a).map((b) => `${a} ${b}`));

/** Hands out distinct place names in a seeded order. */
export class PlaceNames {
  private readonly pool: string[];
  private next = 0;

  constructor(rng: Rng) {
    this.pool = shuffled(rng, ALL_NAMES);
  }

  /** A name not handed out before. */
  take(): string {
    const name = this.pool[this.next++];
    if (name === undefined) throw new Error('out of sample place names');
    return name;
  }

  /** An island name (fixed per province number, so it never clashes with the two-syllable pool). */
  static island(index: number): string {
    return ISLANDS[index % ISLANDS.length] as string;
  }
}
