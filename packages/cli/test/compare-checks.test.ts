import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goalposts, group, indicator, framework as testFramework } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { dti, scratch } from './dti.js';

const dir = scratch();
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// A small framework: a "%" 0–100 and b "cái" 0–5000 by goalposts, 50 points each, one decimal,
// competition ties, a missing value scored 0.
const framework = file(
  'fw.json',
  JSON.stringify(
    testFramework({
      id: 'tiny',
      version: '0.1.0',
      label: { vi: 'Thử', en: 'Tiny' },
      precision: 1,
      ties: 'competition',
      rankOn: 'rounded',
      missing: { type: 'zero' },
      root: group(
        'root',
        [
          indicator('a', { label: { vi: 'Tỷ lệ A', en: 'Rate A' }, unit: '%', method: goalposts(0, 100) }),
          indicator('b', { label: { vi: 'Số B', en: 'Count B' }, unit: 'cái', method: goalposts(0, 5000) }),
        ],
        { label: { vi: 'Gốc', en: 'Root' }, points: 100 },
      ),
    }),
  ),
);
const csv = (rows: string[]) => `id;ten;a;b\n${rows.join('\n')}\n`;
// Before the merger: HG 40/100·50 + 1000/5000·50 = 20 + 10 = 30.0 (3rd), TQ 40 + 40 = 80.0 (1st), HN 35 + 25 = 60.0 (2nd).
const before = file('cw_prev.csv', csv(['HG;Hà Giang;40;1000', 'TQ;Tuyên Quang;80;4000', 'HN;Hà Nội;70;2500']));
// After it: TQ 30 + 25 = 55.0 (2nd), HN 60.0 (1st).
const after = file('cw_cur.csv', csv(['TQ;Tuyên Quang;60;2500', 'HN;Hà Nội;70;2500']));

describe('dti compare across a merger', () => {
  it('ranks the previous period among the merged units, and says so', () => {
    const crosswalk = file('cw3.json', JSON.stringify({ crosswalk: [{ to: 'TQ', from: ['HG', 'TQ'] }] }));
    // Merged TQ of the previous period: (30.0 + 80.0) / 2 = 55.0, below HN's 60.0, so TQ 2nd and HN 1st
    // before as now (not TQ 1st and HN 2nd, their ranks among the three units before the merger).
    const r = dti('compare', before, after, '-f', framework, '--crosswalk', crosswalk);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out.split('\n')).toEqual([
      'Mã  Đơn vị       Trước   Nay  Thay đổi  Hạng trước  Hạng nay  Bậc',
      '──  ───────────  ─────  ────  ────────  ──────────  ────────  ───',
      'TQ  Tuyên Quang   55,0  55,0       0,0           2         2    =',
      'HN  Hà Nội        60,0  60,0       0,0           1         1    =',
      '',
      'Hạng trước: xếp lại ở đây trên giá trị trước đã gộp của các đơn vị sau chuyển đổi (không phải hạng đã công bố), theo quy tắc đồng hạng của bộ chỉ số; chỉ xếp khi mọi đơn vị đều có giá trị trước, nếu không thì để trống (—).',
      '',
    ]);
  });
  it('names a crosswalk id that is in neither file, with its entry and the id it differs from only in case', () => {
    const crosswalk = file('cw-typo.json', JSON.stringify([{ to: 'TQ', from: ['hg', 'TQ', 'XX'] }]));
    const r = dti('compare', before, after, '-f', framework, '--crosswalk', crosswalk, '--locale', 'en');
    expect(r.err).toEqual([
      '! crosswalk { "to": "TQ", "from": ["hg", "TQ", "XX"] }: "hg" is in neither file (did you mean "HG"?); the previous value of "TQ" cannot be combined (—) and the previous ranks cannot be re-ranked',
      '! crosswalk { "to": "TQ", "from": ["hg", "TQ", "XX"] }: "XX" is in neither file; the previous value of "TQ" cannot be combined (—) and the previous ranks cannot be re-ranked',
    ]);
    // TQ's previous value is unknown, so no previous rank is given at all (a rank among the known few is none among all).
    expect(r.out.split('\n').slice(2, 5)).toEqual([
      'TQ  Tuyên Quang       —  55.0       —            —         2       —',
      'HN  Hà Nội         60.0  60.0     0.0            —         1       —',
      'HG  Hà Giang       30.0     —    gone            —         —       —',
    ]);
  });
});

