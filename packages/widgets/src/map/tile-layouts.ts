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

// The layouts are packed as text, about 0.15 KB gzip less than arrays of tuples (issue 11): one line
// per grid row, north first; on a line, tiles west to east separated by `;`, each its column (one
// digit) and its name, then optionally `/` and its label (lines separated by `|`) and `/` and its
// aliases (separated by `|`).
function tiles(packed: string): Tile[] {
  return packed.split('\n').flatMap((line, row) =>
    line.split(';').map((tile) => {
      const [name = '', label, aliases] = tile.slice(1).split('/');
      return {
        id: slugify(name),
        name,
        col: Number(tile[0]),
        row,
        label: (label ?? defaultLabel(name)).split('|'),
        aliases: aliases ? aliases.split('|') : [],
      };
    }),
  );
}

// Two words on two lines; longer names are given their own label in the rows.
function defaultLabel(name: string): string {
  return name.split(' ').length === 2 ? name.replace(' ', '|') : name;
}

/** The 34 provinces and cities from 1 July 2025 (Resolution 202/2025/QH15). */
export const TILES_34: readonly Tile[] = tiles(`1Lai Châu;2Lào Cai;3Tuyên Quang;4Cao Bằng
0Điện Biên;1Sơn La;2Phú Thọ;3Thái Nguyên;4Lạng Sơn
3Hà Nội;4Bắc Ninh;5Quảng Ninh
3Ninh Bình;4Hưng Yên;5Hải Phòng
2Thanh Hóa
2Nghệ An
3Hà Tĩnh
3Quảng Trị
4Huế/Huế/Thừa Thiên Huế
4Đà Nẵng
4Quảng Ngãi
4Gia Lai
4Đắk Lắk
2Đồng Nai;3Lâm Đồng;4Khánh Hòa
1Tây Ninh;2TP. Hồ Chí Minh/TP.|HCM
0An Giang;1Đồng Tháp;2Vĩnh Long
0Cà Mau;1Cần Thơ`);

/** The 63 provinces and cities before 1 July 2025, as the results of 2020–2024 rank them. */
export const TILES_63: readonly Tile[] = tiles(`1Lai Châu;2Lào Cai;3Hà Giang;4Cao Bằng
0Điện Biên;1Sơn La;2Yên Bái;3Tuyên Quang;4Bắc Kạn;5Lạng Sơn
1Hòa Bình;2Phú Thọ;3Vĩnh Phúc;4Thái Nguyên;5Bắc Giang;6Quảng Ninh
3Hà Nội;4Bắc Ninh;5Hải Dương;6Hải Phòng
3Hà Nam;4Hưng Yên;5Thái Bình
2Thanh Hóa;3Ninh Bình;4Nam Định
2Nghệ An
3Hà Tĩnh
3Quảng Bình
4Quảng Trị
4Thừa Thiên Huế/Huế/Huế
5Đà Nẵng
4Quảng Nam;5Quảng Ngãi
3Kon Tum;4Gia Lai;5Bình Định
4Đắk Lắk;5Phú Yên
2Bình Phước;3Đắk Nông;4Lâm Đồng;5Khánh Hòa
1Tây Ninh;2Bình Dương;3Đồng Nai;4Bình Thuận;5Ninh Thuận
1Long An;2TP. Hồ Chí Minh/TP.|HCM;3Bà Rịa - Vũng Tàu/BR-VT
0An Giang;1Đồng Tháp;2Tiền Giang;3Bến Tre
0Kiên Giang;1Cần Thơ;2Vĩnh Long;3Trà Vinh
1Hậu Giang;2Sóc Trăng
0Cà Mau;1Bạc Liêu`);

/**
 * The tiles of a built-in layout.
 *
 * @example tileLayout('tiles-34').length // → 34
 */
export function tileLayout(name: TileLayoutName): readonly Tile[] {
  return name === 'tiles-63' ? TILES_63 : TILES_34;
}
