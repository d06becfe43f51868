import type { ScoreTable } from '@dti-kit/core/present';
import { describe, expect, it } from 'vitest';
import { type ShapeReport, shapeMessage } from '../src/shared/shape.js';
// The whole report at once: the elements' check names a broken unit's fields with the words (on demand).
import { scoreTableProblem, scoreTableShape } from '../src/shared/shape-words.js';
import seven from './fixtures/seven-units.json' with { type: 'json' };

// Seven communes on a 0–100 scale, one decimal: values 90, 80, 85, 70, 60, 50, 80 ranked 1, 3, 2, 5, 6, 7, 3.
const table = () => structuredClone(seven) as unknown as ScoreTable & Record<string, unknown>;
const HEAD = 'Dữ liệu không đúng dạng bảng điểm: ';

describe('scoreTableProblem: the shape a table is drawn from', () => {
  it('passes the table as `dti score --format json` writes it', () => {
    expect(scoreTableProblem(table(), 'vi')).toBeUndefined();
  });

  it('rankedAmong: a whole number ≥ 1 and ≥ every rank, or absent', () => {
    const t = table();
    t.rankedAmong = 7;
    expect(scoreTableProblem(t, 'vi')).toBeUndefined();
    t.rankedAmong = 2.5;
    expect(scoreTableProblem(t, 'en')).toBe(
      'The data is not a score table: rankedAmong = 2.5: must be a whole number ≥ 1, or absent',
    );
    // Ranked 1, 3, 2, 5, 6, 7, 3: Xã Sáu's 7th is the one rank above 6.
    t.rankedAmong = 6;
    expect(scoreTableProblem(t, 'vi')).toBe(`${HEAD}rankedAmong = 6: nhỏ hơn hạng 7 của "Xã Sáu" (units[5].rank)`);
    expect(scoreTableProblem(t, 'en')).toBe(
      'The data is not a score table: rankedAmong = 6: below the rank 7 of "Xã Sáu" (units[5].rank)',
    );
    // A pillar's rank counts too.
    t.rankedAmong = 7;
    ((t.units[0] as { nodes: Record<string, { rank: number }> }).nodes.p1 as { rank: number }).rank = 8;
    expect(scoreTableProblem(t, 'en')).toBe(
      'The data is not a score table: rankedAmong = 7: below the rank 8 of "Xã Một" (units[0].nodes.p1.rank)',
    );
  });

  it('two units with one id: the id and both positions', () => {
    const t = table();
    (t.units[1] as { id: string }).id = 'u1';
    (t.units[6] as { id: string }).id = 'u1';
    expect(scoreTableProblem(t, 'vi')).toBe(
      `${HEAD}units[1].id = "u1": trùng với units[0]; units[6].id = "u1": trùng với units[0]`,
    );
    expect(scoreTableProblem(t, 'en')).toBe(
      'The data is not a score table: units[1].id = "u1": already the id of units[0]; units[6].id = "u1": already the id of units[0]',
    );
  });

  it('framework.label missing, a parent or peer group that is not text', () => {
    const t = table();
    delete (t.framework as Partial<ScoreTable['framework']>).label;
    expect(scoreTableProblem(t, 'vi')).toBe(`${HEAD}framework.label = undefined: phải là một đối tượng JSON`);
    const p = table() as unknown as { units: Record<string, unknown>[] };
    (p.units[0] as Record<string, unknown>).parent = 5;
    (p.units[1] as Record<string, unknown>).parent = { x: 1 };
    (p.units[2] as Record<string, unknown>).peerGroup = 7;
    expect(scoreTableProblem(p, 'vi')).toBe(
      `${HEAD}units[0].parent = 5: phải là chuỗi ký tự hoặc không có; units[1].parent = {"x":1}: phải là chuỗi ký tự hoặc không có; units[2].peerGroup = 7: phải là chuỗi ký tự hoặc không có`,
    );
  });

  it('framework.label without vi', () => {
    const t = table();
    t.framework.label = { en: 'Test' } as unknown as ScoreTable['framework']['label'];
    expect(scoreTableProblem(t, 'en')).toBe(
      'The data is not a score table: framework.label.vi = undefined: must be text',
    );
  });

  it('ranks that contradict values: the two units, their values and ranks', () => {
    const t = table();
    for (const u of t.units) u.rank = 8 - (u.rank as number);
    expect(scoreTableProblem(t, 'vi')).toBe(
      `${HEAD}units[0] "Xã Một" (90 điểm, hạng 7) xếp sau units[2] "Xã Ba" (85 điểm, hạng 6) dù điểm cao hơn`,
    );
    expect(scoreTableProblem(t, 'en')).toBe(
      'The data is not a score table: units[0] "Xã Một" (value 90, rank 7) is ranked below units[2] "Xã Ba" (value 85, rank 6) despite a higher value',
    );
  });

  it('a shared rank between different values: the two units, their values and ranks', () => {
    // Xã Ba (85) given rank 1 beside Xã Một (90, rank 1) would read "1 =", a tie that is not one.
    const t = table();
    (t.units[2] as { rank: number }).rank = 1;
    expect(scoreTableProblem(t, 'vi')).toBe(
      `${HEAD}units[0] "Xã Một" (90 điểm, hạng 1) và units[2] "Xã Ba" (85 điểm, hạng 1) cùng hạng dù điểm khác nhau`,
    );
    expect(scoreTableProblem(t, 'en')).toBe(
      'The data is not a score table: units[0] "Xã Một" (value 90, rank 1) and units[2] "Xã Ba" (value 85, rank 1) share a rank despite different values',
    );
    // Xã Hai and Xã Bảy share rank 3 with 80 each: a real tie, fine (the fixture as written).
    expect(scoreTableProblem(table(), 'en')).toBeUndefined();
  });

  it('equal published values in any rank order, and ranks apart in each peer group, are fine', () => {
    const t = table();
    // 80.04 and 80 both show as 80,0 with one decimal: their order was settled before rounding.
    (t.units[1] as { value: number }).value = 80.04;
    (t.units[1] as { rank: number }).rank = 4;
    (t.units[6] as { rank: number }).rank = 3;
    expect(scoreTableProblem(t, 'vi')).toBeUndefined();
    (t.units[1] as { value: number }).value = 80.1;
    // Its root node's value moves with it: a unit's value is its root node's (a table that differs there
    // is refused for that, see table-contradictions.unit.test.ts).
    (t.units[1]?.nodes.r as { value: number }).value = 80.1;
    expect(scoreTableProblem(t, 'vi')).toBe(
      `${HEAD}units[1] "Xã Hai" (80,1 điểm, hạng 4) xếp sau units[6] "Xã Bảy" (80 điểm, hạng 3) dù điểm cao hơn`,
    );
    // In two peer groups, 50 can be first in its own group while 90 is first in the other.
    const g = table();
    for (const [i, u] of g.units.entries()) u.peerGroup = i === 5 ? 'phuong' : 'xa';
    (g.units[5] as { rank: number }).rank = 1;
    expect(scoreTableProblem(g, 'vi')).toBeUndefined();
  });

  it('peer groups listed in turn, out of value order: the first conflict of each group, in the order groups are met', () => {
    // Even units in "xa" (90, 85, 60, 80 ranked 1, 2, 4, 3), odd units in "phuong" (80, 70, 50 ranked 1, 2, 3).
    const g = table();
    for (const [i, u] of g.units.entries()) u.peerGroup = i % 2 ? 'phuong' : 'xa';
    for (const [i, rank] of [1, 1, 2, 2, 4, 3, 3].entries()) (g.units[i] as { rank: number }).rank = rank;
    expect(scoreTableProblem(g, 'vi')).toBeUndefined();
    // Xã Bảy's 80 given Xã Ba's rank 2 (85); Xã Sáu's 50 ranked 1 in "phuong", above Xã Bốn's 70 ranked 2.
    (g.units[6] as { rank: number }).rank = 2;
    (g.units[5] as { rank: number }).rank = 1;
    expect(scoreTableProblem(g, 'vi')).toBe(
      `${HEAD}units[2] "Xã Ba" (85 điểm, hạng 2) và units[6] "Xã Bảy" (80 điểm, hạng 2) cùng hạng dù điểm khác nhau; ` +
        'units[3] "Xã Bốn" (70 điểm, hạng 2) xếp sau units[5] "Xã Sáu" (50 điểm, hạng 1) dù điểm cao hơn',
    );
    // A field wrong further down the table: only the fields are named, the conflicts wait for a table that reads.
    (g.units[6] as { coverage: number }).coverage = 2;
    expect(scoreTableProblem(g, 'en')).toBe(
      'The data is not a score table: units[6].coverage = 2: must be a share from 0 to 1',
    );
  });

  it('a status the rank contradicts: ranked without a rank, not ranked with one', () => {
    const t = table();
    (t.units[0] as { rank: number | null }).rank = null;
    (t.units[1] as { status: string }).status = 'not-ranked';
    expect(scoreTableProblem(t, 'vi')).toBe(
      `${HEAD}units[0].status = "ranked" ("Xã Một"): nhưng không có hạng (rank = null); ` +
        'units[1].status = "not-ranked" ("Xã Hai"): nhưng lại có hạng 3',
    );
    expect(scoreTableProblem(t, 'en')).toBe(
      'The data is not a score table: units[0].status = "ranked" ("Xã Một"): but has no rank (rank = null); ' +
        'units[1].status = "not-ranked" ("Xã Hai"): but has rank 3',
    );
    // A rank published without a value is what some reports give: no conflict.
    const v = table();
    (v.units[2] as { value: number | null }).value = null;
    expect(scoreTableProblem(v, 'en')).toBeUndefined();
    // A table written by hand without statuses is read by its ranks alone.
    const h = table();
    for (const u of h.units) delete (u as { status?: string }).status;
    (h.units[0] as { rank: number | null }).rank = null;
    expect(scoreTableProblem(h, 'en')).toBeUndefined();
  });

  it('values off the scale: unit, value and scale, never a bar cut short', () => {
    const t = table();
    (t.units[0] as { value: number }).value = 1e9;
    (t.units[1] as { value: number }).value = -50;
    expect(scoreTableProblem(t, 'vi')).toBe(
      `${HEAD}units[0].value = 1000000000 ("Xã Một"): nằm ngoài thang điểm 0–100 (framework.scale); ` +
        'units[1].value = -50 ("Xã Hai"): nằm ngoài thang điểm 0–100 (framework.scale); ' +
        'units[5] "Xã Sáu" (50 điểm, hạng 7) xếp sau units[1] "Xã Hai" (-50 điểm, hạng 3) dù điểm cao hơn',
    );
    const n = table();
    (n.units[3]?.nodes.p2 as { value: number }).value = 100.2;
    expect(scoreTableProblem(n, 'en')).toBe(
      'The data is not a score table: units[3].nodes.p2.value = 100.2 ("Xã Bốn"): is outside the scale 0–100 (framework.scale)',
    );
    // Within half the last decimal of the ends, a value is on the scale (100.04 is shown as 100,0).
    (n.units[3]?.nodes.p2 as { value: number }).value = 100.04;
    expect(scoreTableProblem(n, 'en')).toBeUndefined();
  });

  it('a node without maxPoints or kind is named, not dropped as a column', () => {
    const t = table() as unknown as { nodes: Record<string, unknown>[] };
    delete (t.nodes[1] as Record<string, unknown>).maxPoints;
    delete (t.nodes[2] as Record<string, unknown>).kind;
    expect(scoreTableProblem(t, 'vi')).toBe(
      `${HEAD}nodes[1] ("p1").maxPoints = undefined: phải là một số ≥ 0; nodes[2] ("p2").kind = undefined: phải là "group" hoặc "indicator"`,
    );
    const r = table() as unknown as { nodes: Record<string, unknown>[] };
    delete (r.nodes[0] as Record<string, unknown>).parent;
    expect(scoreTableProblem(r, 'en')).toBe(
      'The data is not a score table: nodes[0] ("r").parent = undefined: must be text or null',
    );
  });

  it('period: text or a number, or absent', () => {
    const t = table() as Record<string, unknown>;
    t.period = { a: 1 };
    expect(scoreTableProblem(t, 'vi')).toBe(`${HEAD}period = {"a":1}: phải là chuỗi ký tự, một số hoặc không có`);
    t.period = 2025;
    expect(scoreTableProblem(t, 'vi')).toBeUndefined();
    delete t.period;
    expect(scoreTableProblem(t, 'vi')).toBeUndefined();
  });

  it('a value not reported: `missing` says what the rule did, and must agree with the value', () => {
    type Node = { value: number | null; rank: number | null; missing?: unknown };
    const t = table();
    const nodes = (i: number) => (t.units[i] as unknown as { nodes: Record<string, Node> }).nodes;
    // As `dti score --format json --indicators` writes them: scored 0, filled in, left out.
    nodes(0).a = { value: 0, rank: 7, missing: 'zero' };
    nodes(1).a = { value: 55, rank: 3, missing: 'imputed' };
    nodes(2).a = { value: null, rank: null, missing: 'skipped' };
    expect(scoreTableProblem(t, 'vi')).toBeUndefined();
    // A word the widgets do not know, a value left out beside a number, a zero without one.
    nodes(0).a = { value: 0, rank: 7, missing: 'yes' };
    nodes(1).a = { value: 55, rank: 3, missing: 'skipped' };
    nodes(2).a = { value: null, rank: null, missing: 'zero' };
    expect(scoreTableProblem(t, 'en')).toBe(
      'The data is not a score table: ' +
        [0, 1, 2]
          .map(
            (i) =>
              `units[${i}].nodes.a.missing = ${JSON.stringify(nodes(i).a?.missing)}: must be "zero", "imputed" (value a number) or "skipped" (value null), or absent`,
          )
          .join('; '),
    );
    nodes(1).a = { value: 55, rank: 3, missing: true };
    nodes(2).a = { value: null, rank: null };
    delete nodes(0).a;
    expect(scoreTableProblem(t, 'vi')).toBe(
      `${HEAD}units[1].nodes.a.missing = true: phải là "zero", "imputed" (value là số) hoặc "skipped" (value là null), hoặc không có`,
    );
  });
});

