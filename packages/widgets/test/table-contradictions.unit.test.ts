import { describe, expect, it } from 'vitest';
import { scoreTableProblem } from '../src/shared/shape-words.js';
import { type SixRow as Row, sixCommunes } from './six-communes.js';

// Each case below is a table a tester found drawn although it contradicts itself: one field of the six
// communes' table changed.
const six = sixCommunes;
const VI = 'Dữ liệu không đúng dạng bảng điểm: ';
const EN = 'The data is not a score table: ';

describe('a unit’s value against its root node’s value', () => {
  it('m-nodediff: root node 10 beside a unit value of 90 is refused, naming the unit, the field and both values', () => {
    expect(scoreTableProblem(six(), 'vi')).toBeUndefined();
    const t = six();
    (t.units[0] as Row).nodes.r.value = 10;
    expect(scoreTableProblem(t, 'vi')).toBe(
      `${VI}units[0].nodes.r.value = 10 ("Xã S0"): phải bằng điểm của đơn vị (units[0].value = 90): điểm của một đơn vị là điểm nút gốc của nó`,
    );
    expect(scoreTableProblem(t, 'en')).toBe(
      `${EN}units[0].nodes.r.value = 10 ("Xã S0"): must equal the unit's value (units[0].value = 90): a unit's value is its root node's value`,
    );
  });

  it('agreement is to the published precision: 90.04 rounds to 90.0 as 90 does; 90.1 does not', () => {
    const t = six();
    (t.units[0] as Row).nodes.r.value = 90.04;
    expect(scoreTableProblem(t, 'en')).toBeUndefined();
    (t.units[0] as Row).nodes.r.value = 90.1;
    expect(scoreTableProblem(t, 'en')).toBe(
      `${EN}units[0].nodes.r.value = 90.1 ("Xã S0"): must equal the unit's value (units[0].value = 90): a unit's value is its root node's value`,
    );
  });

  it('a node other than the root may hold any value; a unit without a value says nothing of its root', () => {
    const t = six();
    t.nodes = [...(t.nodes as unknown[]), { id: 'p', kind: 'group', label: { vi: 'P' }, parent: 'r', maxPoints: 50 }];
    for (const u of t.units) (u.nodes as Record<string, unknown>).p = { value: 12, rank: 1 };
    Object.assign(t.units[5] as Row, { value: null, rank: null });
    (t.units[5] as Row).status = 'unscored';
    expect(scoreTableProblem(t, 'en')).toBeUndefined();
  });
});

describe('a fractional rank under a rule of whole ranks', () => {
  it('m-rankfrac: ranks 2.5 and 2.5 under "competition" are refused, once, naming the unit and the rule', () => {
    const t = six();
    (t.units[1] as Row).rank = 2.5;
    (t.units[2] as Row).rank = 2.5;
    expect(scoreTableProblem(t, 'vi')).toBe(
      `${VI}units[1].rank = 2.5 ("Xã S1"): hạng lẻ, nhưng framework.ties = "competition" chỉ cho hạng nguyên (hạng lẻ chỉ có với "fractional")`,
    );
    expect(scoreTableProblem(t, 'en')).toBe(
      `${EN}units[1].rank = 2.5 ("Xã S1"): a fractional rank, but framework.ties = "competition" gives whole ranks only (fractional ranks come from "fractional")`,
    );
    // A node's rank too, under "dense".
    const d = six();
    d.framework.ties = 'dense';
    for (const u of d.units) if (u.rank > 2) u.rank = u.nodes.r.rank = u.rank - 1;
    expect(scoreTableProblem(d, 'en')).toBeUndefined();
    (d.units[3] as Row).nodes.r.rank = 3.5;
    expect(scoreTableProblem(d, 'en')).toBe(
      `${EN}units[3].nodes.r.rank = 3.5 ("Xã S3"): a fractional rank, but framework.ties = "dense" gives whole ranks only (fractional ranks come from "fractional")`,
    );
  });

  it('the same ranks under "fractional", or with no rule stated (a table typed by hand), are drawn', () => {
    const t = six();
    (t.units[1] as Row).rank = 2.5;
    (t.units[2] as Row).rank = 2.5;
    t.framework.ties = 'fractional';
    expect(scoreTableProblem(t, 'en')).toBeUndefined();
    delete t.framework.ties;
    expect(scoreTableProblem(t, 'en')).toBeUndefined();
  });
});

describe('rankedAmong against the ranked units listed', () => {
  it('m-amongwrong: 7 with 6 ranked units listed is drawn (a table may list only the published ranks)', () => {
    const t = six();
    t.rankedAmong = 7;
    expect(scoreTableProblem(t, 'en')).toBeUndefined();
  });

  it('fewer than the ranked units listed is refused with both numbers, even when no rank is above it', () => {
    // Dense ties: 90, 90, 90, 70, 60 ranked 1, 1, 1, 2, 3 and Xã S5 unscored: 5 units ranked, the worst 3rd.
    const t = six();
    t.framework.ties = 'dense';
    const ranks = [1, 1, 1, 2, 3];
    t.units.slice(0, 5).forEach((u, i) => {
      u.rank = u.nodes.r.rank = ranks[i] as number;
      if (i < 3) u.value = u.nodes.r.value = 90;
    });
    t.units[5] = {
      ...t.units[5],
      status: 'unscored',
      value: null,
      rank: null,
      nodes: { r: { value: null, rank: null } },
    } as unknown as Row;
    t.rankedAmong = 4;
    expect(scoreTableProblem(t, 'vi')).toBe(`${VI}rankedAmong = 4: nhỏ hơn số đơn vị có hạng trong bảng (5)`);
    expect(scoreTableProblem(t, 'en')).toBe(`${EN}rankedAmong = 4: below the number of ranked units in the table (5)`);
    t.rankedAmong = 5;
    expect(scoreTableProblem(t, 'en')).toBeUndefined();
  });
});
