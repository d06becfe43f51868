import type { Locale } from '../shared/locale.js';

/** The trend's words, Vietnamese first. */
export const TREND_STRINGS = {
  vi: {
    titleValue: 'Diễn biến chỉ số qua các năm',
    error: 'Không hiển thị được diễn biến',
    titleRank: 'Diễn biến thứ hạng qua các năm',
    axisValue: 'Chỉ số',
    axisRank: 'Hạng',
    period: 'Năm',
    median: 'Trung vị',
    medianLegend: 'Trung vị các đơn vị (dải: khoảng tứ phân vị)',
    medianPartial: (periods: string) => `Không vẽ trung vị cho ${periods}: không đủ số liệu công bố của mọi đơn vị.`,
    notPublished: 'không công bố',
    rank: (rank: string, among: string | null) => (among ? `hạng ${rank}/${among}` : `hạng ${rank}`),
    reRanked: 'hạng tính lại',
    merged: (period: string, name: string, from: string) =>
      `${period}: ${name} gộp từ ${from} (trung bình cộng không trọng số, không phải số công bố)`,
    mergedShort: (from: string) => `gộp từ ${from}`,
    rankSet: (periods: string, among: string) => `${periods} xếp hạng trong ${among} đơn vị`,
    rankSets: (name: string, sets: string) =>
      `${name}: ${sets}. Thứ hạng trong hai tập khác nhau không so sánh được, nên không nối thành một đường.`,
    chooseUnit: 'Chọn một đơn vị để xem diễn biến.',
    noUnit: (id: string) => `Không có đơn vị "${id}" trong chuỗi số liệu.`,
    sparkValue: 'Chỉ số',
    sparkRank: 'Hạng',
  },
  en: {
    titleValue: 'Index over the years',
    error: 'The trend cannot be shown',
    titleRank: 'Rank over the years',
    axisValue: 'Index',
    axisRank: 'Rank',
    period: 'Year',
    median: 'Median',
    medianLegend: 'Median of all units (band: interquartile range)',
    medianPartial: (periods: string) => `No median for ${periods}: not every unit's figure was published.`,
    notPublished: 'not published',
    rank: (rank: string, among: string | null) => (among ? `rank ${rank} of ${among}` : `rank ${rank}`),
    reRanked: 'rank recomputed',
    merged: (period: string, name: string, from: string) =>
      `${period}: ${name} combined from ${from} (unweighted mean, not a published figure)`,
    mergedShort: (from: string) => `combined from ${from}`,
    rankSet: (periods: string, among: string) => `${periods} ranked among ${among} units`,
    rankSets: (name: string, sets: string) =>
      `${name}: ${sets}. Ranks in different sets do not compare, so they are not joined into one line.`,
    chooseUnit: 'Choose a unit to see its trend.',
    noUnit: (id: string) => `No unit "${id}" in the series.`,
    sparkValue: 'Index',
    sparkRank: 'Rank',
  },
} satisfies Record<Locale, Record<string, unknown>>;

/** The trend's words in one language. */
export type TrendStrings = (typeof TREND_STRINGS)[Locale];
