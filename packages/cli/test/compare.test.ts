import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { framework as fixtureFramework, goalposts, indicator } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { dti, scratch } from './dti.js';

const dir = scratch();

// Two indicators of equal weight, 0–100, published with one decimal; a value not reported is left out.
const framework = join(dir, 'khung.json');
writeFileSync(
  framework,
  JSON.stringify(
    fixtureFramework({
      id: 'hai-chi-so',
      label: 'Hai chỉ số',
      precision: 1,
      children: ['a', 'b'].map((id) => indicator(id, { method: goalposts(0, 100) })),
    }),
  ),
);

// Two communes named Xã An Bình (x1, x2); Xã Tân Lập reported only a in 2024 (coverage 50 %).
//   2024: x1 (30 + 44) / 2 = 37.0 (3rd), x2 50.0 (2nd), x3 80.0 on a alone (1st, partial)
//   2025: x1 70.0 (1st), x2 (50 + 54) / 2 = 52.0 (3rd), x3 (60 + 70) / 2 = 65.0 (2nd)
const before = join(dir, '2024.json');
const after = join(dir, '2025.json');
writeFileSync(
  before,
  JSON.stringify({
    units: [
      { id: 'x1', name: 'Xã An Bình', values: { a: 30, b: 44 } },
      { id: 'x2', name: 'Xã An Bình', values: { a: 50, b: 50 } },
      { id: 'x3', name: 'Xã Tân Lập', values: { a: 80 } },
    ],
  }),
);
writeFileSync(
  after,
  JSON.stringify({
    units: [
      { id: 'x1', name: 'Xã An Bình', values: { a: 70, b: 70 } },
      { id: 'x2', name: 'Xã An Bình', values: { a: 50, b: 54 } },
      { id: 'x3', name: 'Xã Tân Lập', values: { a: 60, b: 70 } },
    ],
  }),
);

describe('dti compare', () => {
  it('names each unit by id and name, writes the published decimals, and marks partial data as dti score does', () => {
    const r = dti('compare', before, after, '-f', framework);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([
      'Mã  Đơn vị      Trước    Nay  Thay đổi  Hạng trước  Hạng nay  Bậc',
      '──  ──────────  ─────  ─────  ────────  ──────────  ────────  ───',
      'x1  Xã An Bình  37,0   70,0      +33,0           3         1  ▲ 2',
      'x2  Xã An Bình  50,0   52,0       +2,0           2         3  ▼ 1',
      'x3  Xã Tân Lập  80,0*  65,0      -15,0           1         2  ▼ 1',
      '',
      '* thiếu số liệu (độ phủ dưới 100%): chỉ số không có số liệu bị bỏ qua (điểm được tính lại trên các chỉ số có số liệu) theo quy tắc của bộ chỉ số; thứ hạng của các đơn vị này không dựa trên đủ số liệu.',
      '',
    ]);
    const en = dti('compare', before, after, '-f', framework, '--locale', 'en');
    expect(en.out.split('\n').slice(0, 3)).toEqual([
      'Id  Unit        Before    Now  Change  Rank before  Rank now  Places',
      '──  ──────────  ──────  ─────  ──────  ───────────  ────────  ──────',
      'x1  Xã An Bình   37.0   70.0    +33.0            3         1     ▲ 2',
    ]);
    expect(en.out.split('\n')[4]).toBe('x3  Xã Tân Lập   80.0*  65.0    -15.0            1         2     ▼ 1');
  });

  it('reads the same from the score tables dti score writes, the mark explained without the framework', () => {
    const tables = [before, after].map((file) => {
      const table = file.replace(/\.json$/u, '-bang-diem.json');
      writeFileSync(table, dti('score', file, '-f', framework, '--format', 'json').out);
      return table;
    });
    const r = dti('compare', tables[0] as string, tables[1] as string);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(2)).toEqual([
      'x1  Xã An Bình  37,0   70,0      +33,0           3         1  ▲ 2',
      'x2  Xã An Bình  50,0   52,0       +2,0           2         3  ▼ 1',
      'x3  Xã Tân Lập  80,0*  65,0      -15,0           1         2  ▼ 1',
      '',
      '* thiếu số liệu (độ phủ dưới 100% hoặc có giá trị được điền theo quy tắc của bộ chỉ số): thứ hạng của các đơn vị này không dựa trên đủ số liệu.',
      '',
    ]);
  });

  it("carries a merged unit's partial data over a crosswalk", () => {
    const crosswalk = join(dir, 'sap-nhap.json');
    writeFileSync(
      crosswalk,
      JSON.stringify([
        { to: 'x1', from: ['x1', 'x3'] },
        { to: 'x2', from: ['x2'] },
      ]),
    );
    const merged = join(dir, '2025-sap-nhap.json');
    writeFileSync(
      merged,
      JSON.stringify({
        units: [
          { id: 'x1', name: 'Xã An Bình', values: { a: 70, b: 70 } },
          { id: 'x2', name: 'Xã An Bình', values: { a: 50, b: 54 } },
        ],
      }),
    );
    // x1 of 2024 after the merger: the mean of 37.0 and 80.0 (on partial data) = 58.5, ranked 1st of two.
    const r = dti('compare', before, merged, '-f', framework, '--crosswalk', crosswalk);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(2, 4)).toEqual([
      'x1  Xã An Bình  58,5*  70,0      +11,5           1         1    =',
      'x2  Xã An Bình  50,0   52,0       +2,0           2         2    =',
    ]);
  });
});
