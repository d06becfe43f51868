// Fuzzing the validation and scoring entry points: whatever comes in, every call returns a result or
// throws a DtiError with a message; nothing else escapes, and valid data never scores a silent NaN.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DtiError,
  defineFramework,
  type Framework,
  type FrameworkNode,
  prepareDataset,
  type SafeResult,
  safeScore,
  score,
  validateDataset,
  validateFramework,
} from '../../src/index.js';
import { goalposts, group, indicator, framework as testFramework } from '../helpers.js';

const PROTO_NAMES = ['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

/** Outcomes per category, printed at the end for the record. */
const tally = new Map<string, { inputs: number; results: number; clearErrors: number }>();
function count(category: string, outcome: 'results' | 'clearErrors'): void {
  const row = tally.get(category) ?? { inputs: 0, results: 0, clearErrors: 0 };
  row.inputs++;
  row[outcome]++;
  tally.set(category, row);
}
afterAll(() => {
  console.log('fuzz outcomes (no crash, no silent NaN asserted):');
  console.table(Object.fromEntries(tally));
});

/** Runs `f`; a thrown DtiError with a message is a clear error, anything else fails the property. */
function outcome<T>(f: () => T): { value: T } | { error: DtiError } {
  try {
    return { value: f() };
  } catch (e) {
    if (!(e instanceof DtiError)) throw new Error(`not a DtiError: ${String(e)}`, { cause: e });
    expect(e.message.length).toBeGreaterThan(0);
    return { error: e };
  }
}

function checkSafe<T>(r: SafeResult<T>): void {
  if (!r.success) {
    expect(r.issues.length).toBeGreaterThan(0);
    for (const issue of r.issues) expect(issue.message.length).toBeGreaterThan(0);
  }
}

const framework: Framework = defineFramework(
  testFramework({
    id: 'fuzz',
    label: 'Thử ngẫu nhiên',
    precision: 2,
    minCoverage: 0.2,
    fields: [
      { id: 'isPrototypeOf', label: { vi: 'Tử số' } },
      { id: 'den', label: { vi: 'Mẫu số' } },
    ],
    root: group(
      'index',
      [
        group(
          'constructor',
          [
            indicator('toString'),
            indicator('valueOf', { method: { type: 'zScore' } }),
            indicator('__proto__', { method: goalposts(0, 100), missing: { type: 'zero' } }),
          ],
          { label: 'Trụ cột 1', aggregation: { type: 'geometric', shift: 0.01 } },
        ),
        group(
          'p2',
          [
            indicator('hasOwnProperty', { method: { type: 'ratioToBest' } }),
            indicator('pr', { method: { type: 'percentileRank' }, direction: 'lower' }),
            indicator('log', { method: { type: 'minMax' }, transform: 'log1p' }),
            indicator('yes', { method: { type: 'yesNo' } }),
            indicator('tgt', { method: { type: 'target' }, target: 90 }),
            indicator('ratio', {
              method: {
                type: 'steps',
                steps: [
                  { at: 50, score: 0.5 },
                  { at: 90, score: 1 },
                ],
              },
              formula: { type: 'ratio', numerator: 'isPrototypeOf', denominator: 'den', multiplier: 100 },
            }),
          ],
          { label: 'Trụ cột 2', missing: { type: 'mean' } },
        ),
      ],
      { label: 'Chỉ số' },
    ),
  }),
);
const valueIds = ['toString', 'valueOf', '__proto__', 'hasOwnProperty', 'pr', 'log', 'yes', 'tgt', 'ratio'];
const keyPool = [...valueIds, 'isPrototypeOf', 'den', ...PROTO_NAMES, 'unknown'];

const oddNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, -1e308, 5e-324),
  fc.integer({ min: -5, max: 200 }),
);
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0, max: 120, noNaN: true }) },
  { weight: 3, arbitrary: oddNumber },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, true, false, 0, 1) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
);
const unitId = fc.oneof(fc.constantFrom(...PROTO_NAMES), fc.string({ minLength: 1, maxLength: 6 }));
const nearValidUnit = fc.record(
  {
    id: unitId,
    name: fc.oneof(fc.string(), fc.constant(undefined)),
    peerGroup: fc.constantFrom(undefined, 'a', 'b'),
    ranked: fc.constantFrom(undefined, true, false),
    values: fc.dictionary(fc.constantFrom(...keyPool), cell, { maxKeys: 12 }),
  },
  { requiredKeys: ['id', 'values'] },
);

/** Values only from each indicator's domain: the dataset must validate, so every result can be checked. */
const validUnit = (k: number) =>
  fc.record({
    id: fc.constant(`u${k}`),
    values: fc.record(
      {
        toString: fc.oneof(fc.double({ min: -1e308, max: 1e308, noNaN: true }), fc.constant(null)),
        valueOf: fc.oneof(fc.double({ min: -1e200, max: 1e200, noNaN: true }), fc.constant(null)),
        __proto__: fc.oneof(fc.double({ min: -50, max: 150, noNaN: true }), fc.constant(null)),
        hasOwnProperty: fc.oneof(fc.double({ min: 0, max: 1e300, noNaN: true }), fc.constant(null)),
        pr: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)),
        log: fc.oneof(fc.double({ min: -0.99, max: 1e300, noNaN: true }), fc.constant(null)),
        yes: fc.constantFrom(0, 1, true, false, null),
        tgt: fc.oneof(fc.double({ min: 0, max: 1e308, noNaN: true }), fc.constant(null)),
        isPrototypeOf: fc.oneof(fc.double({ min: 0, max: 1e308, noNaN: true }), fc.constant(null)),
        den: fc.oneof(fc.double({ min: 0, max: 1e308, noNaN: true }), fc.constant(null)),
      },
      { requiredKeys: [] },
    ),
  });

