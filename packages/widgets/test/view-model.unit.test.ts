import type { ScoreTable } from '@dti-kit/core';
import { scoreTableOf, tableNode, tableUnit, tiers } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { viewCsv } from '../src/league-table/view-csv.js';
import { findParent, tableModel, visibleRows } from '../src/league-table/view-model.js';
import { collationKey } from '../src/shared/collate.js';

const unit = (
  id: string,
  name: string,
  value: number | null,
  rank: number | null,
  parent = 'ha-noi',
  tier: string | null = 'kha',
) => tableUnit(id, name, { parent, value, rank, tier, nodes: { p1: { value, rank } } });

const table: ScoreTable = scoreTableOf(
  [
    unit('phuc-tho', 'Phúc Thọ', 70, 2),
    unit('dan-phuong', 'Đan Phượng', 70, 2),
    unit('dong-anh', 'Đông Anh', 90, 1, 'ha-noi', 'tot'),
    unit('gia-lam', 'Gia Lâm', 40, 4, 'ha-noi', null),
    unit('giong-trom', 'Giồng Trôm', null, null, 'ben-tre', null),
    unit('dai-tu', 'Đại Từ', 60, 3, 'thai-nguyen'),
  ],
  {
    framework: { id: 'x', tiers: tiers({ tot: 80, kha: 50 }, { english: false, colours: false }) },
    nodes: [tableNode('root', null, 100, 'Chỉ số'), tableNode('p1', 'root', 100, 'Trụ cột')],
  },
);

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

