import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { framework as fixtureFramework, goalposts, indicator } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { dti, scratch } from './dti.js';

const dir = scratch();

// Two indicators of equal weight, 0–100, published with one decimal; ties by the default rule
// (competition: 1, 1, 3, 3, 5). The dataset lists the tied units against name order (Yên Sở before
// An Khánh), so the order within a tie shows which rule the table follows.
//   t1 Yên Sở (80 + 80) / 2 = 80.0, t2 An Khánh (70 + 90) / 2 = 80.0: both 1st
//   t3 Bình Minh (60 + 60) / 2 = 60.0, t4 Cổ Bi (65 + 55) / 2 = 60.0: both 3rd; t5 Đông Dư 40.0: 5th
const framework = join(dir, 'dong-hang.json');
writeFileSync(
  framework,
  JSON.stringify(
    fixtureFramework({
      id: 'dong-hang',
      label: 'Đồng hạng',
      precision: 1,
      children: ['a', 'b'].map((id) => indicator(id, { method: goalposts(0, 100) })),
    }),
  ),
);
const data = join(dir, 'so-lieu.json');
writeFileSync(
  data,
  JSON.stringify({
    units: [
      { id: 't1', name: 'Xã Yên Sở', values: { a: 80, b: 80 } },
      { id: 't2', name: 'Xã An Khánh', values: { a: 70, b: 90 } },
      { id: 't3', name: 'Xã Bình Minh', values: { a: 60, b: 60 } },
      { id: 't4', name: 'Xã Cổ Bi', values: { a: 65, b: 55 } },
      { id: 't5', name: 'Xã Đông Dư', values: { a: 40, b: 40 } },
    ],
  }),
);

describe('tied units, as the league-table widget shows the same score table', () => {
  it('share a rank marked "=", keep the table’s order within the tie, and the rule is told under the table', () => {
    const r = dti('score', data, '-f', framework);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(2)).toEqual([
      'Hạng  Đơn vị        Điểm  Xếp loại  Độ phủ  Trạng thái',
      '────  ────────────  ────  ────────  ──────  ───────────',
      ' 1 =  Xã Yên Sở     80,0  —           100%  đã xếp hạng',
      ' 1 =  Xã An Khánh   80,0  —           100%  đã xếp hạng',
      ' 3 =  Xã Bình Minh  60,0  —           100%  đã xếp hạng',
      ' 3 =  Xã Cổ Bi      60,0  —           100%  đã xếp hạng',
      '   5  Xã Đông Dư    40,0  —           100%  đã xếp hạng',
      '',
      '= đồng hạng: các đơn vị có cùng điểm công bố (làm tròn 1 chữ số thập phân) có cùng hạng, và hạng kế tiếp bỏ qua các vị trí họ chiếm (1, 2, 2, 4).',
      '',
    ]);
    const en = dti('score', data, '-f', framework, '--locale', 'en').out.split('\n');
    expect(en.slice(4, 6)).toEqual([
      ' 1 =  Xã Yên Sở      80.0  —         100%  ranked',
      ' 1 =  Xã An Khánh    80.0  —         100%  ranked',
    ]);
    expect(en.at(-2)).toBe(
      '= tied: units with the same published score (rounded to 1 decimal place) share a rank, and the next rank skips the places they take (1, 2, 2, 4).',
    );
  });

  it('the score table keeps the ranks, and the HTML report the same order', () => {
    const table = JSON.parse(dti('score', data, '-f', framework, '--format', 'json').out) as {
      units: { id: string; rank: number }[];
    };
    expect(table.units.map((u) => [u.id, u.rank])).toEqual([
      ['t1', 1],
      ['t2', 1],
      ['t3', 3],
      ['t4', 3],
      ['t5', 5],
    ]);
    const html = dti('score', data, '-f', framework, '--format', 'html').out;
    const names = [...html.matchAll(/<th scope="row" role="rowheader">([^<]*)<\/th>/gu)].map((m) => m[1]);
    expect(names).toEqual(['Xã Yên Sở', 'Xã An Khánh', 'Xã Bình Minh', 'Xã Cổ Bi', 'Xã Đông Dư']);
  });

  it('with peer groups, each group reads together in group-name order (ungrouped last), ranked within it', () => {
    // Phường: Yên Sở 80.0 (1st), Cổ Bi 60.0 (2nd); Xã: An Khánh and Ba Vì 80.0 (1st, tied), Bình Minh 60.0
    // (3rd); no group: Đông Dư 40.0 (1st).
    const grouped = join(dir, 'nhom.json');
    const unit = (id: string, name: string, peerGroup: string | undefined, a: number, b: number) => ({
      id,
      name,
      ...(peerGroup && { peerGroup }),
      values: { a, b },
    });
    writeFileSync(
      grouped,
      JSON.stringify({
        units: [
          unit('t1', 'Xã Yên Sở', 'Phường', 80, 80),
          unit('t2', 'Xã An Khánh', 'Xã', 70, 90),
          unit('t3', 'Xã Bình Minh', 'Xã', 60, 60),
          unit('t4', 'Xã Cổ Bi', 'Phường', 65, 55),
          unit('t5', 'Xã Đông Dư', undefined, 40, 40),
          unit('t7', 'Xã Ba Vì', 'Xã', 80, 80),
        ],
      }),
    );
    const lines = dti('score', grouped, '-f', framework).out.split('\n');
    expect(lines.slice(4, 10)).toEqual([
      '   1  Xã Yên Sở     80,0  —           100%  đã xếp hạng',
      '   2  Xã Cổ Bi      60,0  —           100%  đã xếp hạng',
      ' 1 =  Xã An Khánh   80,0  —           100%  đã xếp hạng',
      ' 1 =  Xã Ba Vì      80,0  —           100%  đã xếp hạng',
      '   3  Xã Bình Minh  60,0  —           100%  đã xếp hạng',
      '   1  Xã Đông Dư    40,0  —           100%  đã xếp hạng',
    ]);
  });
});

