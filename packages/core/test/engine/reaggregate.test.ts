import { describe, expect, it } from 'vitest';
import { scoreIndicators } from '../../src/aggregate/pipeline.js';
import { Reaggregation } from '../../src/engine/reaggregate.js';
import { prepareDataset } from '../../src/index.js';
import { compile, rawWeight } from '../../src/plan/compile.js';
import { flatFramework, group, indicator, plain } from '../helpers.js';

// Two pillars of two min-max indicators; the units mirror each other, so every nominal mean is 0.5.
function fixture() {
  const fw = flatFramework([
    group('a', [indicator('a1'), indicator('a2')]),
    group('b', [indicator('b1'), indicator('b2')]),
  ]);
  const data = prepareDataset(fw, {
    units: [
      { id: 'u0', values: { a1: 0, a2: 10, b1: 10, b2: 0 } },
      { id: 'u1', values: { a1: 10, a2: 0, b1: 0, b2: 10 } },
    ],
  });
  const plan = compile(fw);
  const nominal = Float64Array.from(plan.nodes, (n) => rawWeight(n.node));
  const engine = new Reaggregation(
    plan,
    scoreIndicators(plan, data).nodeScores,
    (g) => g.aggregation,
    Uint8Array.of(1, 1),
    nominal,
  );
  const weightsWith = (changes: Record<string, number>) => {
    const w = nominal.slice();
    for (const [id, x] of Object.entries(changes)) w[plan.nodeById.get(id) as number] = x;
    return w;
  };
  return { engine, weightsWith };
}

describe("re-aggregation under changed weights (the analyses' replications)", () => {
  it('recomputes the groups whose weights change, by hand', () => {
    const { engine, weightsWith } = fixture();
    // a1 weighs 3: pillar a = (0·3 + 1·1) / 4 = 0.25 and (1·3 + 0) / 4 = 0.75; b stays 0.5; the index averages.
    expect(plain(engine.root(weightsWith({ a1: 3 })))).toEqual([0.375, 0.625]);
    // a1 left out: pillar a is a2 alone (1 and 0).
    expect(plain(engine.root(weightsWith({ a1: 0 })))).toEqual([0.75, 0.25]);
  });
  it('gives every child equal weight when all weigh 0, as compile does, and forgets the previous call', () => {
    const { engine, weightsWith } = fixture();
    expect(plain(engine.root(weightsWith({ a1: 0, a2: 0 })))).toEqual([0.5, 0.5]);
    expect(plain(engine.root(weightsWith({ b: 3 })))).toEqual([0.5, 0.5]);
    expect(plain(engine.root(weightsWith({ a1: 3 })))).toEqual([0.375, 0.625]);
    expect(plain(engine.root(weightsWith({})))).toEqual([0.5, 0.5]);
  });
});
