import type { Indicator } from '../schema/framework.js';

/**
 * Whether an indicator is a 0–1 share: not measured in %, and either its unit says 0–1 or its
 * goalposts lie within 0 and 1 (DTI 2022's province indicators: unit "0–1", goalposts 0–1). A
 * percentage there means its hundredth: 85% is 0.85.
 *
 * @example isShareIndicator({ unit: '0–1', method: { type: 'goalposts', min: 0, max: 1 }, … }) // → true
 */
export function isShareIndicator(indicator: Indicator): boolean {
  if (indicator.unit === '%') return false;
  if (indicator.unit !== undefined && /^0\s*[–-]\s*1$/u.test(indicator.unit.trim())) return true;
  const { method } = indicator;
  if (method.type !== 'goalposts') return false;
  // Lower-is-better goalposts run from the worse to the better value: either may be the larger.
  const low = Math.min(method.min, method.max);
  const high = Math.max(method.min, method.max);
  return low >= 0 && high <= 1 && low < high;
}
