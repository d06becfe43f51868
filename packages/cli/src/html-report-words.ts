import type { PresetStatus } from '@dti-kit/core';

/** Counts of units by status, for the report's summary line. */
export interface UnitCounts {
  total: number;
  ranked: number;
  partial: number;
  unscored: number;
  notRanked: number;
}

// Counts as each language writes them: 3.321 in Vietnamese, 3,321 in English.
const vi = new Intl.NumberFormat('vi-VN').format;
const en = new Intl.NumberFormat('en-GB').format;

const viCounts = (c: UnitCounts) =>
  [
    `${vi(c.total)} đơn vị`,
    `${vi(c.ranked)} được xếp hạng${c.partial > 0 ? ` (${vi(c.partial)} khi chưa đủ số liệu, đánh dấu *)` : ''}`,
    ...(c.unscored > 0 ? [`${vi(c.unscored)} chưa đủ dữ liệu để chấm điểm`] : []),
    ...(c.notRanked > 0 ? [`${vi(c.notRanked)} được chấm điểm nhưng không xếp hạng`] : []),
  ].join(', ');

const enCounts = (c: UnitCounts) =>
  [
    `${en(c.total)} unit${c.total === 1 ? '' : 's'}`,
    `${en(c.ranked)} ranked${c.partial > 0 ? ` (${en(c.partial)} on partial data, marked *)` : ''}`,
    ...(c.unscored > 0 ? [`${en(c.unscored)} with too little data to score`] : []),
    ...(c.notRanked > 0 ? [`${en(c.notRanked)} scored but not ranked`] : []),
  ].join(', ');

