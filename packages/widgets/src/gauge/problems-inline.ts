// What the classic script (dti-widgets.classic.js) has in place of problems-load.ts: a classic script
// cannot load a part later, so the gauge's problem sentences are inside it, as a plain module.
import { checkBands, isColour } from './bands.js';
import { GAUGE_PROBLEMS } from './gauge-problems.js';
import { troubledModel, warnCorrected } from './troubled.js';

// The same names as gauge-problems.ts exports, without a module namespace object.
const part = { GAUGE_PROBLEMS, checkBands, isColour, troubledModel, warnCorrected };

/**
 * The gauge's problem sentences, already there.
 *
 * @example const { GAUGE_PROBLEMS } = await loadProblems();
 */
export function loadProblems(): Promise<typeof import('./gauge-problems.js')> {
  return Promise.resolve(part);
}

/**
 * The gauge's problem sentences, already there.
 *
 * @example loadedProblems()?.GAUGE_PROBLEMS.vi.notJson
 */
export function loadedProblems(): typeof import('./gauge-problems.js') {
  return part;
}
