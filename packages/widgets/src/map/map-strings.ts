import type { Locale } from '../shared/locale.js';

// The map's words travel with the map's own bundle, not with the entry every page downloads.

/** What the map says, in Vietnamese and English. */
export const MAP_STRINGS = {
  vi: {
    caption: 'Bản đồ',
    error: 'Không hiển thị được bản đồ',
    noData: 'chưa có dữ liệu',
    notPublished: 'không có trong số liệu công bố',
    noTier: 'có điểm, chưa xếp loại',
    nothing: 'Chưa có dữ liệu.',
    loading: 'Đang tải…',
    value: 'Điểm',
    rank: 'Hạng',
    tier: 'Xếp loại',
    unit: 'Đơn vị',
    legend: 'Chú giải',
    rankOf: (rank: string, n?: string) => (n ? `hạng ${rank}/${n}` : `hạng ${rank}`),
    noRegion: (names: string) => `Không có vùng trên bản đồ cho: ${names}.`,
    sharedRegion: (names: string) => `Trùng vùng với đơn vị khác, không vẽ: ${names}.`,
    noUnit: (names: string) => `Vùng không khớp đơn vị nào: ${names}.`,
    keys: 'Dùng phím mũi tên để di chuyển giữa các vùng, Enter để chọn.',
    selected: 'đang chọn',
  },
  en: {
    caption: 'Map',
    error: 'The map cannot be shown',
    noData: 'no data yet',
    notPublished: 'not in the published data',
    noTier: 'scored, no tier',
    nothing: 'No data yet.',
    loading: 'Loading…',
    value: 'Score',
    rank: 'Rank',
    tier: 'Tier',
    unit: 'Unit',
    legend: 'Legend',
    rankOf: (rank: string, n?: string) => (n ? `rank ${rank} of ${n}` : `rank ${rank}`),
    noRegion: (names: string) => `No region on the map for: ${names}.`,
    sharedRegion: (names: string) => `Same region as another unit, not drawn: ${names}.`,
    noUnit: (names: string) => `Regions that match no unit: ${names}.`,
    keys: 'Use the arrow keys to move between regions, Enter to choose.',
    selected: 'selected',
  },
} satisfies Record<Locale, unknown>;

/** The map's strings in one language. */
export type MapStrings = (typeof MAP_STRINGS)[Locale];