describe('ranks under every tie rule read the same in text, CSV, JSON and HTML', () => {
  // Four communes at 90, 80, 80 and 40 (one decimal published). Worked by hand, the two at 80.0 take
  // places 2 and 3: competition 1, 2, 2, 4 · dense 1, 2, 2, 3 · fractional 1, 2.5, 2.5, 4 · ordinal 1, 2, 3, 4.
  const four = join(dir, 'bon-xa.json');
  writeFileSync(
    four,
    JSON.stringify({
      units: [
        { id: 't1', name: 'Xã Yên Sở', values: { a: 90, b: 90 } },
        { id: 't2', name: 'Xã An Khánh', values: { a: 80, b: 80 } },
        { id: 't3', name: 'Xã Bình Minh', values: { a: 70, b: 90 } },
        { id: 't4', name: 'Xã Cổ Bi', values: { a: 40, b: 40 } },
      ],
    }),
  );
  const expected = {
    competition: { json: [1, 2, 2, 4], vi: ['1', '2', '2', '4'], en: ['1', '2', '2', '4'] },
    dense: { json: [1, 2, 2, 3], vi: ['1', '2', '2', '3'], en: ['1', '2', '2', '3'] },
    fractional: { json: [1, 2.5, 2.5, 4], vi: ['1', '2,5', '2,5', '4'], en: ['1', '2.5', '2.5', '4'] },
    ordinal: { json: [1, 2, 3, 4], vi: ['1', '2', '3', '4'], en: ['1', '2', '3', '4'] },
  } as const;
  for (const [ties, want] of Object.entries(expected))
    it(`${ties}: ${want.json.join(', ')}`, () => {
      const f = join(dir, `dong-hang-${ties}.json`);
      writeFileSync(
        f,
        JSON.stringify(
          fixtureFramework({
            id: 'dong-hang',
            label: 'Đồng hạng',
            precision: 1,
            ties: ties as keyof typeof expected,
            children: ['a', 'b'].map((id) => indicator(id, { method: goalposts(0, 100) })),
          }),
        ),
      );
      const json = JSON.parse(dti('score', four, '-f', f, '--format', 'json').out) as { units: { rank: number }[] };
      expect(json.units.map((u) => u.rank)).toEqual(want.json);
      const text = dti('score', four, '-f', f).out.split('\n').slice(4, 8);
      expect(text.map((l) => l.trim().split(/\s+/u)[0])).toEqual(want.vi);
      const csvVi = dti('score', four, '-f', f, '--format', 'csv').out.split('\r\n').slice(1, 5);
      expect(csvVi.map((l) => l.split(';')[2])).toEqual(want.vi);
      const csvEn = dti('score', four, '-f', f, '--format', 'csv', '--locale', 'en').out.split('\r\n').slice(1, 5);
      expect(csvEn.map((l) => l.split(',')[2])).toEqual(want.en);
      const html = dti('score', four, '-f', f, '--format', 'html').out;
      const cells = [...html.matchAll(/class="num rank" data-label="Hạng"><span class="line">([^<]*)/gu)].map((m) =>
        m[1]?.trim(),
      );
      expect(cells).toEqual(want.vi);
    });
});

