import type { Framework } from '../schema/framework.js';
import { rounder } from './round.js';

/** What publishing reads from a framework: its scale and its precision (decimals). */
export interface PublishingRule {
  /** The published scale; default 0–1 (values already on their scale, as in a comparison of tables). */
  scale?: Framework['scale'] | undefined;
  /** Decimals of published values; `undefined` publishes them unrounded. */
  precision?: number | undefined;
}

/**
 * The one rule that turns 0–1 scores into the numbers a league table prints: onto the framework's
 * scale (`min + s × (max − min)`), then rounded half away from zero to its precision.
 */
export interface Publisher {
  /** Decimals of published values, or `undefined` when they are not rounded. */
  readonly precision: number | undefined;
  /** A 0–1 score on the published scale, unrounded. */
  exact(score: number): number;
  /** A value already on the published scale, rounded to the precision (unchanged without one). */
  round(value: number): number;
  /** A 0–1 score as published: on the scale, rounded. */
  publish(score: number): number;
}

const identity = (x: number) => x;

/**
 * The publishing rule of a framework (or of any `{ scale, precision }`). Build it once per framework
 * and reuse it on whole columns.
 *
 * @example
 * const p = publisher({ scale: { min: 0, max: 100 }, precision: 2 });
 * p.publish(0.123456); // → 12.35
 */
export function publisher(framework: PublishingRule): Publisher {
  const min = framework.scale?.min ?? 0;
  const span = framework.scale ? framework.scale.max - framework.scale.min : 1;
  const { precision } = framework;
  const round = precision === undefined ? identity : rounder(precision);
  const exact = (s: number) => min + s * span;
  return {
    precision,
    exact,
    round,
    publish: (s) => round(min + s * span),
  };
}

/**
 * `a − b` of two values on the published scale as a table prints them: each rounded by the publisher,
 * then subtracted in whole units of the last decimal, so binary noise (101.005 − 100 = 1.00499…) cannot
 * move the change. Without a precision, the plain difference.
 *
 * @example publishedDifference(publisher({ precision: 2 }), 101.005, 100) // → 1.01
 */
export function publishedDifference(publisher: Publisher, a: number, b: number): number {
  const { precision, round } = publisher;
  if (precision === undefined) return a - b;
  const unit = 10 ** precision;
  return (Math.round(round(a) * unit) - Math.round(round(b) * unit)) / unit;
}