describe('dti compare warns of ids that most likely name one unit', () => {
  it('names ids that differ only in case, spaces or Unicode form, in Vietnamese and English', () => {
    const k1 = file('k1.csv', csv(['HN;Hà Nội;55;100', 'ĐN;Đà Nẵng;60;200', 'HP;Hải Phòng;50;100']));
    // (An id with an invisible character, "HP\u200b", is refused when the file is read, before any comparison.)
    const k2 = file('k2.csv', csv(['hn;Hà Nội;50;100', 'ÐN;Đà Nẵng;60;200', 'HP;Hải Phòng;50;100']));
    expect(dti('compare', k1, k2, '-f', framework).err).toEqual([
      // Reading the second file already says its Ð is not the Vietnamese Đ.
      // Named the row ("dòng 3") without the file: now the file's cell and column, as other data warnings.
      '! k2.csv!A3 (cột "id"): đơn vị "ÐN": mã "ÐN" chứa Ð (U+00D0, chữ Eth của tiếng Iceland), không phải Đ (U+0110) của tiếng Việt; hai chữ trông giống nhau nhưng không khớp với tệp khác; hãy viết Đ (U+0110)',
      '0 lỗi, 1 cảnh báo',
      '! mã "HN" (trước) và "hn" (nay) chỉ khác nhau ở chữ hoa/thường, dấu cách, dấu hoặc dạng Unicode: được so như hai đơn vị khác nhau (một "không còn", một "mới"); hãy viết mã giống nhau ở hai tệp',
      '! mã "ĐN" (trước) và "ÐN" (nay) [Đ U+0110, Ð U+00D0] chỉ khác nhau ở chữ hoa/thường, dấu cách, dấu hoặc dạng Unicode: được so như hai đơn vị khác nhau (một "không còn", một "mới"); hãy viết mã giống nhau ở hai tệp',
    ]);
    expect(dti('compare', k1, k2, '-f', framework, '--locale', 'en').err[2]).toBe(
      '! ids "HN" (previous) and "hn" (current) differ only in case, spaces, diacritics or Unicode form: compared as two units (one gone, one new); write the id alike in both files',
    );
  });
  it('names ids that look alike across files, one with a Cyrillic letter, and the letter by code point', () => {
    const c1 = file('c1.csv', csv(['HN;Hà Nội;55;100', 'HP;Hải Phòng;50;100']));
    const c2 = file('c2.csv', csv(['\u041dN;Thủ đô;55;100', 'HP;Hải Phòng;50;100']));
    const r = dti('compare', c1, c2, '-f', framework, '--locale', 'en');
    expect(r.err).toEqual([
      '! c2.csv!A2 (column "id"): unit id "\u041dN" has \u041d U+041D (Cyrillic) among Latin letters: it matches no other file\'s id written in Latin letters; write it in Latin letters',
      '0 error(s), 1 warning(s)',
      '! ids "HN" (previous) and "\u041dN" (current) [\u041d U+041D] look alike but one has a Cyrillic or Greek letter: compared as two units (one gone, one new); write the id in Latin letters in both files',
    ]);
    expect(dti('compare', c1, c2, '-f', framework).err[2]).toBe(
      '! mã "HN" (trước) và "\u041dN" (nay) [\u041d U+041D] trông giống nhau nhưng một mã có chữ Kirin hoặc Hy Lạp: được so như hai đơn vị khác nhau (một "không còn", một "mới"); hãy viết mã bằng chữ Latin ở cả hai tệp',
    );
  });
  it('names an unmatched pair with the same name', () => {
    const k1 = file('n1.csv', csv(['HN;Hà Nội;55;100']));
    const k2 = file('n2.csv', csv(['01;Hà Nội;55;100']));
    expect(dti('compare', k1, k2, '-f', framework, '--locale', 'en').err).toEqual([
      '! ids "HN" (previous) and "01" (current) have the same name "Hà Nội" but different ids: compared as two units (one gone, one new)',
    ]);
  });
});

