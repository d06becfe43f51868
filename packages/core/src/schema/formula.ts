import type { Formula } from './framework.js';

/**
 * The raw fields a formula reads, in order.
 *
 * @example formulaInputs({ type: 'ratio', numerator: 'online', denominator: 'all' }) // → ['online', 'all']
 */
export function formulaInputs(formula: Formula): string[] {
  switch (formula.type) {
    case 'ratio':
      return [formula.numerator, formula.denominator];
    case 'perCapita':
      return [formula.value, formula.population];
    case 'sum':
      return formula.fields;
  }
}

/**
 * Evaluates a formula on its inputs, given in {@link formulaInputs} order. A ratio over a zero
 * denominator is not finite; callers treat it as missing.
 *
 * @example evaluateFormula({ type: 'ratio', numerator: 'a', denominator: 'b', multiplier: 100 }, [10, 21])
 * // → 47.619…
 */
export function evaluateFormula(formula: Formula, inputs: readonly number[]): number {
  switch (formula.type) {
    case 'ratio':
      return ((inputs[0] as number) / (inputs[1] as number)) * (formula.multiplier ?? 1);
    case 'perCapita':
      return ((inputs[0] as number) / (inputs[1] as number)) * (formula.per ?? 1);
    case 'sum':
      return inputs.reduce((a, b) => a + b, 0);
  }
}