/** The words of the HTML report, Vietnamese first. */
export const REPORT_WORDS = {
  vi: {
    kicker: 'Kết quả đánh giá chuyển đổi số',
    facts: 'Thông tin về báo cáo',
    period: 'Kỳ đánh giá',
    noPeriod: 'không ghi trong tệp số liệu (ghi bằng --period)',
    framework: 'Bộ chỉ số',
    frameworkId: (id: string, version: string) => `mã ${id}, phiên bản ${version}`,
    basis: 'Căn cứ',
    source: 'Tệp số liệu',
    sheet: (name: string) => `trang tính "${name}"`,
    bytes: (n: string) => `${n} byte`,
    generated: 'Thời điểm lập',
    tool: 'Công cụ',
    toolName: (v: string) => `DTI Kit, lệnh dti ${v}`,
    counts: viCounts,
    tiers: 'Xếp loại theo điểm',
    tierFrom: (x: string) => `từ ${x} trở lên`,
    tierBetween: (x: string, y: string) => `từ ${x} đến dưới ${y}`,
    tierBelow: (y: string) => `dưới ${y}`,
    caption: (period: string | undefined) => (period ? `Bảng xếp hạng kỳ ${period}` : 'Bảng xếp hạng'),
    tableRegion: 'Bảng xếp hạng, cuộn ngang nếu cần',
    listed: (shown: number, total: number) =>
      `Trang này liệt kê ${vi(shown)} đơn vị đầu tiên theo thứ hạng trong tổng số ${vi(total)}; ${vi(total - shown)} đơn vị còn lại không có ở đây để trang mở được trên máy tính và điện thoại.`,
    fullTable: (csv: string, json: string) => `Bảng đầy đủ của mọi đơn vị: lệnh dti score với ${csv} hoặc ${json}.`,
    tied: 'đồng hạng',
    peerGroup: 'nhóm',
    notes: 'Ghi chú',
    scale: (min: string, max: string, digits: number | undefined, tiers: boolean) =>
      `Điểm trên thang từ ${min} đến ${max}${digits === undefined ? '' : `, làm tròn ${digits} chữ số thập phân`}; thanh ngang cạnh điểm thể hiện điểm trên thang${tiers ? ', tô màu theo xếp loại' : ''}.`,
    peerGroups: 'Hạng được tính trong từng nhóm đơn vị cùng loại (ghi dưới tên đơn vị).',
    dataNotes: 'Lưu ý khi đọc số liệu',
    dataNotesLead:
      'Khi đọc bộ chỉ số và tệp số liệu có các cảnh báo sau; điểm trên đây đã được tính như mô tả trong từng cảnh báo.',
    preset: {
      'main-indices':
        'Bộ chỉ số có sẵn của DTI Kit: chấm điểm từ các chỉ số chính đã công bố, vì các chỉ số thành phần chưa được công bố.',
      unverified:
        'Bộ chỉ số có sẵn của DTI Kit: các nhóm chỉ số theo văn bản chính thức; điểm và ngưỡng của từng chỉ số lấy từ nguồn khác, chưa được đối chiếu với văn bản.',
      template:
        'Bộ chỉ số mẫu của DTI Kit để tham khảo và tự đánh giá, không phải bộ chỉ số được cơ quan có thẩm quyền ban hành.',
      gap: 'Bộ chỉ số chưa có trong DTI Kit.',
    } satisfies Record<PresetStatus, string>,
    footer: 'Trang này không chứa mã chạy và không tải gì từ bên ngoài; có thể lưu, gửi kèm hoặc in ra khổ A4.',
  },
  en: {
    kicker: 'Digital transformation assessment results',
    facts: 'About this report',
    period: 'Period',
    noPeriod: 'not stated in the data file (state it with --period)',
    framework: 'Framework',
    frameworkId: (id: string, version: string) => `id ${id}, version ${version}`,
    basis: 'Legal basis',
    source: 'Data file',
    sheet: (name: string) => `sheet "${name}"`,
    bytes: (n: string) => `${n} bytes`,
    generated: 'Generated',
    tool: 'Tool',
    toolName: (v: string) => `DTI Kit, dti command ${v}`,
    counts: enCounts,
    tiers: 'Tiers by score',
    tierFrom: (x: string) => `${x} and above`,
    tierBetween: (x: string, y: string) => `from ${x} to under ${y}`,
    tierBelow: (y: string) => `below ${y}`,
    caption: (period: string | undefined) => (period ? `League table, period ${period}` : 'League table'),
    tableRegion: 'League table, scrolls sideways if needed',
    listed: (shown: number, total: number) =>
      `This page lists the first ${en(shown)} of ${en(total)} units by rank; ${total - shown === 1 ? 'the other one is' : `the other ${en(total - shown)} are`} left out so that the page opens on computers and phones.`,
    fullTable: (csv: string, json: string) => `The full table of every unit: dti score with ${csv} or ${json}.`,
    tied: 'tied',
    peerGroup: 'group',
    notes: 'Notes',
    scale: (min: string, max: string, digits: number | undefined, tiers: boolean) =>
      `Scores on a scale from ${min} to ${max}${digits === undefined ? '' : `, rounded to ${digits} decimal place${digits === 1 ? '' : 's'}`}; the bar beside a score shows it on that scale${tiers ? ', coloured by tier' : ''}.`,
    peerGroups: 'Ranks are counted within each group of similar units (named under the unit).',
    dataNotes: 'Reading the data',
    dataNotesLead:
      'Reading the framework and the data file gave these warnings; the scores above were computed as each warning says.',
    preset: {
      'main-indices':
        'A DTI Kit preset scored from the published main indices, as the component indicators are not public.',
      unverified:
        'A DTI Kit preset: the groups follow the official text; indicator points and thresholds come from other sources and are not verified against it.',
      template: 'A DTI Kit template for reference and self-assessment, not a framework issued by an authority.',
      gap: 'A framework DTI Kit has no preset for.',
    } satisfies Record<PresetStatus, string>,
    footer: 'This page runs no code and loads nothing from elsewhere; it can be saved, attached or printed on A4.',
  },
};
