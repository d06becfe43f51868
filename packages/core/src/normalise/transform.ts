import { type Column, mapPresent } from './column.js';

/**
 * Log transform applied before scaling, to tame skewed counts (the JRC handbook's remedy for
 * outliers): `log` is ln(x) and needs x > 0; `log1p` is ln(1 + x) and accepts zeros. The dataset
 * validation rejects values outside the domain, naming unit and indicator.
 *
 * @example logTransform(Float64Array.of(0, Math.E - 1), 'log1p') // → [0, 1]
 */
export function logTransform(values: ArrayLike<number>, kind: 'log' | 'log1p'): Column {
  return kind === 'log' ? mapPresent(values, Math.log) : mapPresent(values, Math.log1p);
}
