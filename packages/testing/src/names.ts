// Vietnamese place names for fixtures: generated commune names (with diacritics, as reports write them)
// and the provinces before and after the merger of 1 July 2025. Generated names are made up; they only
// look like real ones, which is what tests of sorting, search and wrapping need.
import { seededRandom } from '@dti-kit/core/robustness';

/** First syllables of generated commune names, common in real ones. */
export const FIRST_SYLLABLES: readonly string[] = [
  'Tân',
  'Phú',
  'Hòa',
  'Bình',
  'An',
  'Thạnh',
  'Long',
  'Vĩnh',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Hưng',
  'Phước',
  'Đức',
  'Thuận',
  'Quang',
  'Minh',
  'Hồng',
  'Sơn',
  'Kim',
  'Mỹ',
  'Trường',
  'Xuân',
  'Yên',
  'Ngọc',
  'Lạc',
  'Thủy',
  'Cẩm',
  'Đại',
];

/** Second syllables of generated commune names. */
export const SECOND_SYLLABLES: readonly string[] = [
  'Phú',
  'Lợi',
  'Thành',
  'Hòa',
  'Bình',
  'An',
  'Lộc',
  'Hưng',
  'Thịnh',
  'Tiến',
  'Phong',
  'Khánh',
  'Sơn',
  'Hải',
  'Điền',
  'Trung',
  'Mỹ',
  'Thạch',
  'Lâm',
  'Xuyên',
  'Phượng',
  'Châu',
  'Giang',
  'Đồng',
  'Tường',
  'Nghĩa',
  'Quý',
  'Hiệp',
  'Hà',
  'Lương',
];

/** One of `xs`, drawn with `random` (0 ≤ random() < 1). */
function pick<T>(random: () => number, xs: readonly T[]): T {
  return xs[Math.floor(random() * xs.length)] as T;
}

/**
 * A made-up commune name: "Xã" (four in five) or "Phường", then two syllables, drawn from `random` in
 * that order (three draws). Names repeat: draw again, or use {@link communeNames}, for distinct ones.
 *
 * @example communeName(seededRandom(1)) // e.g. 'Xã Hưng Thạch'
 */
export function communeName(random: () => number): string {
  const kind = random() < 0.8 ? 'Xã' : 'Phường';
  return `${kind} ${pick(random, FIRST_SYLLABLES)} ${pick(random, SECOND_SYLLABLES)}`;
}

/**
 * `count` distinct made-up commune names, the same for the same `seed`. A drawn name already given comes
 * again with a number ("Xã Tân Phú 2"), so any number of names may be asked for.
 *
 * @example communeNames(3, 7) // three names, the same three on every run
 */
export function communeNames(count: number, seed = 1): string[] {
  const random = seededRandom(seed);
  const times = new Map<string, number>();
  return Array.from({ length: count }, () => {
    const name = communeName(random);
    const n = (times.get(name) ?? 0) + 1;
    times.set(name, n);
    return n === 1 ? name : `${name} ${n}`;
  });
}

/** The 34 provinces from 1 July 2025, as the merger crosswalk names them (names only; values illustrative). */
export const PROVINCES_34: readonly string[] = [
  'Hà Nội',
  'Huế',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Cao Bằng',
  'Tuyên Quang',
  'Lào Cai',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Hải Phòng',
  'Ninh Bình',
  'Quảng Trị',
  'Đà Nẵng',
  'Quảng Ngãi',
  'Gia Lai',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'TP. Hồ Chí Minh',
  'Đồng Nai',
  'Tây Ninh',
  'Cần Thơ',
  'Vĩnh Long',
  'Đồng Tháp',
  'Cà Mau',
  'An Giang',
];

/** The 63 provinces before 1 July 2025 (names only; values illustrative). */
export const PROVINCES_63: readonly string[] = [
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bạc Liêu',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Định',
  'Bình Dương',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cần Thơ',
  'Cao Bằng',
  'Đà Nẵng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Nội',
  'Hà Tĩnh',
  'Hải Dương',
  'Hải Phòng',
  'Hậu Giang',
  'Hòa Bình',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Tiền Giang',
  'TP. Hồ Chí Minh',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
];
