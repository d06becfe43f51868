import { describe, expect, it } from 'vitest';
import {
  distanceToTarget,
  goalposts,
  logTransform,
  minMax,
  normalCdf,
  percentileRank,
  ratioToBest,
  steps,
  yesNo,
  zScore,
} from '../src/methods.js';
import { col, plain } from './helpers.js';

const close = (xs: ArrayLike<number>) => plain(xs).map((x) => (x === null ? null : Number(x.toFixed(10))));

describe('minMax', () => {
  it('maps the range of the units onto 0–1, keeping missing values missing', () => {
    expect(close(minMax(col(20, 50, null, 80)))).toEqual([0, 0.5, null, 1]);
  });
  it('inverts for lower-is-better indicators', () => {
    // (80 − x) / 60
    expect(close(minMax(col(20, 50, 80), { direction: 'lower' }))).toEqual([1, 0.5, 0]);
  });
  it('scales into a chosen range', () => {
    // 0.2 + 0.8 · (x − 20) / 60
    expect(close(minMax(col(20, 50, 80), { range: [0.2, 1] }))).toEqual([0.2, 0.6, 1]);
  });
  it('gives every unit the middle of the range when all values are equal', () => {
    expect(plain(minMax(col(7, 7, null)))).toEqual([0.5, 0.5, null]);
  });
});

describe('goalposts', () => {
  it('clamps values beyond the posts', () => {
    expect(close(goalposts(col(-10, 50, 97.8, 120), { min: 0, max: 100 }))).toEqual([0, 0.5, 0.978, 1]);
  });
  it('reads the posts the same way for lower-is-better (no sign-flip trap)', () => {
    // Days to resolve a dossier, 0 best, 20 worst: 5 days → (20 − 5) / 20 = 0.75
    expect(close(goalposts(col(0, 5, 20, 30), { min: 0, max: 20, direction: 'lower' }))).toEqual([1, 0.75, 0, 0]);
  });
  it('refuses impossible goalposts', () => {
    expect(() => goalposts(col(1), { min: 5, max: 5 })).toThrow(/min \(5\) must be below max \(5\)/);
  });
});

describe('distanceToTarget', () => {
  it('is value / target capped at 1', () => {
    expect(close(distanceToTarget(col(45, 90, 100), { target: 90 }))).toEqual([0.5, 1, 1]);
  });
  it('is target / value when lower is better', () => {
    // target 4 days: 8 days → 0.5
    expect(close(distanceToTarget(col(2, 4, 8), { target: 4, direction: 'lower' }))).toEqual([1, 1, 0.5]);
  });
});

describe('ratioToBest', () => {
  it('divides by the best unit', () => {
    expect(close(ratioToBest(col(5, 10, 20, null)))).toEqual([0.25, 0.5, 1, null]);
  });
  it('divides the best into each value when lower is better', () => {
    expect(close(ratioToBest(col(2, 4, 8), { direction: 'lower' }))).toEqual([1, 0.5, 0.25]);
  });
  it('scores nobody when the best value is 0', () => {
    expect(plain(ratioToBest(col(0, 0)))).toEqual([0, 0]);
  });
});

describe('zScore', () => {
  it('standardises with the sample sd and maps by the normal cdf', () => {
    // mean 2, sample sd 1 → z = −1, 0, 1 → Φ = 0.158655, 0.5, 0.841345
    expect(plain(zScore(col(1, 2, 3))).map((x) => Number((x as number).toFixed(5)))).toEqual([0.15866, 0.5, 0.84134]);
  });
  it('maps linearly between −limit and +limit sd with clamp', () => {
    expect(close(zScore(col(1, 2, 3), { map: 'clamp', limit: 1 }))).toEqual([0, 0.5, 1]);
  });
  it('negates z for lower-is-better', () => {
    expect(close(zScore(col(1, 2, 3), { map: 'clamp', limit: 1, direction: 'lower' }))).toEqual([1, 0.5, 0]);
  });
  it('gives 0.5 to everyone when there is no variance', () => {
    expect(plain(zScore(col(4, 4)))).toEqual([0.5, 0.5]);
  });
  it('has a normal cdf accurate to 1e-7', () => {
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.1586553, 6);
  });
});

describe('percentileRank', () => {
  it('shares the average rank between ties', () => {
    // ascending average ranks 1, 2.5, 2.5, 4 → (r − 1) / 3
    expect(close(percentileRank(col(10, 30, 30, 50)))).toEqual([0, 0.5, 0.5, 1]);
  });
  it('reverses for lower-is-better and ignores missing values', () => {
    expect(close(percentileRank(col(10, null, 50, 30), { direction: 'lower' }))).toEqual([1, null, 0, 0.5]);
  });
});

describe('steps', () => {
  const scale = [
    { at: 90, score: 1 },
    { at: 70, score: 0.5 },
  ];
  it('gives the best step reached', () => {
    expect(plain(steps(col(95, 90, 75, 40), { steps: scale }))).toEqual([1, 1, 0.5, 0]);
  });
  it('uses "at or below" when lower is better', () => {
    expect(
      plain(
        steps(col(1, 3, 9), {
          steps: [
            { at: 2, score: 1 },
            { at: 5, score: 0.4 },
          ],
          otherwise: 0.1,
          direction: 'lower',
        }),
      ),
    ).toEqual([1, 0.4, 0.1]);
  });
});

describe('yesNo and logTransform', () => {
  it('scores yes as 1 and inverts when lower is better', () => {
    expect(plain(yesNo(col(1, 0, null)))).toEqual([1, 0, null]);
    expect(plain(yesNo(col(1, 0), { direction: 'lower' }))).toEqual([0, 1]);
  });
  it('takes ln or ln(1 + x)', () => {
    expect(close(logTransform(col(1, Math.E), 'log'))).toEqual([0, 1]);
    expect(close(logTransform(col(0, Math.E - 1), 'log1p'))).toEqual([0, 1]);
  });
});
