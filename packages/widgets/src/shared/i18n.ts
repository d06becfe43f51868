/** The languages the widgets speak. */
export type Locale = 'vi' | 'en';

/** UI strings, Vietnamese first. Vietnamese has one plural form; English plurals are spelled out. */
export const STRINGS = {
  vi: {
    rank: 'Hạng',
    unit: 'Đơn vị',
    score: 'Điểm',
    change: 'Thay đổi',
    tier: 'Xếp loại',
    search: 'Tìm đơn vị',
    searchPlaceholder: 'Tìm theo tên, không cần dấu',
    allParents: 'Tất cả địa bàn',
    allTiers: 'Tất cả xếp loại',
    parent: 'Địa bàn',
    loading: 'Đang tải số liệu…',
    empty: 'Không có đơn vị nào phù hợp.',
    error: 'Không hiển thị được bảng xếp hạng',
    exportCsv: 'Tải CSV',
    previousPage: 'Trang trước',
    nextPage: 'Trang sau',
    page: (p: number, n: number) => `Trang ${p}/${n}`,
    showing: (shown: number, total: number) => `${shown} trên ${total} đơn vị`,
    sortedBy: (col: string, asc: boolean) => `Đã sắp xếp theo ${col}, ${asc ? 'tăng dần' : 'giảm dần'}`,
    sortBy: (col: string) => `Sắp xếp theo ${col}`,
    up: (n: number) => `tăng ${n} bậc`,
    down: (n: number) => `giảm ${n} bậc`,
    same: 'giữ nguyên hạng',
    isNew: 'mới',
    unscored: 'chưa đủ dữ liệu',
    notRanked: 'không xếp hạng',
    tiedWith: 'đồng hạng',
    of: 'trên',
    level: 'mức',
    previous: 'kỳ trước',
    target: 'mục tiêu',
    tableLabel: 'Bảng xếp hạng',
    invalidValue: (v: string) => `Giá trị không hợp lệ: "${v}" không phải là số.`,
    invalidRange: (min: string, max: string) => `Thang đo không hợp lệ: tối thiểu ${min} phải nhỏ hơn tối đa ${max}.`,
    noUnit: (id: string) => `Không có đơn vị "${id}" trong kết quả.`,
    noValue: 'Chưa có giá trị.',
    intervalCaption: 'Hạng và khoảng hạng có thể có',
    intervalColumn: 'Khoảng hạng (90%)',
    intervalText: (rank: string, low: string, high: string) => `hạng ${rank}, có thể từ ${low} đến ${high}`,
    intervalLegend: (runs: number) =>
      `Chấm lại ${runs} lần với các giả định khác nhau; thanh là khoảng chứa 90% số hạng, vạch đậm là hạng chính thức, vạch sáng là trung vị.`,
    median: 'trung vị',
    coverage: 'Độ phủ số liệu',
    rankingWarning: 'Lưu ý khi đọc bảng xếp hạng:',
    partialRanked: (n: number) =>
      `${n} đơn vị được xếp hạng khi chưa đủ số liệu (đánh dấu ◐ cạnh điểm; di chuột hoặc chọn dấu để xem chi tiết).`,
    otherWarnings: (n: number) => `${n} cảnh báo khác về số liệu`,
    more: (n: number) => `… và ${n} mục khác`,
    partialMark: 'Chưa đủ số liệu',
    partialExplain: (percent: string, imputed: number) =>
      `Điểm tính trên số liệu chưa đủ: đã báo cáo ${percent} chỉ số${imputed > 0 ? `, ${imputed} chỉ số được ước tính` : ''}.`,
    noData: 'Chưa có số liệu',
    outOfScale: (min: string, max: string) => `ngoài thang ${min}–${max}`,
    invalidAttribute: (name: string, value: string, why: string) =>
      `Thuộc tính ${name}="${value}" không hợp lệ: ${why}.`,
    notJson: 'không phải JSON',
    notBandList: 'cần một mảng các mức dạng {"min": số, "label": "…", "color": "#…"}',
    notColour: 'không phải một màu CSS',
  },
  en: {
    rank: 'Rank',
    unit: 'Unit',
    score: 'Score',
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
    showing: (shown: number, total: number) => `${shown} of ${total} unit${total === 1 ? '' : 's'}`,
    sortedBy: (col: string, asc: boolean) => `Sorted by ${col}, ${asc ? 'ascending' : 'descending'}`,
    sortBy: (col: string) => `Sort by ${col}`,
    up: (n: number) => `up ${n} place${n === 1 ? '' : 's'}`,
    down: (n: number) => `down ${n} place${n === 1 ? '' : 's'}`,
    same: 'same rank',
    isNew: 'new',
    unscored: 'too little data',
    notRanked: 'not ranked',
    tiedWith: 'tied',
    of: 'out of',
    level: 'tier',
    previous: 'previous',
    target: 'target',
    tableLabel: 'League table',
    invalidValue: (v: string) => `Invalid value: "${v}" is not a number.`,
    invalidRange: (min: string, max: string) => `Invalid scale: the minimum ${min} must be below the maximum ${max}.`,
    noUnit: (id: string) => `No unit "${id}" in the result.`,
    noValue: 'No value yet.',
    intervalCaption: 'Rank and plausible range',
    intervalColumn: 'Rank range (90%)',
    intervalText: (rank: string, low: string, high: string) => `rank ${rank}, plausibly ${low} to ${high}`,
    intervalLegend: (runs: number) =>
      `Scored ${runs} times under different assumptions; the bar holds 90% of the ranks, the dark mark is the official rank, the light one the median.`,
    median: 'median',
    coverage: 'Data coverage',
    rankingWarning: 'Read this ranking with care:',
    partialRanked: (n: number) =>
      `${n} unit${n === 1 ? ' is' : 's are'} ranked on partial data (marked ◐ next to the score; hover or focus the mark for details).`,
    otherWarnings: (n: number) => `${n} other data warning${n === 1 ? '' : 's'}`,
    more: (n: number) => `… and ${n} more`,
    partialMark: 'Partial data',
    partialExplain: (percent: string, imputed: number) =>
      `Scored on partial data: ${percent} of indicators reported${imputed > 0 ? `, ${imputed} estimated` : ''}.`,
    noData: 'No data',
    outOfScale: (min: string, max: string) => `outside the scale ${min}–${max}`,
    invalidAttribute: (name: string, value: string, why: string) => `Invalid ${name}="${value}": ${why}.`,
    notJson: 'not JSON',
    notBandList: 'expected an array of bands like {"min": number, "label": "…", "color": "#…"}',
    notColour: 'not a CSS colour',
  },
} as const;

/** The strings of one language. */
export type Strings = (typeof STRINGS)[Locale];

/**
 * The widget's language: its own `lang`/`locale`, else the nearest `lang` of the page, else Vietnamese.
 *
 * @example localeOf(el) // 'vi' on a page with <html lang="vi">
 */
export function localeOf(element: Element, explicit?: string | null): Locale {
  const lang = (explicit || element.closest('[lang]')?.getAttribute('lang') || 'vi').toLowerCase();
  return lang.startsWith('en') ? 'en' : 'vi';
}

/** Number formatting per locale: `vi-VN` gives "0,6961" and "2.528". */
export function numberFormat(locale: Locale, digits?: number): Intl.NumberFormat {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: digits ?? 0,
    maximumFractionDigits: digits ?? 2,
  });
}
