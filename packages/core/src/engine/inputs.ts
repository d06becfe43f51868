import { planFor } from '../plan/plan-for.js';
import type { Framework } from '../schema/framework.js';
import { type PreparedDataset, validateDataset } from '../validate/dataset.js';
import { ensureFramework } from '../validate/ensure.js';
import { DtiValidationError, type SafeResult } from '../validate/issue.js';

export { planFor };

function isPrepared(data: unknown): data is PreparedDataset {
  return typeof data === 'object' && data !== null && (data as PreparedDataset).kind === 'dti-prepared-dataset';
}

/**
 * A dataset prepared for `framework`: a {@link PreparedDataset} checked to have the framework's
 * indicators, or a raw dataset validated.
 *
 * @example prepared(framework, rows).success // true
 */
export function prepared(framework: Framework, data: unknown): SafeResult<PreparedDataset> {
  if (isPrepared(data)) {
    const ids = planFor(framework).indicators.map((i) => i.node.id);
    const same =
      data.framework === framework ||
      (ids.length === data.indicatorIds.length && ids.every((id, k) => id === data.indicatorIds[k]));
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
    return { success: true, data, warnings: [] };
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
