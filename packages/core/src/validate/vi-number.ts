/**
 * A number as Vietnamese writes it, with a decimal comma: 0.95 → "0,95". Internal (no entry point
 * exports it): the one place the issue messages and the CSV writer write a number the Vietnamese way.
 *
 * @example vi(97.8) // → '97,8'
 */
export const vi = (n: number): string => String(n).replace('.', ',');
