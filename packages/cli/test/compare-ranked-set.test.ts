import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { framework as fixtureFramework, goalposts, indicator } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { dti, scratch } from './dti.js';

const dir = scratch();

// Two indicators of equal weight, 0–100, published with one decimal.
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

//   2024: x3 80.0 (1st), x2 50.0 (2nd), x1 (30 + 44) / 2 = 37.0 (3rd): 3 ranked.
//   2025: x3 is assessed but not ranked (90.0, no rank), x4 is new and not ranked, x5 is new and ranked:
//         x2 50.0 (1st), x1 40.0 (2nd), x5 20.0 (3rd): 3 ranked, x3 has left the ranking, x5 joined it.
// x2 climbs from 2nd to 1st with the same 50.0: only because x3 left.
const before = join(dir, '2024.json');
const after = join(dir, '2025.json');
writeFileSync(
  before,
  JSON.stringify({
    units: [
      { id: 'x1', name: 'Xã An Bình', values: { a: 30, b: 44 } },
      { id: 'x2', name: 'Xã Bình Minh', values: { a: 50, b: 50 } },
      { id: 'x3', name: 'Xã Tân Lập', values: { a: 80, b: 80 } },
    ],
  }),
);
writeFileSync(
  after,
  JSON.stringify({
    units: [
      { id: 'x1', name: 'Xã An Bình', values: { a: 40, b: 40 } },
      { id: 'x2', name: 'Xã Bình Minh', values: { a: 50, b: 50 } },
      { id: 'x3', name: 'Xã Tân Lập', ranked: false, values: { a: 90, b: 90 } },
      { id: 'x4', name: 'Xã Mới Một', ranked: false, values: { a: 10, b: 10 } },
      { id: 'x5', name: 'Xã Mới Hai', values: { a: 20, b: 20 } },
    ],
  }),
);
// The same without x5: 3 ranked before, 2 now.
const fewer = join(dir, '2025-fewer.json');
writeFileSync(
  fewer,
  JSON.stringify({
    units: [
      { id: 'x1', name: 'Xã An Bình', values: { a: 40, b: 40 } },
      { id: 'x2', name: 'Xã Bình Minh', values: { a: 50, b: 50 } },
    ],
  }),
);

describe('dti compare says when the ranked units differ between the periods', () => {
  it('under the table: how many were ranked, who left and who joined, in Vietnamese and English', () => {
    const vi = dti('compare', before, after, '-f', framework);
    expect(vi.code).toBe(0);
    const lines = vi.out.trimEnd().split('\n');
    // Cells of x2's row: the same 50,0, 2nd before, 1st now.
    expect(lines.find((l) => l.startsWith('x2'))?.split(/ {2,}/u)).toEqual([
      'x2',
      'Xã Bình Minh',
      '50,0',
      '50,0',
      '0,0',
      '2',
      '1',
      '▲ 1',
    ]);
    expect(lines.at(-1)).toBe(
      'Tập đơn vị được xếp hạng đã thay đổi: 3 đơn vị trước, 3 đơn vị nay; rời bảng xếp hạng: x3 (Xã Tân Lập); vào bảng xếp hạng: x5 (Xã Mới Hai); thay đổi về hạng một phần do đó, không chỉ do điểm.',
    );
    const en = dti('compare', before, fewer, '-f', framework, '--locale', 'en');
    expect(en.out.trimEnd().split('\n').at(-1)).toBe(
      'The ranked units differ: 3 ranked before, 2 now; left the ranking: x3 (Xã Tân Lập); rank moves partly reflect this, not only changes in score.',
    );
  });

  it('JSON: each change gives both counts, and the note comes with the warnings', () => {
    const r = dti('compare', before, fewer, '-f', framework, '--format', 'json', '--locale', 'en');
    expect(r.code).toBe(0);
    const changes = JSON.parse(r.out) as { id: string; previousRankedAmong: number; currentRankedAmong: number }[];
    expect(changes.map((c) => [c.id, c.previousRankedAmong, c.currentRankedAmong])).toEqual([
      ['x1', 3, 2],
      ['x2', 3, 2],
      ['x3', 3, 2],
    ]);
    expect(r.err).toContain(
      '! The ranked units differ: 3 ranked before, 2 now; left the ranking: x3 (Xã Tân Lập); rank moves partly reflect this, not only changes in score.',
    );
  });

  it('no note when the same units are ranked in both periods', () => {
    const r = dti('compare', before, before, '-f', framework);
    expect(r.out).not.toContain('Tập đơn vị được xếp hạng');
    expect(r.err.some((l) => l.includes('ranked units differ') || l.includes('Tập đơn vị'))).toBe(false);
  });
});

describe('dti compare with a crosswalk whose ids are in neither file', () => {
  // "y1" and "y2" are in neither file: the previous value of x2 cannot be combined, so no previous rank is set.
  const crosswalk = join(dir, 'crosswalk-unknown.json');
  writeFileSync(crosswalk, JSON.stringify([{ to: 'x2', from: ['y1', 'y2'] }]));

  it('says the previous ranks are blank and names the ids, instead of "0 ranked before … joined the ranking"', () => {
    const vi = dti('compare', before, fewer, '-f', framework, '--crosswalk', crosswalk);
    expect(vi.code).toBe(0);
    expect(vi.out.trimEnd().split('\n').at(-1)).toBe(
      'Hạng trước để trống (—) cho mọi đơn vị: mã "y1", "y2" trong bảng chuyển đổi không có trong tệp nào, nên giá trị trước không xếp lại được hạng; không đơn vị nào rời hay vào bảng xếp hạng vì thế.',
    );
    const en = dti('compare', before, fewer, '-f', framework, '--crosswalk', crosswalk, '--locale', 'en');
    expect(en.out).not.toContain('joined the ranking:');
    expect(en.out.trimEnd().split('\n').at(-1)).toBe(
      'Rank before is blank (—) for every unit: the crosswalk\'s ids "y1", "y2" are in neither file, so the previous values could not be re-ranked; no unit left or joined the ranking for that.',
    );
  });
});