describe('ranks within a parent', () => {
  // Hà Nội's communes sit at national ranks 2, 4, 4, 8 among eight ranked units (competition ties);
  // within Hà Nội they rank 1, 2, 2, 4. One Bến Tre commune has no rank.
  const national = (rows: { unit: { id: string } }[], key: 'parentRank' | 'parentTied') =>
    Object.fromEntries(
      (rows as { unit: { id: string }; parentRank: number | null; parentTied: boolean }[]).map((r) => [
        r.unit.id,
        r[key],
      ]),
    );
  const country: ScoreTable = {
    ...table,
    units: [
      unit('ba-vi', 'Ba Vì', 88.1, 2, 'ha-noi'),
      unit('soc-son', 'Sóc Sơn', 80.2, 4, 'ha-noi'),
      unit('me-linh', 'Mê Linh', 80.2, 4, 'ha-noi'),
      unit('my-duc', 'Mỹ Đức', 61, 8, 'ha-noi'),
      unit('cho-lach', 'Chợ Lách', 90, 1, 'ben-tre'),
      unit('mo-cay', 'Mỏ Cày', 85, 3, 'ben-tre'),
      unit('ba-tri', 'Ba Tri', 70, 6, 'ben-tre'),
      unit('thanh-phu', 'Thạnh Phú', 62.5, 7, 'ben-tre'),
      unit('binh-dai', 'Bình Đại', null, null, 'ben-tre'),
    ],
  };
  const model = tableModel(country);

  it('ranks each unit among its parent’s units, ties shared and the next rank skipped (1, 2, 2, 4)', () => {
    expect(model.ties).toBe('competition');
    expect(national(model.rows, 'parentRank')).toEqual({
      'ba-vi': 1,
      'soc-son': 2,
      'me-linh': 2,
      'my-duc': 4,
      'cho-lach': 1,
      'mo-cay': 2,
      'ba-tri': 3,
      'thanh-phu': 4,
      'binh-dai': null,
    });
    expect(national(model.rows, 'parentTied')).toEqual({
      'ba-vi': false,
      'soc-son': true,
      'me-linh': true,
      'my-duc': false,
      'cho-lach': false,
      'mo-cay': false,
      'ba-tri': false,
      'thanh-phu': false,
      'binh-dai': false,
    });
  });

  it('follows a dense table’s rule (1, 2, 2, 3) when its ranks show it', () => {
    const dense = tableModel({
      ...country,
      units: country.units.map((u) => ({ ...u, rank: u.rank === null ? null : u.rank > 4 ? u.rank - 1 : u.rank })),
    });
    // National ranks 1, 2, 3, 4, 4, 5, 6, 7: 4, 4, 5 is dense. Hà Nội's 2, 4, 4, 7 rank 1, 2, 2, 3 within it.
    expect(dense.ties).toBe('dense');
    expect(national(dense.rows, 'parentRank')).toMatchObject({ 'ba-vi': 1, 'soc-son': 2, 'me-linh': 2, 'my-duc': 3 });
  });

  it('ranks peer groups apart within a parent', () => {
    const grouped = tableModel({
      ...country,
      units: country.units.map((u) => (u.id === 'my-duc' ? { ...u, peerGroup: 'mien-nui', rank: 1 } : u)),
    });
    // Mỹ Đức ranks 1st among mountain communes: within Hà Nội's mountain communes it is 1st, and it ties
    // with no one (Chợ Lách's rank 1 is in another peer group).
    expect(grouped.ties).toBe('competition');
    expect(national(grouped.rows, 'parentRank')).toMatchObject({ 'ba-vi': 1, 'soc-son': 2, 'me-linh': 2, 'my-duc': 1 });
    expect(grouped.rows.filter((r) => r.tied).map((r) => r.unit.id)).toEqual(['soc-son', 'me-linh']);
  });

  it('computes the change within the parent from the previous table, unknown for a unit that moved', () => {
    const before: ScoreTable = {
      ...country,
      units: [
        unit('ba-vi', 'Ba Vì', 70, 5, 'ha-noi'),
        unit('soc-son', 'Sóc Sơn', 80, 2, 'ha-noi'),
        unit('me-linh', 'Mê Linh', 75, 3, 'ha-noi'),
        unit('my-duc', 'Mỹ Đức', 60, 6, 'ha-tay'),
        unit('cho-lach', 'Chợ Lách', 90, 1, 'ben-tre'),
        unit('mo-cay', 'Mỏ Cày', 72, 4, 'ben-tre'),
      ],
    };
    // Before, within Hà Nội: Sóc Sơn 1, Mê Linh 2, Ba Vì 3; Mỹ Đức was in Hà Tây.
    const changed = tableModel(country, before);
    const change = Object.fromEntries(changed.rows.map((r) => [r.unit.id, [r.change, r.parentChange]]));
    expect(change).toEqual({
      'ba-vi': [3, 2],
      'soc-son': [-2, -1],
      'me-linh': [-1, 0],
      'my-duc': [-2, null],
      'cho-lach': [0, 0],
      'mo-cay': [1, 0],
      'ba-tri': ['new', 'new'],
      'thanh-phu': ['new', 'new'],
      'binh-dai': [null, null],
    });
  });

  it('sorts and exports the ranks within the parent, with the national rank beside them', () => {
    const rows = visibleRows(model, { ...view, parent: 'ha-noi' });
    expect(names(rows)).toEqual(['Ba Vì', 'Sóc Sơn', 'Mê Linh', 'Mỹ Đức']);
    const columns = [
      { key: 'rank', label: 'Hạng' },
      { key: 'name', label: 'Đơn vị' },
      { key: 'national-rank', label: 'Hạng toàn quốc' },
    ] as const;
    expect(viewCsv(rows, columns, 'vi', { withinParent: true })).toBe(
      '\uFEFFHạng;Đơn vị;Hạng toàn quốc\r\n1;Ba Vì;2\r\n2;Sóc Sơn;4\r\n2;Mê Linh;4\r\n4;Mỹ Đức;8\r\n',
    );
    expect(viewCsv(rows, columns, 'vi')).toBe(
      '\uFEFFHạng;Đơn vị;Hạng toàn quốc\r\n2;Ba Vì;2\r\n4;Sóc Sơn;4\r\n4;Mê Linh;4\r\n8;Mỹ Đức;8\r\n',
    );
  });
});

