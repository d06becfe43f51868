import { count, type Locale } from '../shared/locale.js';

/**
 * What the league table says only when something is off or its data has more to it: warnings above the
 * table, the mark of a unit scored on partial data, a parent the data lacks, a pasted block in the wrong
 * place, the columns and the note of peer groups. Vietnamese first. They load with the table's notices
 * (notices.ts), not with every page.
 *
 * @example NOTICE_STRINGS.vi.more(1200) // '… và 1.200 mục khác'
 */
export const NOTICE_STRINGS = {
  vi: {
    unknownParent: (name: string, known: string) =>
      `Không có đơn vị cấp trên “${name}” trong số liệu${known && `; các đơn vị cấp trên có: ${known}`}.`,
    nestedBlock: 'Khối <script type="application/json"> phải là con trực tiếp của <dti-league-table>.',
    rankingWarning: 'Lưu ý khi đọc bảng xếp hạng:',
    partialRanked: (n: number) =>
      `${count(n, 'vi')} đơn vị được xếp hạng khi chưa đủ số liệu (đánh dấu ◐; di chuột hoặc chọn dấu để xem chi tiết).`,
    otherWarnings: (n: number) => `${n} cảnh báo khác về số liệu`,
    more: (n: number) => `… và ${count(n, 'vi')} mục khác`,
    group: 'Nhóm',
    groupRank: 'Hạng trong nhóm',
    groupNationalRank: 'Hạng toàn quốc trong nhóm',
    groupNote: (parent: string) => `Hạng trong nhóm: so với các đơn vị cùng nhóm${parent && ` thuộc ${parent}`}.`,
    partialMark: 'Chưa đủ số liệu',
    partialExplain: (percent: string, imputed: number) =>
      `Điểm tính trên số liệu chưa đủ: đã báo cáo ${percent} chỉ số${imputed > 0 ? `, ${imputed} chỉ số được ước tính` : ''}.`,
  },
  en: {
    unknownParent: (name: string, known: string) =>
      `No parent “${name}” in the data${known && `; its parents: ${known}`}.`,
    nestedBlock: '<script type="application/json"> must be a direct child of <dti-league-table>.',
    rankingWarning: 'Read this ranking with care:',
    partialRanked: (n: number) =>
      `${count(n, 'en')} unit${n === 1 ? ' is' : 's are'} ranked on partial data (marked ◐; hover or focus the mark for details).`,
    otherWarnings: (n: number) => `${n} other data warning${n === 1 ? '' : 's'}`,
    more: (n: number) => `… and ${count(n, 'en')} more`,
    group: 'Group',
    groupRank: 'Rank in group',
    groupNationalRank: 'National rank in group',
    groupNote: (parent: string) => `Rank in group: among the units of the same group${parent && ` in ${parent}`}.`,
    partialMark: 'Partial data',
    partialExplain: (percent: string, imputed: number) =>
      `Scored on partial data: ${percent} of indicators reported${imputed > 0 ? `, ${imputed} estimated` : ''}.`,
  },
} as const satisfies Record<Locale, unknown>;

/** The notices' words in one language. */
export type NoticeStrings = (typeof NOTICE_STRINGS)[Locale];
