// The scorecard's own strings, apart from the shared ones so its lazy bundle carries only these.
import type { Locale } from '../shared/locale.js';

const counts: Partial<Record<Locale, Intl.NumberFormat>> = {};
/** A count as the language writes it: 3.321 in Vietnamese, 3,321 in English. */
export function count(n: number, locale: Locale): string {
  counts[locale] ??= new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB');
  return counts[locale].format(n);
}

/** What `<dti-scorecard>` says, Vietnamese first. */
export const SCORECARD_STRINGS = {
  vi: {
    score: 'Điểm',
    tier: 'Xếp loại',
    noTier: 'chưa xếp loại',
    rankIn: (parent: string) => `Hạng trong ${parent}`,
    rankOverall: 'Hạng chung',
    // Without a known field the rank stands alone: "2", never "2/31" from a guessed field.
    rankOf: (r: string, n?: string) => (n ? `${r}/${n}` : r),
    change: 'So với kỳ trước',
    up: (n: number) => `lên ${n} bậc`,
    down: (n: number) => `xuống ${n} bậc`,
    same: 'giữ nguyên hạng',
    isNew: 'mới xếp hạng',
    points: (v: string) => `${v} điểm`,
    targets: 'Chỉ tiêu đạt',
    targetsMet: (met: string, set: string) => `${met}/${set} chỉ tiêu đạt`,
    coverage: 'Mức đầy đủ số liệu',
    imputed: (n: string) => `${n} chỉ số không báo cáo, được gán giá trị`,
    pillars: 'Trụ cột',
    pillar: 'Trụ cột',
    value: 'Giá trị',
    benchmark: { mean: 'Trung bình chung', 'parent-mean': 'Trung bình địa bàn', best: 'Cao nhất' },
    lost: 'Mất nhiều điểm nhất',
    lostLine: (name: string, points: string) => `${name}: mất ${points} điểm`,
    notReported: 'chưa báo cáo',
    belowMax: 'chưa đạt tối đa',
    noLost: 'Không mất điểm ở chỉ số nào.',
    noIndicators: 'Bảng điểm không liệt kê các chỉ số thành phần.',
    unranked: 'không xếp hạng',
    unscored: 'chưa đủ dữ liệu để chấm điểm',
    distribution: 'Phân bố xếp loại',
    untiered: 'chưa xếp loại',
    unitsCount: (n: string) => `${n} đơn vị`,
    allUnits: 'Tất cả đơn vị',
    chooseUnit: 'Chọn một đơn vị trong bảng để xem chi tiết.',
    whatIf: 'Kết quả giả định — không phải kết quả chính thức',
    loading: 'Đang tải số liệu…',
    noData: 'Chưa có số liệu',
    error: 'Không hiển thị được hồ sơ đơn vị',
    noUnit: (id: string, hint: string) =>
      `Không có đơn vị hay địa bàn “${id}” trong bảng điểm${hint && `; ví dụ: ${hint}`}.`,
    noParent: (name: string, hint: string) =>
      `Không có địa bàn “${name}” trong bảng điểm${hint && `; các địa bàn có: ${hint}`}.`,
    badBenchmark: (v: string) => `Thuộc tính benchmark="${v}" không hợp lệ: chọn mean, parent-mean hoặc best.`,
    nestedBlock: 'Khối <script type="application/json"> phải là con trực tiếp của <dti-scorecard>.',
    notTable: 'không phải bảng điểm (cần một đối tượng JSON dạng dti-score-table)',
    summary: (s: { name: string; value: string; tier: string; ranks: string; change: string; targets: string }) =>
      `${s.name}: ${s.value}${s.tier && `, xếp loại ${s.tier}`}${s.ranks && `, ${s.ranks}`}${s.change && `, ${s.change} so với kỳ trước`}${s.targets && `, ${s.targets}`}.`,
    rankPhrase: (r: string, n: string | undefined, where: string) => `hạng ${r}${n ? `/${n}` : ''} ${where}`,
    inParent: (p: string) => `trong ${p}`,
    overall: 'chung',
    groupSummary: (name: string, total: string, text: string) => `${name}: ${total}; ${text}.`,
  },
  en: {
    score: 'Score',
    tier: 'Tier',
    noTier: 'no tier',
    rankIn: (parent: string) => `Rank in ${parent}`,
    rankOverall: 'Overall rank',
    rankOf: (r: string, n?: string) => (n ? `${r}/${n}` : r),
    change: 'Since the previous period',
    up: (n: number) => `up ${n} ${n === 1 ? 'place' : 'places'}`,
    down: (n: number) => `down ${n} ${n === 1 ? 'place' : 'places'}`,
    same: 'same rank',
    isNew: 'newly ranked',
    points: (v: string) => `${v} points`,
    targets: 'Targets met',
    targetsMet: (met: string, set: string) => `${met} of ${set} targets met`,
    coverage: 'Data coverage',
    imputed: (n: string) => `${n} ${n === '1' ? 'indicator' : 'indicators'} not reported, filled in`,
    pillars: 'Pillars',
    pillar: 'Pillar',
    value: 'Value',
    benchmark: { mean: 'Average of all', 'parent-mean': 'Average of the area', best: 'Best' },
    lost: 'Most points lost',
    lostLine: (name: string, points: string) => `${name}: ${points} points lost`,
    notReported: 'not reported',
    belowMax: 'below the maximum',
    noLost: 'No points lost on any indicator.',
    noIndicators: 'The score table does not list the indicators.',
    unranked: 'not ranked',
    unscored: 'not enough data to score',
    distribution: 'Tier distribution',
    untiered: 'no tier',
    unitsCount: (n: string) => `${n} ${n === '1' ? 'unit' : 'units'}`,
    allUnits: 'All units',
    chooseUnit: 'Choose a unit in the table to see its profile.',
    whatIf: 'Hypothetical results — not the official results',
    loading: 'Loading data…',
    noData: 'No data',
    error: 'The unit profile cannot be shown',
    noUnit: (id: string, hint: string) =>
      `No unit or area “${id}” in the score table${hint && `; for example: ${hint}`}.`,
    noParent: (name: string, hint: string) => `No area “${name}” in the score table${hint && `; areas: ${hint}`}.`,
    badBenchmark: (v: string) => `Invalid benchmark="${v}": use mean, parent-mean or best.`,
    nestedBlock: 'The <script type="application/json"> block must be a direct child of <dti-scorecard>.',
    notTable: 'not a score table (expected a JSON object of kind dti-score-table)',
    summary: (s: { name: string; value: string; tier: string; ranks: string; change: string; targets: string }) =>
      `${s.name}: ${s.value}${s.tier && `, tier ${s.tier}`}${s.ranks && `, ${s.ranks}`}${s.change && `, ${s.change} since the previous period`}${s.targets && `, ${s.targets}`}.`,
    rankPhrase: (r: string, n: string | undefined, where: string) => `ranked ${r}${n ? ` of ${n}` : ''} ${where}`,
    inParent: (p: string) => `in ${p}`,
    overall: 'overall',
    groupSummary: (name: string, total: string, text: string) => `${name}: ${total}; ${text}.`,
  },
} as const;

/** The scorecard's strings in one language. */
export type ScorecardStrings = (typeof SCORECARD_STRINGS)[Locale];
