import type { Locale } from '../shared/locale.js';
import { show } from '../shared/show-value.js';
import type { SeriesFault } from './series-check.js';

// The sentences of a series the trend cannot read (series-check.ts finds the field), loaded by the
// trend only for a broken series (series-words.ts); the table's "Xu hướng" column says them too.

const MUST = {
  vi: {
    head: 'Dữ liệu không phải chuỗi điểm (dti-score-series)',
    object: 'phải là đối tượng JSON',
    array: 'phải là mảng',
    text: 'phải là chuỗi ký tự',
    kind: 'phải là "dti-score-series"',
    numberOrNull: 'phải là số hoặc null',
    rank: 'phải là số ≥ 1 hoặc null',
    basis: 'phải là "published" hoặc "rolled-up"',
    count: (n: number) => `phải có ${n} điểm, mỗi năm một điểm`,
    period: (p: string) => `phải là "${p}" như periods`,
  },
  en: {
    head: 'The data is not a score series (dti-score-series)',
    object: 'must be a JSON object',
    array: 'must be an array',
    text: 'must be a string',
    kind: 'must be "dti-score-series"',
    numberOrNull: 'must be a number or null',
    rank: 'must be a number ≥ 1 or null',
    basis: 'must be "published" or "rolled-up"',
    count: (n: number) => `must have ${n} points, one per period`,
    period: (p: string) => `must be "${p}" as in periods`,
  },
};

/**
 * The sentence for the first wrong field of a series, in the reader's language: the field, its value,
 * what it must be, and the unit whose points it is.
 *
 * @example seriesSentence({ path: 'units', value: 3, code: 'array' }, 'en')
 * // → 'The data is not a score series (dti-score-series): units = 3: must be an array'
 */
export function seriesSentence(fault: SeriesFault, locale: Locale): string {
  const w = MUST[locale];
  const { path, value, code, arg, unit } = fault;
  const found =
    code === 'count'
      ? `${path} (${unit}): ${w.count(arg as number)}`
      : `${path && `${path} = `}${show(value)}: ${code === 'period' ? w.period(arg as string) : w[code]}${unit === undefined ? '' : ` (${unit})`}`;
  return `${w.head}: ${found}`;
}
