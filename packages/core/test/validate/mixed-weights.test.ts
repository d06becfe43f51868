import { goalposts, group, indicator, framework as testFramework } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { score, validateFramework } from '../../src/index.js';

// A framework written by hand: a rate worth 50 points, a count worth 30, a yes/no worth 20.
const rate = (extra = {}) => indicator('ty-le', { unit: '%', method: goalposts(0, 100), ...extra });
const count = (extra = {}) => indicator('so-ho-so', { method: goalposts(0, 1000), ...extra });
const yes = (extra = {}) => indicator('zalo', { method: { type: 'yesNo' }, ...extra });
const fw = (children: ReturnType<typeof indicator>[], points?: number) =>
  testFramework({ root: group('root', children, points === undefined ? {} : { points }) });
const unit = { id: 'a', name: 'A', values: { 'ty-le': 90, 'so-ho-so': 500, zalo: true } };

describe('a group whose children weigh on two scales (points and weights) is refused', () => {
  it('refuses weight 2 beside siblings of 30 and 20 points: the rate would count 2 of 52, not 50 of 100', () => {
    const r = validateFramework(fw([rate({ weight: 2, points: 50 }), count({ points: 30 }), yes({ points: 20 })], 100));
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path, i.value, i.message, i.messageVi])).toEqual([
      [
        'points-mismatch',
        ['root', 'children', 0, 'weight'],
        2,
        'root.children.0.weight: "ty-le" weighs 2 beside "so-ho-so" of 30 points: it would count 2 of 52; give every child of "root" points, or every child a weight',
        'root.children.0.weight: "ty-le" nặng 2 bên cạnh "so-ho-so" 30 điểm: mục này sẽ chỉ chiếm 2 trên 52; hãy cho mọi mục con của "root" điểm, hoặc mọi mục con trọng số',
      ],
    ]);
  });

  it('refuses a child with neither points nor weight beside children with points (it weighs 1 of 81)', () => {
    const r = validateFramework(fw([rate({ points: 50 }), count({ points: 30 }), yes()]));
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => i.message)).toEqual([
      'root.children.2.points: "zalo" weighs 1 beside "ty-le" of 50 points: it would count 1 of 81; give every child of "root" points, or every child a weight',
    ]);
  });

  it('scores one scale as before: points 50/30/20 → 0.9·50 + 0.5·30 + 20 = 80; weights 5/3/2 alike', () => {
    for (const children of [
      [rate({ points: 50 }), count({ points: 30 }), yes({ points: 20 })],
      [rate({ weight: 5 }), count({ weight: 3 }), yes({ weight: 2 })],
      [rate({ weight: 5, points: 50 }), count({ weight: 3, points: 30 }), yes({ weight: 2, points: 20 })],
    ]) {
      const r = validateFramework(fw(children));
      expect(r.success).toBe(true);
      if (!r.success) return;
      expect(score(r.data, { units: [unit] }).units[0]?.value).toBe(80);
    }
  });

  it('lets a child worth 0 sit beside children of any scale: it counts for nothing either way', () => {
    expect(validateFramework(fw([rate(), count({ points: 0 }), yes({ weight: 2 })])).success).toBe(true);
    expect(validateFramework(fw([rate({ points: 60 }), count({ points: 40 }), yes({ weight: 0 })])).success).toBe(true);
  });
});

describe('a group whose every child has a weight and points not in proportion is refused', () => {
  it('refuses weights 1/1/1 beside points 50/30/20: scoring would mean thirds while explanations show 50, 30, 20', () => {
    const r = validateFramework(
      fw([rate({ weight: 1, points: 50 }), count({ weight: 1, points: 30 }), yes({ weight: 1, points: 20 })], 100),
    );
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path, i.value, i.message, i.messageVi])).toEqual([
      [
        'points-mismatch',
        ['root', 'children', 1, 'weight'],
        1,
        'root.children.1.weight: the children of "root" have both weights and points, not in proportion: "ty-le" (weight 1, points 50) and "so-ho-so" (weight 1, points 30); scoring would use the weights while explanations show the points: give the children of "root" points only, or weights only',
        'root.children.1.weight: các mục con của "root" có cả trọng số và điểm, không tỷ lệ với nhau: "ty-le" (trọng số 1, điểm 50) và "so-ho-so" (trọng số 1, điểm 30); điểm tính theo trọng số còn phần giải thích lại hiện điểm: hãy chỉ cho các mục con của "root" điểm, hoặc chỉ trọng số',
      ],
    ]);
  });

  it('accepts weights in proportion to points, to rounding: 0.5/0.3/0.2 beside 50/30/20', () => {
    const children = [
      rate({ weight: 0.5, points: 50 }),
      count({ weight: 0.3, points: 30 }),
      yes({ weight: 0.2, points: 20 }),
    ];
    const r = validateFramework(fw(children, 100));
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(score(r.data, { units: [unit] }).units[0]?.value).toBe(80);
  });
});
