import { planFor } from '../plan/plan-for.js';
import type { Framework } from '../schema/framework.js';
import { type PreparedDataset, validateDataset } from '../validate/dataset.js';
import { ensureFramework } from '../validate/ensure.js';
import { DtiValidationError, type SafeResult } from '../validate/issue.js';
import { prepareAgain, preparedFor } from '../validate/prepared-again.js';

export { planFor };

function isPrepared(data: unknown): data is PreparedDataset {
  return typeof data === 'object' && data !== null && (data as PreparedDataset).kind === 'dti-prepared-dataset';
}

/**
 * A dataset prepared for `framework`: a {@link PreparedDataset} as it is when prepared against this
 * framework (or one written the same), checked again against it when prepared against another with
 * the same indicators (the other may refuse its values), or a raw dataset validated.
 *
 * @example prepared(framework, rows).success // true
 */
export function prepared(framework: Framework, data: unknown): SafeResult<PreparedDataset> {
  if (isPrepared(data)) {
    if (preparedFor(data, framework)) return { success: true, data, warnings: [] };
    const plan = planFor(framework);
    const ids = plan.indicators.map((i) => i.node.id);
    const same = ids.length === data.indicatorIds.length && ids.every((id, k) => id === data.indicatorIds[k]);
    if (!same)
      return {
        success: false,
        issues: [
          {
            severity: 'error',
            code: 'invalid-format',
            path: [],
            message: `the dataset was prepared for framework "${data.framework.id}", whose indicators differ from those of "${framework.id}": prepare it again`,
          },
        ],
      };
    return prepareAgain(plan, data);
  }
  return validateDataset(framework, data);
}

/**
 * The framework checked and the data prepared for it (a raw dataset is validated), or a
 * `DtiValidationError` listing every problem: what the analyses take before they vary anything.
 *
 * @example const { framework, data } = checkedInputs(json, rows);
 */
export function checkedInputs(framework: Framework, data: unknown): { framework: Framework; data: PreparedDataset } {
  const fw = ensureFramework(framework);
  if (!fw.success) throw new DtiValidationError('Invalid framework', fw.issues);
  const current = prepared(fw.data, data);
  if (!current.success) throw new DtiValidationError('Invalid dataset', current.issues);
  return { framework: fw.data, data: current.data };
}
