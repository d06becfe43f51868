import type { ScoreTable } from '@dti-kit/core';
import { describe, expect, it } from 'vitest';
import { tableModel, viewCsv, visibleRows } from '../src/league-table/view-model.js';
import { collationKey } from '../src/shared/collate.js';

const unit = (
  id: string,
  name: string,
  value: number | null,
  rank: number | null,
  parent = 'ha-noi',
  tier: string | null = 'kha',
) => ({
  id,
  name,
  parent,
  status: rank === null ? ('unscored' as const) : ('ranked' as const),
  value,
  rank,
  tier,
  coverage: 1,
  imputed: 0,
  targets: { met: 0, set: 0, share: null },
  nodes: { p1: { value, rank } },
});

const table: ScoreTable = {
  kind: 'dti-score-table',
  format: 1,
  framework: {
    id: 'x',
    version: '1',
    label: { vi: 'Thử' },
    scale: { min: 0, max: 100 },
    precision: 1,
    tiers: [
      { id: 'tot', label: { vi: 'Tốt' }, min: 80 },
      { id: 'kha', label: { vi: 'Khá' }, min: 50 },
    ],
  },
  nodes: [
    { id: 'root', kind: 'group', label: { vi: 'Chỉ số' }, parent: null, maxPoints: 100 },
    { id: 'p1', kind: 'group', label: { vi: 'Trụ cột' }, parent: 'root', maxPoints: 100 },
  ],
  units: [
    unit('phuc-tho', 'Phúc Thọ', 70, 2),
    unit('dan-phuong', 'Đan Phượng', 70, 2),
    unit('dong-anh', 'Đông Anh', 90, 1, 'ha-noi', 'tot'),
    unit('gia-lam', 'Gia Lâm', 40, 4, 'ha-noi', null),
    unit('giong-trom', 'Giồng Trôm', null, null, 'ben-tre', null),
    unit('dai-tu', 'Đại Từ', 60, 3, 'thai-nguyen'),
  ],
};

const view = { sort: 'rank' as const, direction: 'ascending' as const, query: '', parent: '', tier: '' };
const names = (rows: { unit: { name: string } }[]) => rows.map((r) => r.unit.name);