describe('the ordinal rule, which shares no rank', () => {
  it('says why two units showing the same published score rank 2nd and 3rd', () => {
    // The four communes and the ordinal framework written by the tests above.
    const f = join(dir, 'dong-hang-ordinal.json');
    const four = join(dir, 'bon-xa.json');
    const vi = dti('score', four, '-f', f).out.split('\n');
    expect(
      vi.slice(4, 8).map((l) =>
        l
          .trim()
          .split(/\s{2,}/u)
          .slice(0, 3),
      ),
    ).toEqual([
      ['1', 'Xã Yên Sở', '90,0'],
      ['2', 'Xã An Khánh', '80,0'],
      ['3', 'Xã Bình Minh', '80,0'],
      ['4', 'Xã Cổ Bi', '40,0'],
    ]);
    expect(vi.at(-2)).toBe(
      'Hạng thứ tự: các đơn vị có cùng điểm công bố (làm tròn 1 chữ số thập phân) vẫn nhận hạng khác nhau (1, 2, 3, 4), theo thứ tự trong tệp số liệu.',
    );
    expect(dti('score', four, '-f', f, '--locale', 'en').out.split('\n').at(-2)).toBe(
      'Ordinal ranks: units with the same published score (rounded to 1 decimal place) still get different ranks (1, 2, 3, 4), in their order in the data file.',
    );
    expect(dti('score', four, '-f', f, '--format', 'html').out).toContain(
      '<p id="tie-note">Hạng thứ tự: các đơn vị có cùng điểm công bố (làm tròn 1 chữ số thập phân) vẫn nhận hạng khác nhau (1, 2, 3, 4), theo thứ tự trong tệp số liệu.</p>',
    );
  });

  it('says that ranks on unrounded scores can set apart units showing the same published score', () => {
    // Competition on exact scores, one decimal published: Gia Lâm 80.049, Yên Sở and An Khánh 80 → all
    // show 80.0; Gia Lâm is 1st, the other two 2 =. Bình Minh and Cổ Bi 60 are 4 =; Đông Dư 40 is 6th.
    const f = join(dir, 'dong-hang-exact.json');
    writeFileSync(
      f,
      JSON.stringify({
        ...fixtureFramework({
          id: 'dong-hang-exact',
          label: 'Đồng hạng',
          precision: 1,
          children: [indicator('a', { method: goalposts(0, 100) })],
        }),
        rankOn: 'exact',
      }),
    );
    const exact = join(dir, 'sat-nhau.json');
    writeFileSync(
      exact,
      JSON.stringify({
        units: [
          { id: 't1', name: 'Yên Sở', values: { a: 80 } },
          { id: 't2', name: 'An Khánh', values: { a: 80 } },
          { id: 't3', name: 'Gia Lâm', values: { a: 80.049 } },
          { id: 't4', name: 'Bình Minh', values: { a: 60 } },
          { id: 't5', name: 'Cổ Bi', values: { a: 60 } },
          { id: 't6', name: 'Đông Dư', values: { a: 40 } },
        ],
      }),
    );
    const en = dti('score', exact, '-f', f, '--locale', 'en').out.split('\n');
    expect(
      en.slice(4, 10).map((l) =>
        l
          .trim()
          .split(/\s{2,}/u)
          .slice(0, 3),
      ),
    ).toEqual([
      ['1', 'Gia Lâm', '80.0'],
      ['2 =', 'Yên Sở', '80.0'],
      ['2 =', 'An Khánh', '80.0'],
      ['4 =', 'Bình Minh', '60.0'],
      ['4 =', 'Cổ Bi', '60.0'],
      ['6', 'Đông Dư', '40.0'],
    ]);
    expect(en.at(-2)).toBe(
      '= tied: units with the same score share a rank, and the next rank skips the places they take (1, 2, 2, 4). Ranks are computed on unrounded scores, so units showing the same published score can still rank apart.',
    );
    expect(dti('score', exact, '-f', f).out.split('\n').at(-2)).toBe(
      '= đồng hạng: các đơn vị có cùng điểm có cùng hạng, và hạng kế tiếp bỏ qua các vị trí họ chiếm (1, 2, 2, 4). Hạng được tính trên điểm chưa làm tròn, nên các đơn vị hiện cùng điểm vẫn có thể khác hạng.',
    );
  });

  it('writes the peer group and the parent into the CSV, so a table read back keeps its groups', () => {
    const grouped = join(dir, 'nhom.json');
    writeFileSync(
      grouped,
      JSON.stringify({
        units: [
          { id: 'p1', name: 'Phường Một', parent: 'HN', peerGroup: 'phuong', values: { a: 80, b: 80 } },
          { id: 'x1', name: 'Xã Một', parent: 'HN', peerGroup: 'xa', values: { a: 60, b: 60 } },
        ],
      }),
    );
    const out = dti('score', grouped, '-f', framework, '--format', 'csv', '--locale', 'en').out.split('\r\n');
    expect(out.slice(0, 3)).toEqual([
      '\uFEFFid,name,parent,peerGroup,rank,value,tier,coverage,status',
      'p1,Phường Một,HN,phuong,1,80,,1,ranked',
      'x1,Xã Một,HN,xa,1,60,,1,ranked',
    ]);
  });
});