describe('parent names in any Unicode form', () => {
  // The same "Hà Nội" as one system exports it: letters and combining marks apart (NFD).
  const decomposed = 'Hà Nội'.normalize('NFD');
  const mixed: ScoreTable = {
    ...table,
    units: [
      unit('mot', 'Xã Một', 90, 1, 'Hà Nội'),
      unit('hai', 'Xã Hai', 80, 3, 'Hà Nội'),
      unit('ba', 'Xã Ba', 85, 2, 'Bến Tre'),
      unit('bay', 'Xã Bảy', 80, 3, decomposed),
    ],
  };
  const model = tableModel(mixed);

  it('lists each parent once and ranks its units together: Hà Nội 1, 2 =, 2 =', () => {
    expect(decomposed).not.toBe('Hà Nội');
    expect(model.parents).toEqual(['Bến Tre', 'Hà Nội']);
    const within = Object.fromEntries(model.rows.map((r) => [r.unit.id, [r.parentRank, r.parentTied]]));
    expect(within).toEqual({ mot: [1, false], hai: [2, true], ba: [1, false], bay: [2, true] });
  });

  it('shows all three Hà Nội units whichever form the parent is asked in', () => {
    expect(names(visibleRows(model, { ...view, parent: 'Hà Nội' }))).toEqual(['Xã Một', 'Xã Hai', 'Xã Bảy']);
    expect(names(visibleRows(model, { ...view, parent: decomposed }))).toEqual(['Xã Một', 'Xã Hai', 'Xã Bảy']);
  });

  it('finds the parent a page names: any form, or without diacritics when only one matches', () => {
    const parents = ['Bến Tre', 'Hà Nội'];
    expect(findParent(parents, decomposed)).toBe('Hà Nội');
    expect(findParent(parents, ' ha noi ')).toBe('Hà Nội');
    expect(findParent(parents, 'BEN TRE')).toBe('Bến Tre');
    expect(findParent(parents, 'Hải Phòng')).toBe(undefined);
    expect(findParent(parents, '')).toBe('');
    // Two parents fold to "ha noi": the exact name picks one; a third spelling picks none.
    expect(findParent(['Ha Noi', 'Hà Nội'], 'Ha Noi')).toBe('Ha Noi');
    expect(findParent(['Ha Noi', 'Hà Nội'], 'Hà Noi')).toBe(undefined);
  });
});

describe('peer groups', () => {
  // Phường and Xã are ranked apart. Nationally, Xã: b1 1, b2 1, c1 3, b3 4 (competition ties).
  const grouped: ScoreTable = {
    ...table,
    units: [
      { ...unit('a1', 'a1', 90, 1, 'P'), peerGroup: 'Phường' },
      { ...unit('a2', 'a2', 80, 2, 'P'), peerGroup: 'Phường' },
      { ...unit('b1', 'b1', 70, 1, 'P'), peerGroup: 'Xã' },
      { ...unit('b2', 'b2', 70, 1, 'P'), peerGroup: 'Xã' },
      { ...unit('b3', 'b3', 60, 4, 'P'), peerGroup: 'Xã' },
      { ...unit('c1', 'c1', 65, 3, 'Q'), peerGroup: 'Xã' },
    ],
  };
  const model = tableModel(grouped);

  it('keeps each group together in rank order, ties only within a group', () => {
    expect(model.groups).toEqual(['Phường', 'Xã']);
    const rows = visibleRows(model, view);
    expect(names(rows)).toEqual(['a1', 'a2', 'b1', 'b2', 'c1', 'b3']);
    expect(rows.map((r) => r.tied)).toEqual([false, false, true, true, false, false]);
    expect(names(visibleRows(model, { ...view, sort: 'group' }))).toEqual(['a1', 'a2', 'b1', 'b2', 'c1', 'b3']);
  });

  it('ranks within the parent and group, and exports the group', () => {
    const rows = visibleRows(model, { ...view, parent: 'P' });
    // Within P: Phường a1 1, a2 2; Xã b1 1, b2 1, b3 3 (national 1, 1, 4).
    const columns = [
      { key: 'rank', label: 'Hạng trong nhóm' },
      { key: 'name', label: 'Đơn vị' },
      { key: 'group', label: 'Nhóm' },
      { key: 'national-rank', label: 'Hạng toàn quốc trong nhóm' },
    ] as const;
    expect(viewCsv(rows, columns, 'vi', { withinParent: true })).toBe(
      '\uFEFFHạng trong nhóm;Đơn vị;Nhóm;Hạng toàn quốc trong nhóm\r\n' +
        '1;a1;Phường;1\r\n2;a2;Phường;2\r\n1;b1;Xã;1\r\n1;b2;Xã;1\r\n3;b3;Xã;4\r\n',
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
