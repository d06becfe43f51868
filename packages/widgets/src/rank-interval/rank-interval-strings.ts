import type { Locale } from '../shared/locale.js';

/**
 * The rank interval's own words, Vietnamese first; the words it shares with the table (rank, unit,
 * loading) are in STRINGS. Apart from STRINGS so that every page's script does not carry them.
 *
 * @example RANK_INTERVAL_STRINGS.vi.intervalText('5', '3', '9') // → 'hạng 5, có thể từ 3 đến 9'
 */
export const RANK_INTERVAL_STRINGS = {
  vi: {
    intervalCaption: 'Hạng và khoảng hạng có thể có',
    intervalColumn: 'Khoảng hạng (90%)',
    intervalText: (rank: string, low: string, high: string) => `hạng ${rank}, có thể từ ${low} đến ${high}`,
    intervalLegend: (runs: number) =>
      `Chấm lại ${runs} lần với các giả định khác nhau; thanh là khoảng chứa 90% số hạng, vạch đậm là hạng chính thức, vạch sáng là trung vị.`,
    leftOut: (runs: number) =>
      `Không tính ${runs} lần chấm khác: trong mỗi lần đó, phần lớn các đơn vị đồng hạng (như khi trung bình nhân gặp một điểm 0).`,
  },
  en: {
    intervalCaption: 'Rank and plausible range',
    intervalColumn: 'Rank range (90%)',
    intervalText: (rank: string, low: string, high: string) => `rank ${rank}, plausibly ${low} to ${high}`,
    intervalLegend: (runs: number) =>
      `Scored ${runs} times under different assumptions; the bar holds 90% of the ranks, the dark mark is the official rank, the light one the median.`,
    leftOut: (runs: number) =>
      `${runs} other runs are left out: in each, most units tied at one rank (as when a geometric mean meets a score of 0).`,
  },
} as const satisfies Record<Locale, unknown>;
