import type { Framework } from '../schema/framework.js';
import { compile, type Plan } from './compile.js';

const plans = new WeakMap<Framework, Plan>();

/**
 * The compiled plan of a framework: built once per framework object and kept (weak map), or afresh
 * with `weights` overriding node weights by id (what-if analysis). Validating and scoring a dataset
 * against one framework walk its tree once between them. Only a frozen framework (a checked one, see
 * `validateFramework`) is kept: a plan kept for an object that changes afterwards would go stale.
 *
 * @example planFor(framework).indicators.length // 49
 */
export function planFor(framework: Framework, weights?: Readonly<Record<string, number>>): Plan {
  if (weights || !Object.isFrozen(framework)) return compile(framework, weights);
  let plan = plans.get(framework);
  if (!plan) {
    plan = compile(framework);
    plans.set(framework, plan);
  }
  return plan;
}
