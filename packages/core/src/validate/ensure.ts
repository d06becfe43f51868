import type { Framework } from '../schema/framework.js';
import { isValidatedFramework, validateFramework } from './framework.js';
import type { SafeResult } from './issue.js';

/** Validates a framework unless it already went through validation (kept in a WeakSet, no copy). */
export function ensureFramework(framework: Framework): SafeResult<Framework> {
  return isValidatedFramework(framework)
    ? { success: true, data: framework, warnings: [] }
    : validateFramework(framework);
}
