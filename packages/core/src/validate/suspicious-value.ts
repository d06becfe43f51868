import { scoreIndicator } from '../normalise/score-indicator.js';
import type { NumberLocale } from '../schema/dataset.js';
import type { Indicator } from '../schema/framework.js';

/** What scoring will make of an out-of-range value, as a machine-readable `detail`. */
export type OutOfRangeOutcome = 'full-marks' | 'no-marks' | 'part-marks' | 'moves-scale' | 'refused';

/** A percentage outside 0–100, what it might have meant and what scoring will do with it. */
export interface OutOfRangePercent {
  /** `"2.528 = 2528 or 2,528 %?"` when the text could be a decimal written with a thousands mark. */
  reading?: string;
  outcome: OutOfRangeOutcome;
  /** Why, in English: "it is scored as full marks (goalposts 0–100 cap it)". */
  consequence: string;
}

const RELATIVE = new Set(['minMax', 'ratioToBest', 'zScore', 'percentileRank']);

/**
 * Checks a value of a `%` indicator: outside 0–100 it is almost always a typing or locale slip
 * ("2.528" meant 2,528 % but read as 2528 %), which goalposts would silently cap to full marks.
 * Returns `undefined` for values in range and for indicators in other units.
 *
 * @example outOfRangePercent(indicator, 2528, '2.528', 'vi')?.reading // → '2.528 = 2528 or 2,528 %?'
 */
export function outOfRangePercent(
  indicator: Indicator | undefined,
  value: number,
  text: string,
  locale: NumberLocale,
): OutOfRangePercent | undefined {
  if (indicator?.unit !== '%' || (value >= 0 && value <= 100)) return undefined;
  const reading = decimalReading(text.trim(), value, locale);
  return { ...(reading && { reading }), ...outcomeOf(indicator, value) };
}

/** A number written with one thousands mark ("2.528" in vi) that read as a decimal would fit 0–100. */
function decimalReading(text: string, value: number, locale: NumberLocale): string | undefined {
  const group = locale === 'vi' ? '.' : ',';
  const decimal = locale === 'vi' ? ',' : '.';
  const match = /^(\d{1,3})([.,])(\d{3})\s*%?$/u.exec(text);
  if (!match || match[2] !== group) return undefined;
  const meant = Number(`${match[1]}.${match[3]}`);
  if (meant < 0 || meant > 100) return undefined;
  return `${match[1]}${group}${match[3]} = ${value} or ${match[1]}${decimal}${match[3]} %?`;
}

function outcomeOf(indicator: Indicator, value: number): { outcome: OutOfRangeOutcome; consequence: string } {
  const { method } = indicator;
  if (RELATIVE.has(method.type))
    return {
      outcome: 'moves-scale',
      consequence: `scored relative to the other units (${method.type}), it moves every other unit's score`,
    };
  if (value < 0 && method.type === 'target')
    return { outcome: 'refused', consequence: 'the dataset validation refuses it' };
  const score = scoreIndicator(indicator, Float64Array.of(value))[0] as number;
  if (Number.isNaN(score)) return { outcome: 'refused', consequence: 'the dataset validation refuses it' };
  const why = method.type === 'goalposts' ? ` (the goalposts ${method.min}–${method.max} cap it)` : '';
  if (score >= 1) return { outcome: 'full-marks', consequence: `it is scored as full marks${why}` };
  if (score <= 0) return { outcome: 'no-marks', consequence: `it is scored as zero${why}` };
  return { outcome: 'part-marks', consequence: `it is scored ${Math.round(score * 1000) / 10} % of the indicator` };
}
