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
    noData: 'Chưa có số liệu',
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
    tiedRank: (rank: number) => `đồng hạng ${rankText(rank, 'vi')}`,
    nationalRank: 'Hạng toàn quốc',
    group: 'Nhóm',
    groupRank: 'Hạng trong nhóm',
    groupNationalRank: 'Hạng toàn quốc trong nhóm',
    groupNote: (parent: string) => `Hạng trong nhóm: so với các đơn vị cùng nhóm${parent && ` thuộc ${parent}`}.`,
    unknownParent: (name: string, known: string) =>
      `Không có đơn vị cấp trên “${name}” trong số liệu${known && `; các đơn vị cấp trên có: ${known}`}.`,
    nestedBlock: 'Khối <script type="application/json"> phải là con trực tiếp của <dti-league-table>.',
    tieLegend: '“=”: đồng hạng, các đơn vị có cùng điểm công bố xếp cùng hạng.',
    whatIfBanner: 'Kết quả giả định — không phải kết quả chính thức',
    whatIfChange: 'So với chính thức',
    coverage: 'Độ phủ số liệu',
    rankingWarning: 'Lưu ý khi đọc bảng xếp hạng:',
    partialRanked: (n: number) =>
      `${count(n, 'vi')} đơn vị được xếp hạng khi chưa đủ số liệu (đánh dấu ◐; di chuột hoặc chọn dấu để xem chi tiết).`,
    otherWarnings: (n: number) => `${n} cảnh báo khác về số liệu`,
    more: (n: number) => `… và ${count(n, 'vi')} mục khác`,
    partialMark: 'Chưa đủ số liệu',
    partialExplain: (percent: string, imputed: number) =>
      `Điểm tính trên số liệu chưa đủ: đã báo cáo ${percent} chỉ số${imputed > 0 ? `, ${imputed} chỉ số được ước tính` : ''}.`,
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
    noData: 'No data',
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
    // "tied 2.5th" is no English: a fractional tie is said as its number.
    tiedRank: (rank: number) => (Number.isInteger(rank) ? `tied ${ordinal(rank)}` : `tied at ${rankText(rank, 'en')}`),
    nationalRank: 'National rank',
    group: 'Group',
    groupRank: 'Rank in group',
    groupNationalRank: 'National rank in group',
    groupNote: (parent: string) => `Rank in group: among the units of the same group${parent && ` in ${parent}`}.`,
    unknownParent: (name: string, known: string) =>
      `No parent “${name}” in the data${known && `; its parents: ${known}`}.`,
    nestedBlock: '<script type="application/json"> must be a direct child of <dti-league-table>.',
    tieLegend: '“=”: tied, units with the same published score share a rank.',
    whatIfBanner: 'Hypothetical results — not the official results',
    whatIfChange: 'Against official',
    coverage: 'Data coverage',
    rankingWarning: 'Read this ranking with care:',
    partialRanked: (n: number) =>
      `${count(n, 'en')} unit${n === 1 ? ' is' : 's are'} ranked on partial data (marked ◐; hover or focus the mark for details).`,
    otherWarnings: (n: number) => `${n} other data warning${n === 1 ? '' : 's'}`,
    more: (n: number) => `… and ${count(n, 'en')} more`,
    partialMark: 'Partial data',
    partialExplain: (percent: string, imputed: number) =>
      `Scored on partial data: ${percent} of indicators reported${imputed > 0 ? `, ${imputed} estimated` : ''}.`,
  },
} as const;

/** The strings of one language. */
export type Strings = (typeof STRINGS)[Locale];

export { type Locale, localeOf, numberFormat } from './locale.js';
