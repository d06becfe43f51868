import type { MissingPolicy } from './framework.js';

/**
 * A missing-value policy in its former spelling, `method` for `type`: still read the same way, with a
 * `deprecated` warning when a framework is validated.
 *
 * @deprecated Write `{ type: 'zero' }` ({@link MissingPolicy}).
 * @example { method: 'previous', fallback: 'zero' } // read as { type: 'previous', fallback: 'zero' }
 */
export type FormerMissingPolicy =
  | { method: 'zero' }
  | { method: 'skip' }
  | { method: 'mean' | 'median'; within?: 'all' | 'peerGroup' | 'parent' }
  | { method: 'previous'; fallback?: 'zero' | 'skip' | 'mean' | 'median' };

const POLICY_TYPES: ReadonlySet<unknown> = new Set<MissingPolicy['type']>([
  'zero',
  'skip',
  'mean',
  'median',
  'previous',
]);

/**
 * True for an object written in the former spelling: a known policy name under `method`, and no
 * `type`. Anything else is left for the schema to accept or refuse with its own message.
 *
 * @example isFormerMissingPolicy({ method: 'zero' }) // → true
 */
export function isFormerMissingPolicy(value: unknown): value is FormerMissingPolicy {
  return (
    typeof value === 'object' &&
    value !== null &&
    !('type' in value) &&
    'method' in value &&
    POLICY_TYPES.has((value as { method: unknown }).method)
  );
}

/**
 * A policy keyed by `type`, the former spelling rewritten (the same policy): the one place that
 * knows `method` once meant `type`.
 *
 * @example missingPolicy({ method: 'mean', within: 'parent' }) // → { type: 'mean', within: 'parent' }
 */
export function missingPolicy(policy: MissingPolicy | FormerMissingPolicy): MissingPolicy {
  if (!isFormerMissingPolicy(policy)) return policy as MissingPolicy;
  const { method, ...rest } = policy;
  return { type: method, ...rest } as MissingPolicy;
}
