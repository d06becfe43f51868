// The gauge's own strings, apart from the others so the gauge alone (dti-gauge.js) carries only these.
// What it says only about attributes it cannot use is in gauge-problems.ts, loaded when there is one.

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
    noValue: 'Chưa có giá trị.',
    noData: 'Chưa có số liệu',
    outOfScale: (min: string, max: string) => `ngoài thang ${min}–${max}`,
  },
  en: {
    score: 'Score',
    of: 'out of',
    level: 'tier',
    previous: 'previous',
    target: 'target',
    invalidValue: (v: string) => `Invalid value: "${v}" is not a number.`,
    invalidRange: (min: string, max: string) => `Invalid scale: the minimum ${min} must be below the maximum ${max}.`,
    noValue: 'No value yet.',
    noData: 'No data',
    outOfScale: (min: string, max: string) => `outside the scale ${min}–${max}`,
  },
} as const;
