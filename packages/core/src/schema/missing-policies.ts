import type { Framework, MissingPolicy } from './framework.js';
import { walkFramework } from './walk.js';

/** The policy of a framework that sets none: leave the indicator out and re-weight its siblings. */
export const DEFAULT_MISSING_POLICY: MissingPolicy = { type: 'skip' };

/**
 * The missing-value policy each indicator of a framework follows: its own `missing`, else the one of
 * the nearest group above it that sets one, else the framework's `missing`, else `skip`. The one
 * place this inheritance is written: the compiled plan scores with it, and tools that say what the
 * rule did (the CLI's notes) read it here rather than walking the tree again.
 *
 * @example
 * missingPolicies(framework).get('dich-vu-cong') // → { type: 'zero' } when the index says `missing: { type: 'zero' }`
 */
export function missingPolicies(framework: Framework): Map<string, MissingPolicy> {
  const out = new Map<string, MissingPolicy>();
  const below = new Map<string, MissingPolicy>();
  walkFramework(framework.root, (node, _path, parent) => {
    const inherited = parent ? (below.get(parent.id) as MissingPolicy) : (framework.missing ?? DEFAULT_MISSING_POLICY);
    const policy = node.missing ?? inherited;
    if (node.kind === 'indicator') out.set(node.id, policy);
    else below.set(node.id, policy);
  });
  return out;
}
