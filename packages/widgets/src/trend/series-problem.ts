import type { Locale } from '../shared/locale.js';
import { seriesFault } from './series-check.js';
import { seriesSentence } from './series-sentence.js';

// The check and its sentence in one call, for the table's "Xu hướng" column and callers that want the
// sentence at once; the trend itself checks first and loads the sentences only for a broken series.

/**
 * What is wrong with JSON meant as a score series, in the reader's language, naming the first wrong
 * field, its value and its unit; `undefined` when every field the trend reads is right.
 *
 * @example seriesProblem({ kind: 'dti-score-series', periods: [], units: 3 }, 'en')
 * // → 'The data is not a score series (dti-score-series): units = 3: must be an array'
 */
export function seriesProblem(json: unknown, locale: Locale): string | undefined {
  const fault = seriesFault(json);
  return fault && seriesSentence(fault, locale);
}