describe('dti compare checks that the two periods are comparable', () => {
  const table = (id: string, version: string, units: { id: string; value: number; rank: number; imputed?: number }[]) =>
    JSON.stringify({
      kind: 'dti-score-table',
      format: 1,
      framework: {
        id,
        version,
        label: { vi: 'Thử', en: 'Tiny' },
        scale: { min: 0, max: 100 },
        precision: 1,
        tiers: [],
      },
      units: units.map((u) => ({ name: u.id, status: 'ranked', coverage: 1, imputed: 0, ...u })),
    });
  // A and B tie at 50.0 (1st), C 40.0 on a value filled in (3rd); then D leads and A, B tie again.
  const y24 = file(
    'y24.json',
    table('tiny', '0.1.0', [
      { id: 'A', value: 50, rank: 1 },
      { id: 'B', value: 50, rank: 1 },
      { id: 'C', value: 40, rank: 3, imputed: 1 },
    ]),
  );
  const y25 = file(
    'y25.json',
    table('other', '0.2.0', [
      { id: 'A', value: 27.5, rank: 2 },
      { id: 'B', value: 27.5, rank: 2 },
      { id: 'C', value: 49, rank: 1 },
    ]),
  );
  it('warns when the frameworks differ in id or version', () => {
    expect(dti('compare', y24, y25, '--locale', 'en').err).toEqual([
      '! the two periods were scored with different frameworks (previous: tiny 0.1.0, current: other 0.2.0): scores and ranks may not be comparable',
    ]);
  });
  it('warns when the same file is given twice, however it is written', () => {
    const r = dti('compare', y24, join(dir, '.', 'y24.json'));
    expect(r.err).toEqual([`! cùng một tệp ${y24} được đưa vào hai lần: mọi thay đổi sẽ là 0`]);
  });
  it('marks tied ranks "1 =" with the legend, and keeps the partial mark in JSON', () => {
    const r = dti('compare', y24, y25, '--locale', 'en');
    expect(r.out.split('\n')).toEqual([
      'Id  Unit  Before    Now  Change  Rank before  Rank now  Places',
      '──  ────  ──────  ─────  ──────  ───────────  ────────  ──────',
      'A   A      50.0   27.5    -22.5          1 =       2 =     ▼ 1',
      'B   B      50.0   27.5    -22.5          1 =       2 =     ▼ 1',
      'C   C      40.0*  49.0     +9.0            3         1     ▲ 2',
      '',
      "* partial data (coverage below 100%, or values filled in by the framework's rule): the ranks of these units do not rest on complete data.",
      '= tied: another unit of the same period has the same rank.',
      '',
    ]);
    const json = JSON.parse(dti('compare', y24, y25, '--format', 'json').out) as {
      id: string;
      previousPartial: boolean;
      currentPartial: boolean;
    }[];
    expect(json.map((c) => [c.id, c.previousPartial, c.currentPartial])).toEqual([
      ['A', false, false],
      ['B', false, false],
      ['C', true, false],
    ]);
  });
  it('gives the tie legend of the framework when the data is scored here', () => {
    const p = file('t1.csv', csv(['A;An;50;2500', 'B;Bình;50;2500', 'C;Cần;10;0']));
    const r = dti('compare', p, p, '-f', framework, '--locale', 'en');
    expect(r.out.split('\n').slice(2, 4)).toEqual([
      'A   An      50.0  50.0     0.0          1 =       1 =       =',
      'B   Bình    50.0  50.0     0.0          1 =       1 =       =',
    ]);
    expect(r.out).toContain(
      '= tied: units with the same published score (rounded to 1 decimal place) share a rank, and the next rank skips the places they take (1, 2, 2, 4).',
    );
  });
});

describe('dti compare refuses a crosswalk that would combine wrong numbers', () => {
  it('names a former unit put in two merged units, before reading any data (exit 1)', () => {
    // With HG in both entries, HN before would have been (30.0 + 60.0) / 2 = 45.0 and ranked 2nd.
    const crosswalk = file(
      'cw-twice.json',
      JSON.stringify({
        crosswalk: [
          { to: 'TQ', from: ['HG', 'TQ'] },
          { to: 'HN', from: ['HN', 'HG'] },
        ],
      }),
    );
    const r = dti('compare', before, after, '-f', framework, '--crosswalk', crosswalk);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toEqual([
      `${crosswalk}: đơn vị cũ "HG" có trong hai mục của bảng chuyển đổi, "TQ" và "HN": giá trị của nó sẽ được tính cho cả hai đơn vị mới; mỗi đơn vị cũ chỉ thuộc một mục`,
    ]);
  });

  it('names a former unit listed twice in one entry, in English with --locale en', () => {
    const crosswalk = file('cw-doubled.json', JSON.stringify([{ to: 'TQ', from: ['HG', 'TQ', 'HG'] }]));
    const r = dti('compare', before, after, '-f', framework, '--crosswalk', crosswalk, '--locale', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      `${crosswalk}: the former unit "HG" is listed twice in the entry of "TQ": its value would count twice; remove one`,
    ]);
  });
});