describe('scoreTableProblem: precision', () => {
  it('a precision the formatter cannot take (1e9) is named, as the framework schema allows 0 to 12', () => {
    const t = table();
    t.framework.precision = 1e9;
    expect(scoreTableProblem(t, 'en')).toBe(
      'The data is not a score table: framework.precision = 1000000000: must be a whole number from 0 to 12',
    );
    t.framework.precision = 12;
    expect(scoreTableProblem(t, 'en')).toBeUndefined();
  });
});

describe('scoreTableShape: the check as data, its words on demand', () => {
  it('records code, path and value, with no sentence; the words come with shapeMessage', async () => {
    const t = table();
    (t.units[2] as { value: unknown }).value = 'x';
    const report = scoreTableShape(t);
    expect(report).toEqual({
      subject: 'scoreTable',
      problems: [{ code: 'numberOrNull', path: 'units[2].value', value: 'x' }],
    });
    expect(await shapeMessage(report as ShapeReport, 'en')).toBe(
      'The data is not a score table: units[2].value = "x": must be a number or null',
    );
  });

  it('names the whole file in the reader’s language when it is not an object', async () => {
    const report = scoreTableShape(3) as ShapeReport;
    expect(report.problems).toEqual([{ code: 'object', path: '', value: 3 }]);
    expect(await shapeMessage(report, 'vi')).toBe(
      'Dữ liệu không đúng dạng bảng điểm: (tệp) = 3: phải là một đối tượng JSON',
    );
  });

  it('a clean table: no report', () => {
    expect(scoreTableShape(table())).toBeUndefined();
  });
});