describe('league table view model', () => {
  const model = tableModel(
    table,
    new Map([
      ['phuc-tho', 4],
      ['dong-anh', 1],
      ['dai-tu', 2],
    ]),
  );
  it('sorts by rank with ties shown as ties, unranked units last', () => {
    const rows = visibleRows(model, view);
    expect(names(rows)).toEqual(['Đông Anh', 'Phúc Thọ', 'Đan Phượng', 'Đại Từ', 'Gia Lâm', 'Giồng Trôm']);
    expect(rows.map((r) => r.tied)).toEqual([false, true, true, false, false, false]);
  });
  it('keeps units without a value last when sorting descending', () => {
    expect(names(visibleRows(model, { ...view, sort: 'value', direction: 'descending' }))).toEqual([
      'Đông Anh',
      'Phúc Thọ',
      'Đan Phượng',
      'Đại Từ',
      'Gia Lâm',
      'Giồng Trôm',
    ]);
  });
  it('sorts names in Vietnamese order: Đ after D', () => {
    expect(names(visibleRows(model, { ...view, sort: 'name' }))).toEqual([
      'Đại Từ',
      'Đan Phượng',
      'Đông Anh',
      'Gia Lâm',
      'Giồng Trôm',
      'Phúc Thọ',
    ]);
  });
  it('finds "phuc tho" and "dong anh" without diacritics or case', () => {
    expect(names(visibleRows(model, { ...view, query: 'phuc tho' }))).toEqual(['Phúc Thọ']);
    expect(names(visibleRows(model, { ...view, query: 'ĐÔNG' }))).toEqual(['Đông Anh']);
  });
  it('filters by parent and tier', () => {
    expect(names(visibleRows(model, { ...view, parent: 'thai-nguyen' }))).toEqual(['Đại Từ']);
    expect(names(visibleRows(model, { ...view, tier: 'tot' }))).toEqual(['Đông Anh']);
    expect(model.parents).toEqual(['ben-tre', 'ha-noi', 'thai-nguyen']);
  });
  it('computes rank changes: places gained, new units', () => {
    const change = Object.fromEntries(model.rows.map((r) => [r.unit.id, r.change]));
    expect(change).toEqual({
      'phuc-tho': 2,
      'dan-phuong': 'new',
      'dong-anh': 0,
      'gia-lam': 'new',
      'giong-trom': null,
      'dai-tu': -1,
    });
  });
  const all = [
    { key: 'rank', label: 'Hạng' },
    { key: 'name', label: 'Đơn vị' },
    { key: 'value', label: 'Điểm' },
    { key: 'pillars', node: 'p1', label: 'Trụ cột' },
    { key: 'change', label: 'Thay đổi' },
    { key: 'tier', label: 'Xếp loại' },
  ] as const;
  it('exports the view as CSV in Vietnamese conventions, tiers by their label', () => {
    const rows = visibleRows(model, { ...view, query: 'dai' });
    expect(viewCsv(rows, all, 'vi', { tierLabel: (id) => (id === 'kha' ? 'Khá' : id) })).toBe(
      '\uFEFFHạng;Đơn vị;Điểm;Trụ cột;Thay đổi;Xếp loại\r\n3;Đại Từ;60;60;-1;Khá\r\n',
    );
  });
  it('exports exactly the visible columns, header and rows alike, in their order', () => {
    const rows = visibleRows(model, { ...view, query: 'dai' });
    const shown = [all[1], all[0], all[2]];
    expect(viewCsv(rows, shown, 'en')).toBe('\uFEFFĐơn vị,Hạng,Điểm\r\nĐại Từ,3,60\r\n');
    const text = viewCsv(visibleRows(model, view), shown, 'vi');
    const lines = text.replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(lines.map((l) => l.split(';').length)).toEqual([3, 3, 3, 3, 3, 3, 3]);
  });
  it('protects names against CSV injection and keeps numbers numbers', () => {
    const hostile = tableModel({
      ...table,
      units: [{ ...unit('x', '=HYPERLINK("http://x")', 97.8, 1), coverage: 0.619 }, unit('y', '-2+3', -2.5, 2)],
    });
    const text = viewCsv(
      visibleRows(hostile, view),
      [all[0], all[1], all[2], { key: 'coverage', label: 'Độ phủ (%)' }],
      'vi',
    );
    expect(text).toBe(
      '\uFEFFHạng;Đơn vị;Điểm;Độ phủ (%)\r\n1;"\'=HYPERLINK(""http://x"")";97,8;61,9\r\n2;\'-2+3;-2,5;100\r\n',
    );
  });
});

describe('collationKey', () => {
  it('orders like Intl.Collator("vi") on Vietnamese names, tones and case', () => {
    const words = [
      'ta',
      'tà',
      'tả',
      'tã',
      'tá',
      'tạ',
      'tâ',
      'tă',
      'tb',
      'đa',
      'da',
      'dz',
      'Đà Nẵng',
      'Đắk Lắk',
      'Điện Biên',
      'Gia Lai',
      'Hà Nội',
      'Hà Nam',
      'Hải Phòng',
      'Huế',
      'ơ',
      'ô',
      'o',
      'ư',
      'u',
      'v',
      'Xã Tân Phú',
      'Phường Hòa Bình',
      'Xã An Thạnh',
      'Xã 2',
      'Xã 10',
      'Quảng Ngãi',
      'Quảng Nam',
      'Bà Rịa - Vũng Tàu',
      'Bắc Ninh',
      'Bạc Liêu',
      'Bình Dương',
      'Cần Thơ',
      'Cà Mau',
      '<b>Xã</b>',
      '(Tạm) Xã',
      'Xã-A',
    ];
    const collator = new Intl.Collator('vi');
    const byKey = [...words].sort((a, b) =>
      collationKey(a) < collationKey(b) ? -1 : collationKey(a) > collationKey(b) ? 1 : 0,
    );
    expect(byKey).toEqual([...words].sort(collator.compare));
  });
});
