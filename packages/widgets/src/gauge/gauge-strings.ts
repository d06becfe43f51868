// The gauge's own strings, apart from the others so the gauge alone (dti-gauge.js) carries only these.

/** What the gauge says, Vietnamese first. */
export const GAUGE_STRINGS = {
  vi: {
    score: 'Điểm',
    of: 'trên',
    level: 'mức',
    previous: 'kỳ trước',
    target: 'mục tiêu',
    invalidValue: (v: string) => `Giá trị không hợp lệ: "${v}" không phải là số.`,
    invalidRange: (min: string, max: string) => `Thang đo không hợp lệ: tối thiểu ${min} phải nhỏ hơn tối đa ${max}.`,
    noUnit: (id: string) => `Không có đơn vị "${id}" trong kết quả.`,
    noValue: 'Chưa có giá trị.',
    noData: 'Chưa có số liệu',
    outOfScale: (min: string, max: string) => `ngoài thang ${min}–${max}`,
    invalidAttribute: (name: string, value: string, why: string) =>
      `Thuộc tính ${name}="${value}" không hợp lệ: ${why}.`,
    notJson: 'không phải JSON',
    notBandList: 'cần một mảng các mức dạng {"min": số, "label": "…", "color": "#…"}',
    notColour: 'không phải một màu CSS',
    notNumber: 'không phải là số',
    noUnitId: 'Thiếu thuộc tính unit-id: chưa biết hiển thị đơn vị nào của bảng điểm.',
  },
  en: {
    score: 'Score',
    of: 'out of',
    level: 'tier',
    previous: 'previous',
    target: 'target',
    invalidValue: (v: string) => `Invalid value: "${v}" is not a number.`,
    invalidRange: (min: string, max: string) => `Invalid scale: the minimum ${min} must be below the maximum ${max}.`,
    noUnit: (id: string) => `No unit "${id}" in the result.`,
    noValue: 'No value yet.',
    noData: 'No data',
    outOfScale: (min: string, max: string) => `outside the scale ${min}–${max}`,
    invalidAttribute: (name: string, value: string, why: string) => `Invalid ${name}="${value}": ${why}.`,
    notJson: 'not JSON',
    notBandList: 'expected an array of bands like {"min": number, "label": "…", "color": "#…"}',
    notColour: 'not a CSS colour',
    notNumber: 'not a number',
    noUnitId: 'unit-id is missing: which unit of the score table to show is not set.',
  },
} as const;
