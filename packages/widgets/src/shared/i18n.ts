import { GAUGE_STRINGS } from '../gauge/gauge-strings.js';
import { count, type Locale, rankText } from './locale.js';

const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
let ordinalRules: Intl.PluralRules | undefined;

/** An English ordinal: 1st, 2nd, 3rd, 11th, 22nd. */
function ordinal(n: number): string {
  ordinalRules ??= new Intl.PluralRules('en-GB', { type: 'ordinal' });
  return `${n}${ORDINAL_SUFFIX[ordinalRules.select(n)] ?? 'th'}`;
}

/** UI strings, Vietnamese first. Vietnamese has one plural form; English plurals are spelled out. */
export const STRINGS = {
  vi: {
    ...GAUGE_STRINGS.vi,
    rank: 'Hạng',
    unit: 'Đơn vị',
    change: 'Thay đổi',
    tier: 'Xếp loại',
    search: 'Tìm đơn vị',
    searchPlaceholder: 'Tìm theo tên, không cần dấu',
    allParents: 'Tất cả địa bàn',
    allTiers: 'Tất cả xếp loại',
    parent: 'Địa bàn',
    loading: 'Đang tải số liệu…',
    // noData: the gauge's "Chưa có số liệu" (GAUGE_STRINGS above), one copy on the page.
    empty: 'Không có đơn vị nào phù hợp.',
    error: 'Không hiển thị được bảng xếp hạng',
    exportCsv: 'Tải CSV',
    previousPage: 'Trang trước',
    nextPage: 'Trang sau',
    page: (p: number, n: number) => `Trang ${p}/${n}`,
    showing: (shown: number, total: number) => `${count(shown, 'vi')} trên ${count(total, 'vi')} đơn vị`,
    sortedBy: (col: string, asc: boolean) => `Đã sắp xếp theo ${col}, ${asc ? 'tăng dần' : 'giảm dần'}`,
    up: (n: number) => `tăng ${n} bậc`,
    down: (n: number) => `giảm ${n} bậc`,
    same: 'giữ nguyên hạng',
    isNew: 'mới',
    unscored: 'chưa đủ dữ liệu',
    notRanked: 'không xếp hạng',
    notPublished: 'không có trong số liệu công bố',
    tiedRank: (rank: number) => `đồng hạng ${rankText(rank, 'vi')}`,
    nationalRank: 'Hạng toàn quốc',
    tieLegend: '“=”: đồng hạng, các đơn vị có cùng điểm công bố xếp cùng hạng.',
    whatIfBanner: 'Kết quả giả định — không phải kết quả chính thức',
    whatIfChange: 'So với chính thức',
    coverage: 'Độ phủ số liệu',
  },
  en: {
    ...GAUGE_STRINGS.en,
    rank: 'Rank',
    unit: 'Unit',
    change: 'Change',
    tier: 'Tier',
    search: 'Search units',
    searchPlaceholder: 'Search by name, accents optional',
    allParents: 'All areas',
    allTiers: 'All tiers',
    parent: 'Area',
    loading: 'Loading data…',
    empty: 'No unit matches.',
    error: 'The ranking cannot be shown',
    exportCsv: 'Download CSV',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    page: (p: number, n: number) => `Page ${p} of ${n}`,
    showing: (shown: number, total: number) =>
      `${count(shown, 'en')} of ${count(total, 'en')} unit${total === 1 ? '' : 's'}`,
    sortedBy: (col: string, asc: boolean) => `Sorted by ${col}, ${asc ? 'ascending' : 'descending'}`,
    up: (n: number) => `up ${n} place${n === 1 ? '' : 's'}`,
    down: (n: number) => `down ${n} place${n === 1 ? '' : 's'}`,
    same: 'same rank',
    isNew: 'new',
    unscored: 'too little data',
    notRanked: 'not ranked',
    notPublished: 'not in the published data',
    // "tied 2.5th" is no English: a fractional tie is said as its number.
    tiedRank: (rank: number) => (Number.isInteger(rank) ? `tied ${ordinal(rank)}` : `tied at ${rankText(rank, 'en')}`),
    nationalRank: 'National rank',
    tieLegend: '“=”: tied, units with the same published score share a rank.',
    whatIfBanner: 'Hypothetical results — not the official results',
    whatIfChange: 'Against official',
    coverage: 'Data coverage',
  },
} as const;

/** The strings of one language. */
export type Strings = (typeof STRINGS)[Locale];

export { type Locale, localeOf, numberFormat } from './locale.js';
