import type { ScoreTable } from '@dti-kit/core';

export { fetchBytes, LoadError, parseJson } from '../shared/source-controller.js';

/**
 * True for JSON that says it is a score table (`kind: "dti-score-table"`), as `dti score --format json`
 * writes it. Whether its fields are usable is checked by `scoreTableProblem`.
 */
export function isScoreTable(input: unknown): input is ScoreTable {
  return typeof input === 'object' && input !== null && (input as ScoreTable).kind === 'dti-score-table';
}
