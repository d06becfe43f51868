import { slugify } from '@dti-kit/core/present';

// Tile-grid maps of Vietnam: one equal square per province, placed where it roughly lies (north at the
// top, the S of the country, the Red River delta in the north-east, the Mekong delta in the south-west).
// Columns and rows were placed by hand from the provinces' positions; neighbours on the grid are
// neighbours on the ground wherever a grid allows it.

/** One tile: the province's name as published, its column and row, and other names it is known by. */
export interface Tile {
  /** The unit id the tile expects: core `slugify(name)`. */
  id: string;
  /** The name as published (the merger list of 2025, or the results of 2020–2024). */
  name: string;
  /** Column, 0 at the west. */
  col: number;
  /** Row, 0 at the north. */
  row: number;
  /** The label drawn on the tile, one entry per line. */
  label: readonly string[];
  /** Other names of the same unit, matched like the name (e.g. "Thừa Thiên Huế" for Huế). */
  aliases: readonly string[];
}

/** A built-in layout's name, as the `layout` attribute takes it. */
export type TileLayoutName = 'tiles-34' | 'tiles-63';

type Row = [name: string, col: number, row: number, label?: string, aliases?: string];

function tiles(rows: readonly Row[]): Tile[] {
  return rows.map(([name, col, row, label, aliases]) => ({
    id: slugify(name),
    name,
    col,
    row,
    label: (label ?? defaultLabel(name)).split('|'),
    aliases: aliases ? aliases.split('|') : [],
  }));
}

// Two words on two lines; longer names are given their own label in the rows.
function defaultLabel(name: string): string {
  return name.split(' ').length === 2 ? name.replace(' ', '|') : name;
}

/** The 34 provinces and cities from 1 July 2025 (Resolution 202/2025/QH15). */
export const TILES_34: readonly Tile[] = tiles([
  ['Lai Châu', 1, 0],
  ['Lào Cai', 2, 0],
  ['Tuyên Quang', 3, 0],
  ['Cao Bằng', 4, 0],
  ['Điện Biên', 0, 1],
  ['Sơn La', 1, 1],
  ['Phú Thọ', 2, 1],
  ['Thái Nguyên', 3, 1],
  ['Lạng Sơn', 4, 1],
  ['Hà Nội', 3, 2],
  ['Bắc Ninh', 4, 2],
  ['Quảng Ninh', 5, 2],
  ['Ninh Bình', 3, 3],
  ['Hưng Yên', 4, 3],
  ['Hải Phòng', 5, 3],
  ['Thanh Hóa', 2, 4],
  ['Nghệ An', 2, 5],
  ['Hà Tĩnh', 3, 6],
  ['Quảng Trị', 3, 7],
  ['Huế', 4, 8, 'Huế', 'Thừa Thiên Huế'],
  ['Đà Nẵng', 4, 9],
  ['Quảng Ngãi', 4, 10],
  ['Gia Lai', 4, 11],
  ['Đắk Lắk', 4, 12],
  ['Đồng Nai', 2, 13],
  ['Lâm Đồng', 3, 13],
  ['Khánh Hòa', 4, 13],
  ['Tây Ninh', 1, 14],
  ['TP. Hồ Chí Minh', 2, 14, 'TP.|HCM'],
  ['An Giang', 0, 15],
  ['Đồng Tháp', 1, 15],
  ['Vĩnh Long', 2, 15],
  ['Cà Mau', 0, 16],
  ['Cần Thơ', 1, 16],
]);

/** The 63 provinces and cities before 1 July 2025, as the results of 2020–2024 rank them. */
export const TILES_63: readonly Tile[] = tiles([
  ['Lai Châu', 1, 0],
  ['Lào Cai', 2, 0],
  ['Hà Giang', 3, 0],
  ['Cao Bằng', 4, 0],
  ['Điện Biên', 0, 1],
  ['Sơn La', 1, 1],
  ['Yên Bái', 2, 1],
  ['Tuyên Quang', 3, 1],
  ['Bắc Kạn', 4, 1],
  ['Lạng Sơn', 5, 1],
  ['Hòa Bình', 1, 2],
  ['Phú Thọ', 2, 2],
  ['Vĩnh Phúc', 3, 2],
  ['Thái Nguyên', 4, 2],
  ['Bắc Giang', 5, 2],
  ['Quảng Ninh', 6, 2],
  ['Hà Nội', 3, 3],
  ['Bắc Ninh', 4, 3],
  ['Hải Dương', 5, 3],
  ['Hải Phòng', 6, 3],
  ['Hà Nam', 3, 4],
  ['Hưng Yên', 4, 4],
  ['Thái Bình', 5, 4],
  ['Thanh Hóa', 2, 5],
  ['Ninh Bình', 3, 5],
  ['Nam Định', 4, 5],
  ['Nghệ An', 2, 6],
  ['Hà Tĩnh', 3, 7],
  ['Quảng Bình', 3, 8],
  ['Quảng Trị', 4, 9],
  ['Thừa Thiên Huế', 4, 10, 'Huế', 'Huế'],
  ['Đà Nẵng', 5, 11],
  ['Quảng Nam', 4, 12],
  ['Quảng Ngãi', 5, 12],
  ['Kon Tum', 3, 13],
  ['Gia Lai', 4, 13],
  ['Bình Định', 5, 13],
  ['Đắk Lắk', 4, 14],
  ['Phú Yên', 5, 14],
  ['Bình Phước', 2, 15],
  ['Đắk Nông', 3, 15],
  ['Lâm Đồng', 4, 15],
  ['Khánh Hòa', 5, 15],
  ['Tây Ninh', 1, 16],
  ['Bình Dương', 2, 16],
  ['Đồng Nai', 3, 16],
  ['Bình Thuận', 4, 16],
  ['Ninh Thuận', 5, 16],
  ['Long An', 1, 17],
  ['TP. Hồ Chí Minh', 2, 17, 'TP.|HCM'],
  ['Bà Rịa - Vũng Tàu', 3, 17, 'BR-VT'],
  ['An Giang', 0, 18],
  ['Đồng Tháp', 1, 18],
  ['Tiền Giang', 2, 18],
  ['Bến Tre', 3, 18],
  ['Kiên Giang', 0, 19],
  ['Cần Thơ', 1, 19],
  ['Vĩnh Long', 2, 19],
  ['Trà Vinh', 3, 19],
  ['Hậu Giang', 1, 20],
  ['Sóc Trăng', 2, 20],
  ['Cà Mau', 0, 21],
  ['Bạc Liêu', 1, 21],
]);

/**
 * The tiles of a built-in layout.
 *
 * @example tileLayout('tiles-34').length // → 34
 */
export function tileLayout(name: TileLayoutName): readonly Tile[] {
  return name === 'tiles-63' ? TILES_63 : TILES_34;
}