describe('dataset fuzz', () => {
  it('any JSON-ish value as a dataset: a result or a clear error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.record({ units: fc.anything() })), (input) => {
        const r = validateDataset(framework, input);
        checkSafe(r);
        count('dataset: fc.anything / jsonValue', r.success ? 'results' : 'clearErrors');
        outcome(() => prepareDataset(framework, input));
        checkSafe(safeScore(framework, input));
        outcome(() => score(framework, input));
      }),
      { numRuns: 400, seed: 9 },
    );
  });

  it('near-valid datasets (prototype ids, NaN, ±Infinity, −0, 1e308, strings, junk): no silent NaN', () => {
    fc.assert(
      fc.property(fc.array(nearValidUnit, { maxLength: 8 }), fc.constantFrom(undefined, '2025'), (units, period) => {
        const input = { ...(period && { period }), units };
        const r = safeScore(framework, input);
        checkSafe(r);
        count('dataset: near-valid', r.success ? 'results' : 'clearErrors');
        if (r.success) checkResult(r.data);
        const thrown = outcome(() => score(framework, input));
        expect('value' in thrown).toBe(r.success);
      }),
      { numRuns: 400, seed: 10 },
    );
  });

  it('valid datasets with extreme values: every ranked unit has a finite value on the scale and a rank', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => validUnit(k)))),
        (units) => {
          const r = safeScore(framework, { units });
          if (!r.success) throw new Error(r.issues.map((i) => i.message).join('\n'));
          count('dataset: valid, extreme values', 'results');
          checkResult(r.data);
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });
});

function checkResult(result: ReturnType<typeof score>): void {
  for (const u of result.units) {
    if (u.status === 'unscored') {
      expect([u.value, u.rank]).toEqual([null, null]);
      continue;
    }
    expect(Number.isFinite(u.value)).toBe(true);
    expect(u.value as number).toBeGreaterThanOrEqual(0);
    expect(u.value as number).toBeLessThanOrEqual(100);
    if (u.status === 'ranked') expect(Number.isFinite(u.rank)).toBe(true);
    else expect(u.rank).toBeNull();
  }
  for (const node of result.nodes)
    for (const s of result.scores(node.id)) if (!Number.isNaN(s)) expect(s >= 0 && s <= 1).toBe(true);
}

/** A random tree of groups and indicators; some trees deep, some made to contain themselves. */
const tree: fc.Arbitrary<FrameworkNode> = fc.letrec<{ node: FrameworkNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      kind: fc.constant('indicator' as const),
      id: fc.oneof(fc.constantFrom(...PROTO_NAMES), fc.stringMatching(/^[a-z]{1,4}$/u)),
      label: fc.constant({ vi: 'x' }),
      method: fc.constantFrom({ type: 'minMax' as const }, { type: 'zScore' as const }),
    }),
    fc.record({
      kind: fc.constant('group' as const),
      id: fc.stringMatching(/^[a-z]{1,4}$/u),
      label: fc.constant({ vi: 'g' }),
      children: fc.array(tie('node'), { maxLength: 3 }),
    }),
  ),
})).node;

function deepChain(levels: number): FrameworkNode {
  // By hand: up to 5,000 levels of raw input the validator must refuse, no builder's shape.
  let node: FrameworkNode = indicator('leaf');
  for (let k = 0; k < levels; k++) node = { kind: 'group', id: `g${k}`, label: { vi: 'g' }, children: [node] };
  return node;
}

describe('framework fuzz', () => {
  // By hand: the root is any value (fc.anything), which the builders, typed for valid nodes, do not take.
  const wrap = (root: unknown) => ({
    format: 1,
    id: 'f',
    version: '1',
    label: { vi: 'f' },
    scale: { min: 0, max: 1 },
    root,
  });

  it('any JSON-ish value as a framework: a result or a clear error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.anything().map(wrap)), (input) => {
        const r = validateFramework(input);
        checkSafe(r);
        count('framework: fc.anything / jsonValue', r.success ? 'results' : 'clearErrors');
        outcome(() => defineFramework(input as never));
      }),
      { numRuns: 400, seed: 12 },
    );
  });

  it('random trees, deep chains and trees that contain themselves: a result or a clear error', () => {
    fc.assert(
      fc.property(
        tree,
        fc.constantFrom('as-is', 'cycle', 'deep'),
        fc.integer({ min: 1, max: 5000 }),
        (root, shape, levels) => {
          let input: unknown = root;
          if (shape === 'deep') input = deepChain(levels);
          else if (shape === 'cycle' && root.kind === 'group') root.children.push(root);
          const r = validateFramework(wrap(input));
          checkSafe(r);
          count(`framework: random trees (${shape})`, r.success ? 'results' : 'clearErrors');
          if (shape === 'deep') expect(r.success).toBe(levels < 32);
          if (shape === 'cycle' && root.kind === 'group') expect(r.success).toBe(false);
          const thrown = outcome(() => score(wrap(input) as never, { units: [{ id: 'a', values: {} }] }));
          if (r.success) expect('value' in thrown).toBe(true);
        },
      ),
      { numRuns: 300, seed: 13 },
    );
  });
});
