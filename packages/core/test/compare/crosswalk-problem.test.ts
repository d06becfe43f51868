import { describe, expect, it } from 'vitest';
import { compare, rollUp, scoreSeries } from '../../src/index.js';

// 2024 scores of five provinces; in 2025 Hà Giang joined Tuyên Quang and Yên Bái joined Lào Cai.
const before = [
  { id: 'ha-giang', value: 80, rank: 2 },
  { id: 'tuyen-quang', value: 34, rank: 4 },
  { id: 'yen-bai', value: 79, rank: 3 },
  { id: 'lao-cai', value: 33, rank: 5 },
  { id: 'hue', value: 87, rank: 1 },
];
const after = [
  { id: 'tuyen-quang', value: 80.5, rank: 2 },
  { id: 'lao-cai', value: 78.5, rank: 3 },
  { id: 'hue', value: 89.5, rank: 1 },
];
const rows = before.map((r) => ({ id: r.id, values: { value: r.value } }));

describe('a crosswalk that would combine wrong numbers is refused, naming the unit', () => {
  it('combines a sound crosswalk: Tuyên Quang before = (34 + 80) / 2 = 57, Lào Cai = (33 + 79) / 2 = 56', () => {
    const sound = [
      { to: 'tuyen-quang', from: ['tuyen-quang', 'ha-giang'] },
      { to: 'lao-cai', from: ['lao-cai', 'yen-bai'] },
    ];
    const changes = compare(before, after, { crosswalk: sound, precision: 1 });
    expect(changes.map((c) => [c.id, c.previous, c.previousRank])).toEqual([
      ['tuyen-quang', 57, 2],
      ['lao-cai', 56, 3],
      ['hue', 87, 1],
    ]);
  });

  it('refuses Hà Giang in two entries (it made Lào Cai (33 + 79 + 80) / 3 = 64, rank 2 instead of 3)', () => {
    const twice = [
      { to: 'tuyen-quang', from: ['tuyen-quang', 'ha-giang'] },
      { to: 'lao-cai', from: ['lao-cai', 'yen-bai', 'ha-giang'] },
    ];
    expect(() => compare(before, after, { crosswalk: twice })).toThrow(
      'the former unit "ha-giang" is in two crosswalk entries, "tuyen-quang" and "lao-cai"',
    );
    expect(() => rollUp(rows, twice)).toThrow('đơn vị cũ "ha-giang" có trong hai mục của bảng chuyển đổi');
  });

  it('refuses Hà Giang listed twice in one entry (it made Tuyên Quang (34 + 80 + 80) / 3 = 64.7)', () => {
    const doubled = [{ to: 'tuyen-quang', from: ['tuyen-quang', 'ha-giang', 'ha-giang'] }];
    expect(() => rollUp(rows, doubled)).toThrow(
      'the former unit "ha-giang" is listed twice in the entry of "tuyen-quang": its value would count twice',
    );
  });

  it('refuses two entries for Tuyên Quang (the second replaced the first: 56 instead of 57, Lào Cai "new")', () => {
    const split = [
      { to: 'tuyen-quang', from: ['tuyen-quang', 'ha-giang'] },
      { to: 'tuyen-quang', from: ['lao-cai', 'yen-bai'] },
    ];
    expect(() => compare(before, after, { crosswalk: split })).toThrow(
      'the new unit "tuyen-quang" has two crosswalk entries',
    );
  });

  it('refuses it in a series across the merger too', () => {
    const framework = { id: 'x', version: '1', precision: 1, scale: { min: 0, max: 100 }, tiers: [] };
    const table = (units: typeof before) => ({
      framework,
      units: units.map((u) => ({ ...u, name: u.id, tier: null })),
    });
    expect(() =>
      scoreSeries(
        [
          { period: '2024', table: table(before) as never, former: true },
          { period: '2025', table: table(after) as never },
        ],
        {
          crosswalk: [
            { to: 'tuyen-quang', from: ['tuyen-quang', 'ha-giang', 'ha-giang'] },
            { to: 'lao-cai', from: ['lao-cai', 'yen-bai'] },
            { to: 'hue', from: ['hue'] },
          ],
        },
      ),
    ).toThrow('is listed twice in the entry of "tuyen-quang"');
  });
});
