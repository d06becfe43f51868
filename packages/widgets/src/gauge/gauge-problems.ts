// What the gauge says only about attributes it cannot use, or a unit it cannot find, which of them it
// says (troubled.ts), and the reading of bands given as an attribute or property (bands.ts): loaded with `import()` (problems-load.ts) when
// there is one, so a gauge that draws its number from a value or a table's tiers never downloads it.
export { checkBands, isColour } from './bands.js';
export { troubledModel, warnCorrected } from './troubled.js';

/** The gauge's sentences about its inputs, Vietnamese first. */
export const GAUGE_PROBLEMS = {
  vi: {
    noUnit: (id: string) => `Không có đơn vị "${id}" trong kết quả.`,
    invalidAttribute: (name: string, value: string, why: string) =>
      `Thuộc tính ${name}="${value}" không hợp lệ: ${why}.`,
    notJson: 'không phải JSON',
    notBandList: 'cần một mảng các mức dạng {"min": số, "label": "…", "color": "#…"}',
    notColour: 'không phải một màu CSS',
    notNumber: 'không phải là số',
    notDigits: 'cần số nguyên từ 0 đến 6',
    noUnitId: 'Thiếu thuộc tính unit-id: chưa biết hiển thị đơn vị nào của bảng điểm.',
    forIgnored: (id: string) =>
      `<dti-gauge> không theo một bảng xếp hạng: for="${id}" bị bỏ qua. Cho gauge src hoặc result cùng unit-id, hoặc dùng <dti-scorecard for="${id}">.`,
    notPublished: (rank: number | null | undefined, among: number) =>
      `Không có trong số liệu công bố${typeof rank === 'number' ? ` (hạng công bố ${String(rank).replace('.', ',')}/${among})` : ''}`,
    thousands: (v: string) =>
      `Giá trị "${v}" không rõ: dấu chấm là phần thập phân hay phân cách hàng nghìn? Viết ${v.replace(/\./g, '')} nếu là số nghìn, hoặc thêm chữ số 0 ở cuối (${v}0) nếu là số thập phân.`,
  },
  en: {
    noUnit: (id: string) => `No unit "${id}" in the result.`,
    invalidAttribute: (name: string, value: string, why: string) => `Invalid ${name}="${value}": ${why}.`,
    notJson: 'not JSON',
    notBandList: 'expected an array of bands like {"min": number, "label": "…", "color": "#…"}',
    notColour: 'not a CSS colour',
    notNumber: 'not a number',
    notDigits: 'expected a whole number from 0 to 6',
    noUnitId: 'unit-id is missing: which unit of the score table to show is not set.',
    forIgnored: (id: string) =>
      `<dti-gauge> does not follow a league table: for="${id}" is ignored. Give the gauge src or result with unit-id, or use <dti-scorecard for="${id}">.`,
    notPublished: (rank: number | null | undefined, among: number) =>
      `Not in the published data${typeof rank === 'number' ? ` (published rank ${rank} of ${among})` : ''}`,
    thousands: (v: string) =>
      `The value "${v}" is unclear: is the dot a decimal point or a thousands separator? Write ${v.replace(/\./g, '')} for thousands, or add a trailing 0 (${v}0) for a decimal.`,
  },
} as const;
