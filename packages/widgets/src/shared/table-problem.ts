import type { Locale } from './locale.js';

/**
 * What is wrong with JSON meant as a score table (`''` when nothing), with the check and its sentences
 * loaded on demand from the chunk the elements share: for elements that check a table only when given
 * one of their own, not on every page.
 *
 * @example const problem = await tableProblem(json, 'vi'); if (problem) throw new LoadError(problem);
 */
export async function tableProblem(json: unknown, locale: Locale): Promise<string> {
  return (await import('./shape-words.js')).scoreTableProblem(json, locale) ?? '';
}
