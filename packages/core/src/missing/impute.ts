import { fsum, median } from 'd3-array';
import { type FormerMissingPolicy, missingPolicy } from '../schema/former-missing-policy.js';
import type { MissingPolicy } from '../schema/framework.js';

/** What a missing-value policy needs to know about the units. */
export interface ImputeContext {
  /** Group key of each unit for `within: 'peerGroup' | 'parent'`. */
  peerGroup: (u: number) => string | undefined;
  parent: (u: number) => string | undefined;
  /** The unit's raw value for this indicator in the previous period, or `NaN`. */
  previous?: ((u: number) => number) | undefined;
}

/** The column after imputation, and which values were filled in. */
export interface Imputed {
  values: Float64Array;
  /** 1 where the value was missing and the policy supplied one; `undefined` when nothing was missing. */
  imputed: Uint8Array | undefined;
  /** Units whose missing value must score 0 (`zero` policy, or its use as a fallback). */
  zeroed: Uint8Array | undefined;
}

type Statistic = 'mean' | 'median';

function fillWithStatistic(
  values: Float64Array,
  out: Float64Array,
  pending: number[],
  statistic: Statistic,
  keyOf: ((u: number) => string | undefined) | undefined,
  imputed: Uint8Array,
): number[] {
  // An exact sum keeps the imputed mean independent of the order of the units.
  const compute =
    statistic === 'mean'
      ? (xs: number[]) => (xs.length ? fsum(xs) / xs.length : undefined)
      : (xs: number[]) => median(xs);
  const pools = new Map<string | undefined, number[]>();
  for (let u = 0; u < values.length; u++) {
    const v = values[u] as number;
    if (Number.isNaN(v)) continue;
    const key = keyOf?.(u);
    const pool = pools.get(key);
    if (pool) pool.push(v);
    else pools.set(key, [v]);
  }
  const cache = new Map<string | undefined, number | undefined>();
  const left: number[] = [];
  for (const u of pending) {
    const key = keyOf?.(u);
    if (!cache.has(key)) cache.set(key, compute(pools.get(key) ?? []));
    const fill = cache.get(key);
    if (fill === undefined) left.push(u);
    else {
      out[u] = fill;
      imputed[u] = 1;
    }
  }
  return left;
}

/**
 * Applies a missing-value policy to one indicator's raw column (`NaN` = missing), the groups given as
 * callbacks: what `score` calls, without building per-unit arrays. Internal; the public column function
 * is `imputeMissing`.
 */
export function imputeWith(values: Float64Array, policy: MissingPolicy, context: ImputeContext): Imputed {
  if (policy.type === 'skip') return { values, imputed: undefined, zeroed: undefined };
  if (policy.type === 'zero') return zeroMissing(values);
  const pending: number[] = [];
  for (let u = 0; u < values.length; u++) if (Number.isNaN(values[u])) pending.push(u);
  if (pending.length === 0) return { values, imputed: undefined, zeroed: undefined };
  const out = Float64Array.from(values);
  const imputed = new Uint8Array(values.length);
  let rest = pending;
  let fallback: MissingPolicy['type'] = policy.type;
  if (policy.type === 'previous') {
    rest = [];
    for (const u of pending) {
      const v = context.previous?.(u) ?? Number.NaN;
      if (!Number.isNaN(v)) {
        out[u] = v;
        imputed[u] = 1;
      } else rest.push(u);
    }
    fallback = policy.fallback ?? 'skip';
  }
  if (fallback === 'mean' || fallback === 'median') {
    const within = policy.type === 'mean' || policy.type === 'median' ? (policy.within ?? 'all') : 'all';
    const keyOf = within === 'peerGroup' ? context.peerGroup : within === 'parent' ? context.parent : undefined;
    rest = fillWithStatistic(values, out, rest, fallback, keyOf, imputed);
  }
  let zeroed: Uint8Array | undefined;
  if (fallback === 'zero' && rest.length > 0) {
    zeroed = new Uint8Array(values.length);
    for (const u of rest) {
      zeroed[u] = 1;
      imputed[u] = 1;
    }
  }
  return { values: out, imputed, zeroed };
}

/**
 * The `zero` policy: no value is filled in, so the column scored is the raw one, not a copy (a column
 * the data lacks, all missing, would otherwise be copied whole for every unit to score 0); its missing
 * units are marked, without a list of their positions.
 */
function zeroMissing(values: Float64Array): Imputed {
  let zeroed: Uint8Array | undefined;
  let imputed: Uint8Array | undefined;
  for (let u = 0; u < values.length; u++) {
    if (!Number.isNaN(values[u])) continue;
    zeroed ??= new Uint8Array(values.length);
    imputed ??= new Uint8Array(values.length);
    zeroed[u] = 1;
    imputed[u] = 1;
  }
  return { values, imputed, zeroed };
}

/** The units' groups and last period, one entry per value of the column, for `imputeMissing`. */
export interface ImputeOptions {
  /** Peer group of each unit; required by `{ type: 'mean' | 'median', within: 'peerGroup' }`. */
  peerGroups?: readonly (string | undefined)[];
  /** Parent (province, ministry) of each unit; required by `within: 'parent'`. */
  parents?: readonly (string | undefined)[];
  /** Each unit's raw value in the previous period (`NaN` = none); required by `{ type: 'previous' }`. */
  previous?: ArrayLike<number>;
}

/**
 * Applies a missing-value policy to one indicator's raw column (`NaN` = missing). Imputation happens on
 * raw values, before normalisation, as in the OECD/JRC handbook's order of steps; mean and median come
 * from the units that reported (within the same peer group or parent when asked). `zero` and `skip`
 * leave the column as is: `zero` marks the units to score 0, `skip` leaves them out of aggregation.
 * Throws a `RangeError` when the policy needs groups or a previous period that `options` does not give,
 * or gives with another length than the column: pooling every unit instead would be a silent wrong mean.
 * The former spelling `{ method: 'mean' }` is read the same way.
 *
 * @example
 * imputeMissing(Float64Array.of(10, NaN, 30), { type: 'mean' }).values // → [10, 20, 30]
 * imputeMissing(Float64Array.of(10, NaN, 30, 50), { type: 'mean', within: 'peerGroup' },
 *   { peerGroups: ['a', 'a', 'b', 'a'] }).values // → [10, 30, 30, 50]
 */
export function imputeMissing(
  values: Float64Array,
  written: MissingPolicy | FormerMissingPolicy,
  options: ImputeOptions = {},
): Imputed {
  const policy = missingPolicy(written);
  const within = policy.type === 'mean' || policy.type === 'median' ? (policy.within ?? 'all') : 'all';
  const needed: [keyof ImputeOptions, boolean][] = [
    ['peerGroups', within === 'peerGroup'],
    ['parents', within === 'parent'],
    ['previous', policy.type === 'previous'],
  ];
  for (const [name, required] of needed) {
    const given = options[name];
    if (required && given === undefined)
      throw new RangeError(`imputeMissing: the policy "${policy.type}" needs options.${name}`);
    if (given !== undefined && given.length !== values.length)
      throw new RangeError(`imputeMissing: options.${name} has ${given.length} entries for ${values.length} values`);
  }
  const { peerGroups, parents, previous } = options;
  return imputeWith(values, policy, {
    peerGroup: (u) => peerGroups?.[u],
    parent: (u) => parents?.[u],
    previous: previous ? (u) => previous[u] ?? Number.NaN : undefined,
  });
}
