// The weights element's own strings, apart from the shared ones so its lazy bundle carries only these.
import type { Locale } from '../shared/locale.js';

/** What `<dti-weights>` says, Vietnamese first. */
export const WEIGHTS_STRINGS = {
  vi: {
    title: 'Thử thay đổi trọng số',
    official: 'Đang hiển thị kết quả chính thức.',
    normalised: 'Tổng trọng số được chuẩn hoá về 100%',
    total: (v: string) => `Tổng: ${v}`,
    share: (w: string, s: string) => `${w} (${s})`,
    officialWeight: (s: string) => `chính thức ${s}`,
    reset: 'Về trọng số chính thức',
    allZero: 'Mọi trọng số bằng 0: không xếp hạng được. Hãy tăng ít nhất một trọng số.',
    unitRank: (name: string, before: number, after: number) =>
      after < before
        ? `${name} lên hạng ${after}`
        : after > before
          ? `${name} xuống hạng ${after}`
          : `${name} giữ hạng ${after}`,
    moved: (n: string, top: string) => `${n} đơn vị đổi hạng; đứng đầu: ${top}`,
    noValue: (n: string) => `${n} đơn vị thiếu giá trị trụ cột nên không có hạng giả định.`,
    notLinked: (id: string) => `Không tìm thấy bảng xếp hạng id="${id}" trên trang để thử trọng số.`,
    noFor: 'Thiếu thuộc tính for: cần id của một <dti-league-table> trên trang.',
    waiting: 'Đang chờ số liệu của bảng xếp hạng…',
    error: 'Không thử được trọng số',
    problem: {
      'no-groups': 'bảng điểm không có trụ cột nào (nhóm có điểm ngay dưới chỉ số).',
      'unknown-group': (id: string, known: string) => `bảng điểm không có nhóm “${id}”; các nhóm có: ${known}.`,
      'mixed-parents': (ids: string) => `các nhóm ${ids} không cùng một nhóm cha, không thể so trọng số với nhau.`,
      'unlisted-children': (parent: string, listed: string, points: string) =>
        `các nhóm con mà bảng điểm liệt kê dưới “${parent}” chỉ có ${listed} trên ${points} điểm; cần bảng điểm liệt kê đủ.`,
    },
  },
  en: {
    title: 'Try other weights',
    official: 'Showing the official results.',
    normalised: 'The weights are re-normalised to a total of 100%',
    total: (v: string) => `Total: ${v}`,
    share: (w: string, s: string) => `${w} (${s})`,
    officialWeight: (s: string) => `official ${s}`,
    reset: 'Back to the official weights',
    allZero: 'Every weight is 0: nothing can be ranked. Raise at least one weight.',
    unitRank: (name: string, before: number, after: number) =>
      after < before
        ? `${name} moves up to rank ${after}`
        : after > before
          ? `${name} moves down to rank ${after}`
          : `${name} stays at rank ${after}`,
    moved: (n: string, top: string) => `${n} units change rank; first: ${top}`,
    noValue: (n: string) => `${n} units lack a pillar value and have no hypothetical rank.`,
    notLinked: (id: string) => `No league table with id="${id}" on the page to try weights on.`,
    noFor: 'Missing for attribute: the id of a <dti-league-table> on the page is needed.',
    waiting: 'Waiting for the league table’s data…',
    error: 'Weights cannot be tried',
    problem: {
      'no-groups': 'the score table has no pillars (groups with points directly under the index).',
      'unknown-group': (id: string, known: string) => `the score table has no group “${id}”; groups: ${known}.`,
      'mixed-parents': (ids: string) => `the groups ${ids} do not share one parent, so their weights cannot be traded.`,
      'unlisted-children': (parent: string, listed: string, points: string) =>
        `the sub-groups the score table lists under “${parent}” carry only ${listed} of its ${points} points; the table must list them all.`,
    },
  },
} as const;

/** The weights element's strings in one language. */
export type WeightsStrings = (typeof WEIGHTS_STRINGS)[Locale];
